import { describe, expect, it } from 'vitest';
import { addGoal, checkProject, nodeHolder, removeGoal, updateGoal, type Project } from '../../../../shared/model';
import { expectOk, failCodes, projectFixture, pure } from '../projectFixture';

describe('addGoal', () => {
  it('appends a parsed goal with defaults and a fresh id', () => {
    const p = projectFixture();
    const next = expectOk(pure(addGoal, p, { title: ' Nieuw doel ', domainId: 'sociaal', taakvelden: ['6.3'] }));
    const g = next.goals[3]!;
    expect(g.id).toMatch(/^goal_[0-9a-z]{10}$/);
    expect(g).toStrictEqual({
      id: g.id,
      title: 'Nieuw doel',
      description: '',
      domainId: 'sociaal',
      themes: [],
      taakvelden: ['6.3'],
      laws: [],
      source: '',
    });
  });

  it('keeps a given id and shares every untouched collection and goal', () => {
    const p = projectFixture();
    const next = expectOk(addGoal(p, { id: 'd', title: 'D', domainId: 'fysiek' }));
    expect(next.goals.map((g) => g.id)).toEqual(['a', 'b', 'c', 'd']);
    next.goals.slice(0, 3).forEach((g, i) => expect(g).toBe(p.goals[i]));
    expect(next.domains).toBe(p.domains);
    expect(next.links).toBe(p.links);
    expect(next.portfolios).toBe(p.portfolios);
    expect(next.divisions).toBe(p.divisions);
  });

  it('refuses a duplicate id', () => {
    const r = pure(addGoal, projectFixture(), { id: 'a', title: 'A', domainId: 'fysiek' });
    expect(r).toEqual({ ok: false, problems: [{ code: 'duplicateId', params: { id: 'a' }, path: ['goal', 'id'] }] });
  });

  it('refuses an unknown domain', () => {
    const r = pure(addGoal, projectFixture(), { title: 'X', domainId: 'cultuur' });
    expect(r).toEqual({
      ok: false,
      problems: [{ code: 'unknownDomain', params: { id: 'cultuur' }, path: ['goal', 'domainId'] }],
    });
  });

  it('refuses taakveld codes not in the project list', () => {
    const r = pure(addGoal, projectFixture(), { title: 'X', domainId: 'fysiek', taakvelden: ['8.3', '6.2'] });
    expect(r).toEqual({
      ok: false,
      problems: [{ code: 'unknownTaakveld', params: { code: '6.2', list: '2025' }, path: ['goal', 'taakvelden', 1] }],
    });
  });

  it('turns schema errors into located zod problems', () => {
    const r = pure(addGoal, projectFixture(), { title: '', domainId: 'fysiek', taakvelden: ['6-3'] });
    if (r.ok) expect.fail('expected failure');
    expect(r.problems.map((x) => [x.code, x.path])).toEqual([
      ['zod.too_small', ['goal', 'title']],
      ['zod.invalid_format', ['goal', 'taakvelden', 0]],
    ]);
  });
});

describe('updateGoal', () => {
  it('changes fields, keeps the id and position, and shares the other goals', () => {
    const p = projectFixture();
    const next = expectOk(pure(updateGoal, p, 'b', { title: 'Bouwen', domainId: 'sociaal', budget: 10 }));
    expect(next.goals[1]).toMatchObject({
      id: 'b',
      title: 'Bouwen',
      domainId: 'sociaal',
      budget: 10,
      taakvelden: ['8.3'],
    });
    expect(next.goals[0]).toBe(p.goals[0]);
    expect(next.goals[2]).toBe(p.goals[2]);
    expect(next.links).toBe(p.links);
    expect(next.divisions).toBe(p.divisions);
  });

  it('cannot change the id', () => {
    const changes = { id: 'z', title: 'Z' } as unknown as Parameters<typeof updateGoal>[2];
    const next = expectOk(updateGoal(projectFixture(), 'c', changes));
    expect(next.goals.map((g) => g.id)).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['unknown goal', 'x', { title: 'X' }, 'unknownGoal'],
    ['blank title', 'a', { title: ' ' }, 'zod.too_small'],
    ['unknown law', 'a', { laws: ['wet'] }, 'zod.invalid_value'],
    ['unknown domain', 'a', { domainId: 'cultuur' }, 'unknownDomain'],
    ['unknown taakveld', 'a', { taakvelden: ['9.9'] }, 'unknownTaakveld'],
  ] as const)('refuses %s', (_label, id, changes, code) => {
    expect(failCodes(pure(updateGoal, projectFixture(), id, changes as Parameters<typeof updateGoal>[2]))).toEqual([
      code,
    ]);
  });
});

describe('removeGoal', () => {
  it('removes the goal with its links, assignments and locks', () => {
    const p = projectFixture();
    const next = expectOk(pure(removeGoal, p, 'a'));
    expect(next.goals.map((g) => g.id)).toEqual(['b', 'c']);
    expect(next.links.map((l) => l.id)).toEqual(['bc']);
    expect(next.divisions[0]).toMatchObject({ assignments: { b: 'P2' }, locked: [] });
    expect(next.links[0]).toBe(p.links[1]);
    expect(next.domains).toBe(p.domains);
    expect(next.portfolios).toBe(p.portfolios);
  });

  it('keeps the link list and untouched divisions when the goal had no links or place', () => {
    const base = projectFixture();
    const p = expectOk(addGoal(base, { id: 'lonely', title: 'Alleen', domainId: 'fysiek' }));
    const next = expectOk(removeGoal(p, 'lonely'));
    expect(next.links).toBe(p.links);
    expect(next.divisions[0]).toBe(p.divisions[0]);
    expect(next).toStrictEqual(base);
  });

  it('drops a goal that is only locked (a broken file) from the locks too', () => {
    const p = projectFixture();
    p.divisions[0] = { ...p.divisions[0]!, locked: ['a', 'c'] };
    expect(expectOk(removeGoal(p, 'c')).divisions[0]!.locked).toEqual(['a']);
  });

  it('refuses an unknown goal', () => {
    expect(pure(removeGoal, projectFixture(), 'x')).toEqual({
      ok: false,
      problems: [{ code: 'unknownGoal', params: { id: 'x' } }],
    });
  });
});

describe('a goal’s subject', () => {
  function withSubjects(): Project {
    const p = projectFixture();
    return {
      ...p,
      subjects: [{ id: 's1', name: 'Werk en inkomen', domainId: 'sociaal', taakvelden: [], description: '' }],
      divisions: p.divisions.map((d) => ({ ...d, subjects: { s1: ['P2'] } })),
    };
  }

  it('a new goal may name a subject of the project, and then follows its holder', () => {
    const next = expectOk(addGoal(withSubjects(), { id: 'd', title: 'D', domainId: 'sociaal', subjectId: 's1' }));
    expect(next.goals[3]!.subjectId).toBe('s1');
    expect(nodeHolder(next.divisions[0]!, 'd', 's1')).toBe('P2');
    expect(checkProject(next)).toEqual([]);
  });

  it('refuses an unknown subject, at its place, and an id a subject already has', () => {
    expect(pure(addGoal, withSubjects(), { title: 'X', domainId: 'sociaal', subjectId: 'nope' })).toEqual({
      ok: false,
      problems: [{ code: 'unknownSubject', params: { id: 'nope' }, path: ['goal', 'subjectId'] }],
    });
    expect(failCodes(updateGoal(withSubjects(), 'a', { subjectId: 'nope' }))).toEqual(['unknownSubject']);
    expect(failCodes(addGoal(withSubjects(), { id: 's1', title: 'X', domainId: 'sociaal' }))).toEqual(['duplicateId']);
  });

  it('an edit that changes the subject keeps what each draft says of the goal (as setGoalSubject)', () => {
    const p = withSubjects();
    // c has no holder in D; under s1 it follows P2. a is named P1 (and locked) and stays so: an exception.
    const next = expectOk(pure(updateGoal, p, 'c', { title: 'C nieuw', subjectId: 's1' }));
    expect(next.goals[2]).toMatchObject({ title: 'C nieuw', subjectId: 's1' });
    expect(nodeHolder(next.divisions[0]!, 'c', 's1')).toBe('P2');
    const a = expectOk(updateGoal(p, 'a', { subjectId: 's1' }));
    expect(a.divisions[0]!.assignments).toEqual({ a: 'P1', b: 'P2' });
    // Out of the subject again: c keeps P2, now named for itself.
    const out = expectOk(updateGoal(next, 'c', { subjectId: undefined }));
    expect(Object.hasOwn(out.goals[2]!, 'subjectId')).toBe(false);
    expect(out.divisions[0]!.assignments).toEqual({ a: 'P1', b: 'P2', c: 'P2' });
    expect(checkProject(out)).toEqual([]);
  });
});

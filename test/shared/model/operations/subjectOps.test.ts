import { describe, expect, it } from 'vitest';
import {
  addSubject,
  checkProject,
  isException,
  nodeHolder,
  removeSubject,
  setGoalSubject,
  updateSubject,
  type Project,
} from '../../../../shared/model';
import { expectOk, failCodes, projectFixture, pure } from '../projectFixture';

/**
 * The fixture with subjects: s1 holds a and b, s2 holds c, s3 has no goals and a catalogue link to s1 (pinned on
 * the map). Draft D: s1 → P1 (locked), s2 → P2, s3 shared by P2 and P1; b is an exception with P2. Draft E names
 * no subject and gives a to P2.
 */
function withSubjects(): Project {
  const p = projectFixture();
  return {
    ...p,
    subjects: [
      { id: 's1', name: 'Werk en inkomen', domainId: 'sociaal', taakvelden: [], description: '' },
      { id: 's2', name: 'Financiën', domainId: 'financieel', taakvelden: [], description: '' },
      { id: 's3', name: 'Wonen', domainId: 'fysiek', taakvelden: ['8.3'], description: '', catalogueId: 'wonen' },
    ],
    goals: p.goals.map((g) => ({ ...g, subjectId: g.id === 'c' ? 's2' : 's1' })),
    links: [
      ...p.links,
      { id: 's3s1', source: 's3', target: 's1', kind: 'reinforces', strength: 3, rationale: '', catalogueLinkId: 'x' },
    ],
    mapPositions: [
      { id: 's1', x: 10, y: 20 },
      { id: 'a', x: 0, y: 0 },
    ],
    divisions: [
      {
        id: 'D',
        name: 'Gepubliceerd',
        portfolioIds: ['P1', 'P2'],
        assignments: { b: 'P2' },
        subjects: { s1: ['P1'], s2: ['P2'], s3: ['P2', 'P1'] },
        locked: ['s1'],
        arrangements: [],
        deliberate: [],
        keep: [],
        notes: '',
      },
      {
        id: 'E',
        name: 'Zonder onderwerpen',
        portfolioIds: ['P1', 'P2'],
        assignments: { a: 'P2' },
        subjects: {},
        locked: [],
        arrangements: [],
        deliberate: [],
        keep: [],
        notes: '',
      },
    ],
  };
}

const holderIn = (p: Project, divisionId: string, goalId: string) => {
  const d = p.divisions.find((x) => x.id === divisionId)!;
  return nodeHolder(d, goalId, p.goals.find((g) => g.id === goalId)!.subjectId);
};

describe('addSubject', () => {
  it('appends a parsed subject with defaults and a fresh id, sharing the rest', () => {
    const p = withSubjects();
    const next = expectOk(pure(addSubject, p, { name: ' Cultuur ', domainId: 'sociaal' }));
    const s = next.subjects[3]!;
    expect(s).toStrictEqual({ id: s.id, name: 'Cultuur', domainId: 'sociaal', taakvelden: [], description: '' });
    expect(s.id).toMatch(/^subject_[0-9a-z]{10}$/);
    expect(next.subjects.slice(0, 3)).toEqual(p.subjects);
    expect(next.goals).toBe(p.goals);
    expect(next.divisions).toBe(p.divisions);
    expect(checkProject(next)).toEqual([]);
  });

  it('refuses an id that a subject or a goal already has (one namespace)', () => {
    for (const id of ['s2', 'a'])
      expect(pure(addSubject, withSubjects(), { id, name: 'X', domainId: 'sociaal' })).toEqual({
        ok: false,
        problems: [{ code: 'duplicateId', params: { id }, path: ['subject', 'id'] }],
      });
  });

  it('refuses an unknown domain and unknown taakvelden, each at its place', () => {
    const r = pure(addSubject, withSubjects(), { name: 'X', domainId: 'cultuur', taakvelden: ['6.3', '6.2'] });
    expect(r).toEqual({
      ok: false,
      problems: [
        { code: 'unknownDomain', params: { id: 'cultuur' }, path: ['subject', 'domainId'] },
        { code: 'unknownTaakveld', params: { code: '6.2', list: '2025' }, path: ['subject', 'taakvelden', 1] },
      ],
    });
  });

  it('refuses an empty and a too long name', () => {
    const empty = pure(addSubject, withSubjects(), { name: '   ', domainId: 'sociaal' });
    if (empty.ok) expect.fail('expected failure');
    expect(empty.problems.map((x) => [x.code, x.path])).toEqual([['zod.too_small', ['subject', 'name']]]);
    const long = pure(addSubject, withSubjects(), { name: 'x'.repeat(201), domainId: 'sociaal' });
    if (long.ok) expect.fail('expected failure');
    expect(long.problems).toEqual([
      { code: 'zod.too_big', params: expect.objectContaining({ maximum: 200 }), path: ['subject', 'name'] },
    ]);
  });
});

describe('updateSubject', () => {
  it('changes the name in place and keeps the catalogue id', () => {
    const p = withSubjects();
    const next = expectOk(pure(updateSubject, p, 's3', { name: 'Wonen en bouwen', description: 'Bouwopgave' }));
    expect(next.subjects[2]).toStrictEqual({ ...p.subjects[2]!, name: 'Wonen en bouwen', description: 'Bouwopgave' });
    expect(next.subjects[0]).toBe(p.subjects[0]);
    expect(next.goals).toBe(p.goals);
  });

  it.each([
    ['an unknown subject', 'nope', { name: 'X' }, ['unknownSubject']],
    ['an unknown domain', 's1', { domainId: 'nope' }, ['unknownDomain']],
    ['an empty name', 's1', { name: '' }, ['zod.too_small']],
  ] as const)('refuses %s', (_label, id, changes, codes) => {
    expect(failCodes(pure(updateSubject, withSubjects(), id, changes))).toEqual(codes);
  });
});

describe('removeSubject', () => {
  it('frees its goals, drops its links, pin and draft entries, and keeps every goal with the holder it had', () => {
    const p = withSubjects();
    expect(holderIn(p, 'D', 'a')).toBe('P1');
    const next = expectOk(pure(removeSubject, p, 's1'));
    expect(next.subjects.map((s) => s.id)).toEqual(['s2', 's3']);
    // No subjectId key left behind: the goal is as if it never had a subject.
    expect(next.goals.map((g) => Object.hasOwn(g, 'subjectId'))).toEqual([false, false, true]);
    expect(next.links.map((l) => l.id)).toEqual(['ab', 'bc']);
    expect(next.mapPositions).toEqual([{ id: 'a', x: 0, y: 0 }]);
    const d = next.divisions[0]!;
    expect(d.subjects).toEqual({ s2: ['P2'], s3: ['P2', 'P1'] });
    // a followed s1 (P1) and now says so itself; b was already named (P2).
    expect(d.assignments).toEqual({ b: 'P2', a: 'P1' });
    // s1 was locked: a, fixed with it, stays fixed; b had a holder of its own and was never fixed by s1.
    expect(d.locked).toEqual(['a']);
    // Draft E named neither s1 nor a lock on it: untouched.
    expect(next.divisions[1]).toBe(p.divisions[1]);
    expect(checkProject(next)).toEqual([]);
  });

  it('removes a subject without goals with its links; the drafts that named it forget it', () => {
    const next = expectOk(removeSubject(withSubjects(), 's3'));
    expect(next.links.map((l) => l.id)).toEqual(['ab', 'bc']);
    expect(next.divisions[0]!.subjects).toEqual({ s1: ['P1'], s2: ['P2'] });
    expect(next.divisions[0]!.assignments).toEqual({ b: 'P2' });
    expect(checkProject(next)).toEqual([]);
  });

  it('refuses an unknown subject', () => {
    expect(pure(removeSubject, withSubjects(), 'a')).toEqual({
      ok: false,
      problems: [{ code: 'unknownSubject', params: { id: 'a' } }],
    });
  });
});

describe('setGoalSubject', () => {
  it('a goal that followed its subject follows the new one where that has a holder, and keeps its holder elsewhere', () => {
    const p = withSubjects();
    const next = expectOk(pure(setGoalSubject, p, ['c'], 's1'));
    expect(next.goals[2]!.subjectId).toBe('s1');
    // D: c followed s2 (P2); s1 leads with P1, so c goes with it, and nothing needs naming.
    expect(next.divisions[0]!.assignments).toEqual({ b: 'P2' });
    expect(holderIn(next, 'D', 'c')).toBe('P1');
    // E: no holder for s1, c had none: unchanged, the very same draft.
    expect(next.divisions[1]).toBe(p.divisions[1]);
    expect(checkProject(next)).toEqual([]);
  });

  it('taking goals out of their subject (null) keeps each with the holder it had, in every draft', () => {
    const p = withSubjects();
    const next = expectOk(pure(setGoalSubject, p, ['a', 'b'], null));
    expect(next.goals.slice(0, 2).map((g) => Object.hasOwn(g, 'subjectId'))).toEqual([false, false]);
    expect(next.divisions[0]!.assignments).toEqual({ b: 'P2', a: 'P1' });
    expect(next.divisions[1]!.assignments).toEqual({ a: 'P2' });
    for (const d of ['D', 'E']) for (const g of ['a', 'b']) expect(holderIn(next, d, g)).toBe(holderIn(p, d, g));
    expect(checkProject(next)).toEqual([]);
  });

  it('a goal named for the new subject’s lead follows it; a named goal elsewhere stays an exception', () => {
    const next = expectOk(setGoalSubject(withSubjects(), ['b'], 's2'));
    // b was named P2, and P2 leads s2: the entry goes, b simply follows s2.
    expect(next.divisions[0]!.assignments).toEqual({});
    expect(holderIn(next, 'D', 'b')).toBe('P2');
    const back = expectOk(setGoalSubject(withSubjects(), ['b'], 's1'));
    expect(back.divisions[0]!.assignments).toEqual({ b: 'P2' });
    expect(isException(back.divisions[0]!, 'b', 's1')).toBe(true);
  });

  it('a locked goal keeps its holder, named for itself (and so shown as an exception)', () => {
    const p = withSubjects();
    p.divisions[0] = { ...p.divisions[0]!, locked: ['s1', 'a'] };
    const next = expectOk(setGoalSubject(p, ['a'], 's2'));
    expect(next.divisions[0]!.assignments).toEqual({ b: 'P2', a: 'P1' });
    expect(isException(next.divisions[0]!, 'a', 's2')).toBe(true);
    expect(checkProject(next)).toEqual([]);
  });

  it('returns the same project when no goal changes subject (no empty undo step)', () => {
    const p = withSubjects();
    expect(expectOk(setGoalSubject(p, ['a', 'b'], 's1'))).toBe(p);
    expect(expectOk(setGoalSubject(p, [], null))).toBe(p);
  });

  it('refuses unknown goals and an unknown subject, each at its place, and changes nothing', () => {
    expect(pure(setGoalSubject, withSubjects(), ['a', 'zz', 's1'], 'nope')).toEqual({
      ok: false,
      problems: [
        { code: 'unknownGoal', params: { id: 'zz' }, path: ['goalIds', 1] },
        { code: 'unknownGoal', params: { id: 's1' }, path: ['goalIds', 2] },
        { code: 'unknownSubject', params: { id: 'nope' }, path: ['subjectId'] },
      ],
    });
  });
});

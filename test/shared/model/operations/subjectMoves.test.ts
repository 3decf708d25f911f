import { describe, expect, it } from 'vitest';
import { assignGoals, checkProject, moveSubjects, setLocked, type Project } from '../../../../shared/model';
import { expectOk, failCodes, projectFixture, pure } from '../projectFixture';

/** Goals a, b under subject W, c under Z; H a subject without goals. W with P1, Z shared by P2 (lead) and P1. */
function subjects(): Project {
  const p = projectFixture();
  return {
    ...p,
    subjects: [
      { id: 'W', name: 'Werk', domainId: 'sociaal', taakvelden: [], description: '' },
      { id: 'Z', name: 'Zorg', domainId: 'sociaal', taakvelden: [], description: '' },
      { id: 'H', name: 'Wonen', domainId: 'fysiek', taakvelden: [], description: '' },
    ],
    goals: p.goals.map((g) => ({ ...g, subjectId: g.id === 'c' ? 'Z' : 'W' })),
    divisions: [{ ...p.divisions[0]!, assignments: { a: 'P1' }, subjects: { W: ['P1'], Z: ['P2', 'P1'] }, locked: [] }],
  };
}
const draft = (p: Project) => p.divisions[0]!;

describe('moveSubjects', () => {
  it('moves a subject with the goals that followed it (an own assignment equal to the old lead goes)', () => {
    const next = expectOk(pure(moveSubjects, subjects(), 'D', ['W'], 'P1', 'P2'));
    expect(draft(next).subjects).toEqual({ W: ['P2'], Z: ['P2', 'P1'] });
    expect(draft(next).assignments).toEqual({});
    expect(checkProject(next)).toEqual([]);
  });

  it('keeps an exception where the draft put it', () => {
    const p = subjects();
    p.divisions[0] = { ...draft(p), assignments: { a: 'P2' } };
    const next = expectOk(moveSubjects(p, 'D', ['W'], 'P1', 'P2'));
    expect(draft(next).assignments).toEqual({ a: 'P2' });
  });

  it('replaces one holder of a shared subject and keeps the other; taking a holder off leaves the rest', () => {
    const p = subjects();
    expect(draft(expectOk(moveSubjects(p, 'D', ['Z'], 'P1', null))).subjects.Z).toEqual(['P2']);
    const solo = expectOk(moveSubjects(p, 'D', ['W'], 'P1', null));
    expect(Object.hasOwn(draft(solo).subjects, 'W')).toBe(false);
  });

  it('gives a subject without holders its first one, and returns the same project when nothing moves', () => {
    const p = subjects();
    expect(draft(expectOk(moveSubjects(p, 'D', ['H'], null, 'P2'))).subjects.H).toEqual(['P2']);
    expect(expectOk(moveSubjects(p, 'D', ['W'], 'P2', 'P1'))).toBe(p);
  });

  it('refuses a locked subject, a locked goal that would go with it, an unknown subject and a holder outside', () => {
    const p = subjects();
    p.divisions[0] = { ...draft(p), locked: ['W'] };
    expect(failCodes(moveSubjects(p, 'D', ['W'], 'P1', 'P2'))).toEqual(['goalLocked']);
    p.divisions[0] = { ...draft(p), locked: ['a'] };
    expect(failCodes(moveSubjects(p, 'D', ['W'], 'P1', 'P2'))).toEqual(['goalLocked']);
    expect(failCodes(moveSubjects(p, 'D', ['nope'], 'P1', 'P2'))).toEqual(['unknownSubject']);
    expect(failCodes(moveSubjects(p, 'D', ['W'], 'P1', 'P9'))).toEqual(['portfolioNotInDivision']);
  });
});

describe('goals under subjects', () => {
  it('a goal moved away from its subject is an exception; moved back it follows again', () => {
    const p = subjects();
    const away = expectOk(assignGoals(p, 'D', ['b'], 'P2'));
    expect(draft(away).assignments).toEqual({ a: 'P1', b: 'P2' });
    const back = expectOk(assignGoals(away, 'D', ['b', 'a'], 'P1'));
    // a already sat with P1 (no move); b follows W again without an own assignment.
    expect(draft(back).assignments).toEqual({ a: 'P1' });
  });

  it('refuses to leave a goal without a holder while its subject has one', () => {
    expect(failCodes(assignGoals(subjects(), 'D', ['b'], null))).toEqual(['followsSubject']);
  });

  it('locks a subject with a holder, and a goal that has one through its subject; not a subject without holders', () => {
    const p = subjects();
    expect(draft(expectOk(setLocked(p, 'D', 'W', true))).locked).toEqual(['W']);
    expect(draft(expectOk(setLocked(p, 'D', 'b', true))).locked).toEqual(['b']);
    expect(failCodes(setLocked(p, 'D', 'H', true))).toEqual(['lockedUnassigned']);
    expect(checkProject(expectOk(setLocked(p, 'D', 'W', true)))).toEqual([]);
  });
});

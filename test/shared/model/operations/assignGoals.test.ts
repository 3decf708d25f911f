import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignGoal, assignGoals, checkProject, type Project } from '../../../../shared/model';
import { expectOk, failCodes, projectFixture, pure } from '../projectFixture';

/** The fixture with c assigned too and nothing locked, so every goal can move. */
function movable(): Project {
  const p = projectFixture();
  const d = p.divisions[0]!;
  return { ...p, divisions: [{ ...d, assignments: { a: 'P1', b: 'P2', c: 'P2' }, locked: [] }] };
}

describe('assignGoals', () => {
  it('gives several goals to one holder in one edit', () => {
    const next = expectOk(pure(assignGoals, movable(), 'D', ['a', 'b'], 'P2'));
    expect(next.divisions[0]!.assignments).toEqual({ a: 'P2', b: 'P2', c: 'P2' });
    expect(checkProject(next)).toEqual([]);
  });

  it('unassigns them with null (back to the tray)', () => {
    const next = expectOk(assignGoals(movable(), 'D', ['b', 'c'], null));
    expect(next.divisions[0]!.assignments).toEqual({ a: 'P1' });
  });

  it('returns the same project when no goal changes holder, so no empty undo step is made', () => {
    const p = movable();
    const r = assignGoals(p, 'D', ['b', 'c'], 'P2');
    expect(expectOk(r)).toBe(p);
    expect(expectOk(assignGoals(p, 'D', [], 'P1'))).toBe(p);
  });

  it('refuses the whole move when one goal is locked, and names it', () => {
    const p = projectFixture(); // a is locked in P1
    const r = assignGoals(p, 'D', ['b', 'a'], 'P2');
    expect(failCodes(r)).toEqual(['goalLocked']);
    expect(!r.ok && r.problems[0]!.params).toEqual({ id: 'a' });
  });

  it('lets a locked goal stay where it is (it does not move)', () => {
    const next = expectOk(assignGoals(projectFixture(), 'D', ['a', 'c'], 'P1'));
    expect(next.divisions[0]!.assignments).toEqual({ a: 'P1', b: 'P2', c: 'P1' });
  });

  it.each([
    ['an unknown goal', ['a', 'z'], 'P1', 'D', 'unknownGoal'],
    ['a holder outside the draft', ['b'], 'P9', 'D', 'portfolioNotInDivision'],
    ['an unknown draft', ['b'], 'P1', 'X', 'unknownDivision'],
  ])('refuses %s', (_label, ids, pf, div, code) => {
    expect(failCodes(assignGoals(movable(), div, ids, pf))).toEqual([code]);
  });

  it('keeps ids that name Object.prototype members as ordinary keys', () => {
    const p = movable();
    const goals = [...p.goals, { ...p.goals[0]!, id: '__proto__' }, { ...p.goals[0]!, id: 'constructor' }];
    const next = expectOk(assignGoals({ ...p, goals }, 'D', ['__proto__', 'constructor'], 'P1'));
    const a = next.divisions[0]!.assignments;
    expect(Object.hasOwn(a, '__proto__') && Object.hasOwn(a, 'constructor')).toBe(true);
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
  });

  it('ends where the same moves one by one end', () => {
    const ids = ['a', 'b', 'c'];
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom('P1', 'P2', null), (goals, to) => {
        const bulk = expectOk(assignGoals(movable(), 'D', goals, to));
        let one = movable();
        for (const g of goals) one = expectOk(assignGoal(one, 'D', g, to));
        expect(bulk.divisions[0]!.assignments).toEqual(one.divisions[0]!.assignments);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  addDivision,
  assignGoal,
  checkProject,
  duplicateDivision,
  removeDivision,
  setAssignments,
  setDivisionPortfolios,
  setLocked,
  updateDivision,
} from '../../../../shared/model';
import { expectOk, failCodes, projectFixture, pure } from '../projectFixture';

describe('addDivision', () => {
  it('appends a parsed division with defaults and a fresh id', () => {
    const p = projectFixture();
    const next = expectOk(pure(addDivision, p, { name: 'Nieuw' }));
    const d = next.divisions[1]!;
    expect(d).toStrictEqual({
      id: d.id,
      name: 'Nieuw',
      portfolioIds: [],
      assignments: {},
      subjects: {},
      locked: [],
      arrangements: [],
      deliberate: [],
      keep: [],
      notes: '',
    });
    expect(d.id).toMatch(/^div_[0-9a-z]{10}$/);
    expect(next.divisions[0]).toBe(p.divisions[0]);
    expect(next.goals).toBe(p.goals);
  });

  it('accepts a full, consistent draft', () => {
    const input = { id: 'E', name: 'E', portfolioIds: ['P2', 'P1'], assignments: { c: 'P2', b: 'P1' }, locked: ['c'] };
    const next = expectOk(addDivision(projectFixture(), input));
    expect(next.divisions[1]).toStrictEqual({
      ...input,
      subjects: {},
      arrangements: [],
      deliberate: [],
      keep: [],
      notes: '',
    });
    expect(checkProject(next)).toEqual([]);
  });

  it.each([
    ['a duplicate id', { id: 'D', name: 'X' }, { code: 'duplicateId', params: { id: 'D' }, path: ['division', 'id'] }],
    [
      'an unknown portfolio',
      { name: 'X', portfolioIds: ['P9'] },
      { code: 'unknownPortfolio', params: { id: 'P9' }, path: ['division', 'portfolioIds'] },
    ],
    [
      'an assignment of an unknown goal',
      { name: 'X', portfolioIds: ['P1'], assignments: { z: 'P1' } },
      { code: 'unknownGoal', params: { id: 'z' }, path: ['division', 'assignments', 'z'] },
    ],
    [
      'an assignment to a portfolio outside the draft',
      { name: 'X', portfolioIds: ['P1'], assignments: { a: 'P2' } },
      { code: 'portfolioNotInDivision', params: { id: 'P2' }, path: ['division', 'assignments', 'a'] },
    ],
    [
      'a lock on an unknown goal',
      { name: 'X', locked: ['z'] },
      { code: 'unknownGoal', params: { id: 'z' }, path: ['division', 'locked', 0] },
    ],
    [
      'a lock on an unassigned goal',
      { name: 'X', portfolioIds: ['P1'], assignments: { a: 'P1' }, locked: ['a', 'b'] },
      { code: 'lockedUnassigned', params: { id: 'b' }, path: ['division', 'locked', 1] },
    ],
  ])('refuses %s', (_label, input, expected) => {
    expect(pure(addDivision, projectFixture(), input)).toEqual({ ok: false, problems: [expected] });
  });

  it('refuses a blank name as a zod problem', () => {
    const r = pure(addDivision, projectFixture(), { name: ' ' });
    expect(r.ok ? [] : r.problems.map((x) => [x.code, x.path])).toEqual([['zod.too_small', ['division', 'name']]]);
  });
});

describe('duplicateDivision', () => {
  it('copies assignments and locks under a new id and name, sharing nothing mutable', () => {
    const p = projectFixture();
    const next = expectOk(pure(duplicateDivision, p, 'D', 'Kopie', 'D2'));
    expect(next.divisions[1]).toStrictEqual({ ...p.divisions[0]!, id: 'D2', name: 'Kopie' });
    expect(next.divisions[1]!.assignments).not.toBe(p.divisions[0]!.assignments);
    expect(next.divisions[1]!.locked).not.toBe(p.divisions[0]!.locked);
    expect(expectOk(duplicateDivision(p, 'D', 'Kopie')).divisions[1]!.id).toMatch(/^div_/);
  });

  it('refuses an unknown division, a taken id and a blank name', () => {
    const p = projectFixture();
    expect(pure(duplicateDivision, p, 'X', 'Kopie')).toEqual({
      ok: false,
      problems: [{ code: 'unknownDivision', params: { id: 'X' } }],
    });
    expect(failCodes(pure(duplicateDivision, p, 'D', 'Kopie', 'D'))).toEqual(['duplicateId']);
    expect(failCodes(pure(duplicateDivision, p, 'D', ''))).toEqual(['zod.too_small']);
  });
});

describe('updateDivision and removeDivision', () => {
  it('renames and annotates one division', () => {
    const p = projectFixture();
    const next = expectOk(pure(updateDivision, p, 'D', { name: ' Nieuwe naam ', notes: 'n' }));
    expect(next.divisions[0]).toStrictEqual({ ...p.divisions[0]!, name: 'Nieuwe naam', notes: 'n' });
    expect(next.goals).toBe(p.goals);
  });

  it('refuses an unknown division and a blank name', () => {
    expect(failCodes(pure(updateDivision, projectFixture(), 'X', { name: 'X' }))).toEqual(['unknownDivision']);
    expect(failCodes(pure(updateDivision, projectFixture(), 'D', { name: '' }))).toEqual(['zod.too_small']);
  });

  it('removes a division and nothing else', () => {
    const p = projectFixture();
    const next = expectOk(pure(removeDivision, p, 'D'));
    expect(next.divisions).toEqual([]);
    expect(next.goals).toBe(p.goals);
    expect(next.portfolios).toBe(p.portfolios);
    expect(failCodes(pure(removeDivision, p, 'X'))).toEqual(['unknownDivision']);
  });
});

describe('setDivisionPortfolios', () => {
  it('drops the assignments and locks of portfolios that leave', () => {
    const p = projectFixture();
    const next = expectOk(pure(setDivisionPortfolios, p, 'D', ['P2']));
    expect(next.divisions[0]).toStrictEqual({
      ...p.divisions[0]!,
      portfolioIds: ['P2'],
      assignments: { b: 'P2' },
      locked: [],
    });
    expect(checkProject(next)).toEqual([]);
  });

  it('reorders without losing assignments', () => {
    const next = expectOk(setDivisionPortfolios(projectFixture(), 'D', ['P2', 'P1']));
    expect(next.divisions[0]).toMatchObject({
      portfolioIds: ['P2', 'P1'],
      assignments: { a: 'P1', b: 'P2' },
      locked: ['a'],
    });
  });

  it('refuses an unknown portfolio, a repeated portfolio and an unknown division', () => {
    const p = projectFixture();
    expect(pure(setDivisionPortfolios, p, 'D', ['P1', 'P9'])).toEqual({
      ok: false,
      problems: [{ code: 'unknownPortfolio', params: { id: 'P9' } }],
    });
    expect(failCodes(pure(setDivisionPortfolios, p, 'D', ['P1', 'P1']))).toEqual(['duplicateId']);
    expect(failCodes(pure(setDivisionPortfolios, p, 'X', ['P1']))).toEqual(['unknownDivision']);
  });
});

describe('assignGoal', () => {
  it('assigns, moves and unassigns an unlocked goal', () => {
    const p = projectFixture();
    const assigned = expectOk(pure(assignGoal, p, 'D', 'c', 'P1'));
    expect(assigned.divisions[0]!.assignments).toEqual({ a: 'P1', b: 'P2', c: 'P1' });
    expect(assigned.goals).toBe(p.goals);
    const moved = expectOk(pure(assignGoal, assigned, 'D', 'c', 'P2'));
    expect(moved.divisions[0]!.assignments).toEqual({ a: 'P1', b: 'P2', c: 'P2' });
    const freed = expectOk(pure(assignGoal, moved, 'D', 'c', null));
    expect(freed.divisions[0]!.assignments).toEqual({ a: 'P1', b: 'P2' });
  });

  it('refuses to move or free a locked goal', () => {
    const p = projectFixture();
    expect(pure(assignGoal, p, 'D', 'a', 'P2')).toEqual({
      ok: false,
      problems: [{ code: 'goalLocked', params: { id: 'a' } }],
    });
    expect(failCodes(pure(assignGoal, p, 'D', 'a', null))).toEqual(['goalLocked']);
  });

  it('refuses an unknown goal, an unknown division and a portfolio outside the draft', () => {
    const p = projectFixture();
    expect(failCodes(pure(assignGoal, p, 'D', 'z', 'P1'))).toEqual(['unknownGoal']);
    expect(failCodes(pure(assignGoal, p, 'X', 'c', 'P1'))).toEqual(['unknownDivision']);
    p.portfolios.push({ ...p.portfolios[0]!, id: 'P3' });
    expect(pure(assignGoal, p, 'D', 'c', 'P3')).toEqual({
      ok: false,
      problems: [{ code: 'portfolioNotInDivision', params: { id: 'P3' } }],
    });
  });
});

describe('setLocked', () => {
  it('locks an assigned goal and unlocks it again', () => {
    const p = projectFixture();
    const locked = expectOk(pure(setLocked, p, 'D', 'b', true));
    expect(locked.divisions[0]!.locked).toEqual(['a', 'b']);
    const unlocked = expectOk(pure(setLocked, locked, 'D', 'a', false));
    expect(unlocked.divisions[0]!.locked).toEqual(['b']);
  });

  it('keeps the division itself when nothing changes', () => {
    const p = projectFixture();
    expect(expectOk(setLocked(p, 'D', 'a', true)).divisions[0]).toBe(p.divisions[0]);
    expect(expectOk(setLocked(p, 'D', 'b', false)).divisions[0]).toBe(p.divisions[0]);
  });

  it('refuses to lock an unassigned goal, also one named like an Object.prototype member', () => {
    const p = projectFixture();
    expect(pure(setLocked, p, 'D', 'c', true)).toEqual({
      ok: false,
      problems: [{ code: 'lockedUnassigned', params: { id: 'c' } }],
    });
    p.goals.push({ ...p.goals[2]!, id: 'toString' });
    expect(failCodes(pure(setLocked, p, 'D', 'toString', true))).toEqual(['lockedUnassigned']);
    expect(failCodes(pure(setLocked, p, 'X', 'a', true))).toEqual(['unknownDivision']);
  });
});

describe('setAssignments', () => {
  it('replaces the whole assignment while locked goals stay put', () => {
    const p = projectFixture();
    const next = expectOk(pure(setAssignments, p, 'D', { a: 'P1', b: 'P1', c: 'P2' }));
    expect(next.divisions[0]!.assignments).toEqual({ a: 'P1', b: 'P1', c: 'P2' });
    expect(next.divisions[0]!.locked).toEqual(['a']);
    expect(checkProject(next)).toEqual([]);
  });

  it('refuses moving or dropping a locked goal', () => {
    const p = projectFixture();
    expect(pure(setAssignments, p, 'D', { a: 'P2', b: 'P2' })).toEqual({
      ok: false,
      problems: [{ code: 'goalLocked', params: { id: 'a' } }],
    });
    expect(failCodes(pure(setAssignments, p, 'D', { b: 'P2' }))).toEqual(['goalLocked']);
  });

  it('refuses an unknown goal, a portfolio outside the draft and an unknown division', () => {
    const p = projectFixture();
    expect(failCodes(pure(setAssignments, p, 'D', { a: 'P1', z: 'P1' }))).toEqual(['unknownGoal']);
    expect(failCodes(pure(setAssignments, p, 'D', { a: 'P1', c: 'P9' }))).toEqual(['portfolioNotInDivision']);
    expect(failCodes(pure(setAssignments, p, 'X', {}))).toEqual(['unknownDivision']);
  });

  it('copies the given record so later changes to it do not leak in', () => {
    const given: Record<string, string> = { a: 'P1' };
    const next = expectOk(setAssignments(projectFixture(), 'D', given));
    given.c = 'P2';
    expect(next.divisions[0]!.assignments).toEqual({ a: 'P1' });
  });
});

import type { Project } from '../project';
import { DivisionSchema, holderOf, nodeHolder, subjectHolders, type Division, type DivisionInput } from '../division';
import { newId } from '../ids';
import { problem } from '../problem';
import { dropHolders } from './dropHolders';
import { fail, failAll, ok, replaceById, zodProblems, type OpResult } from './result';

function withDivision(p: Project, id: string, fn: (d: Division) => OpResult | Division): OpResult {
  const d = p.divisions.find((x) => x.id === id);
  if (!d) return fail(problem('unknownDivision', { id }));
  const next = fn(d);
  if ('ok' in next) return next;
  return ok({ ...p, divisions: replaceById(p.divisions, next) });
}

export function addDivision(p: Project, input: Omit<DivisionInput, 'id'> & { id?: string }): OpResult {
  const parsed = DivisionSchema.safeParse({ ...input, id: input.id ?? newId('div') });
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['division']));
  const d = parsed.data;
  if (p.divisions.some((x) => x.id === d.id)) return fail(problem('duplicateId', { id: d.id }, ['division', 'id']));
  for (const pid of d.portfolioIds)
    if (!p.portfolios.some((x) => x.id === pid))
      return fail(problem('unknownPortfolio', { id: pid }, ['division', 'portfolioIds']));
  if (new Set(d.portfolioIds).size !== d.portfolioIds.length)
    return fail(problem('duplicateId', { id: 'portfolioIds' }, ['division', 'portfolioIds']));
  if (new Set(d.locked).size !== d.locked.length)
    return fail(problem('duplicateId', { id: 'locked' }, ['division', 'locked']));
  for (const [g, pid] of Object.entries(d.assignments)) {
    if (!p.goals.some((x) => x.id === g))
      return fail(problem('unknownGoal', { id: g }, ['division', 'assignments', g]));
    if (!d.portfolioIds.includes(pid))
      return fail(problem('portfolioNotInDivision', { id: pid }, ['division', 'assignments', g]));
  }
  // The same rules setLocked keeps, so a new draft passes checkProject like an edited one.
  for (const [j, g] of d.locked.entries()) {
    if (!p.goals.some((x) => x.id === g)) return fail(problem('unknownGoal', { id: g }, ['division', 'locked', j]));
    if (!Object.hasOwn(d.assignments, g))
      return fail(problem('lockedUnassigned', { id: g }, ['division', 'locked', j]));
  }
  return ok({ ...p, divisions: [...p.divisions, d] });
}

export function duplicateDivision(p: Project, id: string, name: string, newDivisionId?: string): OpResult {
  const d = p.divisions.find((x) => x.id === id);
  if (!d) return fail(problem('unknownDivision', { id }));
  return addDivision(p, { ...structuredClone(d), id: newDivisionId ?? newId('div'), name });
}

export function updateDivision(p: Project, id: string, changes: { name?: string; notes?: string }): OpResult {
  return withDivision(p, id, (d) => {
    const parsed = DivisionSchema.safeParse({ ...d, ...changes });
    return parsed.success ? parsed.data : failAll(zodProblems(parsed.error, ['division']));
  });
}

export function removeDivision(p: Project, id: string): OpResult {
  if (!p.divisions.some((x) => x.id === id)) return fail(problem('unknownDivision', { id }));
  return ok({ ...p, divisions: p.divisions.filter((x) => x.id !== id) });
}

/** Which portfolios take part; goals of a portfolio that leaves the draft become unassigned. */
export function setDivisionPortfolios(p: Project, id: string, portfolioIds: string[]): OpResult {
  for (const pid of portfolioIds)
    if (!p.portfolios.some((x) => x.id === pid)) return fail(problem('unknownPortfolio', { id: pid }));
  if (new Set(portfolioIds).size !== portfolioIds.length) return fail(problem('duplicateId', { id: 'portfolioIds' }));
  return withDivision(p, id, (d) => {
    const keep = new Set(portfolioIds);
    const left = dropHolders(p, d, new Set(d.portfolioIds.filter((x) => !keep.has(x))));
    return { ...left, portfolioIds };
  });
}

/** Assign a goal, or unassign it with `null`. A locked goal must be unlocked first. */
export function assignGoal(p: Project, divisionId: string, goalId: string, portfolioId: string | null): OpResult {
  if (!p.goals.some((g) => g.id === goalId)) return fail(problem('unknownGoal', { id: goalId }));
  return withDivision(p, divisionId, (d) => {
    if (d.locked.includes(goalId)) return fail(problem('goalLocked', { id: goalId }));
    if (portfolioId !== null && !d.portfolioIds.includes(portfolioId))
      return fail(problem('portfolioNotInDivision', { id: portfolioId }));
    const { [goalId]: _old, ...rest } = d.assignments;
    return { ...d, assignments: portfolioId === null ? rest : { ...rest, [goalId]: portfolioId } };
  });
}

/** Lock or unlock a goal or a subject; only what has a holder in the draft (its own, or its subject's) can be locked. */
export function setLocked(p: Project, divisionId: string, nodeId: string, locked: boolean): OpResult {
  const subjectOf = p.subjects.some((x) => x.id === nodeId) ? nodeId : p.goals.find((g) => g.id === nodeId)?.subjectId;
  return withDivision(p, divisionId, (d) => {
    if (locked && nodeHolder(d, nodeId, subjectOf) === undefined)
      return fail(problem('lockedUnassigned', { id: nodeId }));
    const has = d.locked.includes(nodeId);
    if (has === locked) return d;
    return { ...d, locked: locked ? [...d.locked, nodeId] : d.locked.filter((g) => g !== nodeId) };
  });
}

/** Replace the whole assignment at once (an optimiser result, a suggestion set); locked goals must not move. */
export function setAssignments(p: Project, divisionId: string, assignments: Record<string, string>): OpResult {
  return withDivision(p, divisionId, (d) => {
    for (const g of d.locked)
      if (holderOf(assignments, g) !== holderOf(d.assignments, g)) return fail(problem('goalLocked', { id: g }));
    for (const [g, pf] of Object.entries(assignments)) {
      if (!p.goals.some((x) => x.id === g)) return fail(problem('unknownGoal', { id: g }));
      if (!d.portfolioIds.includes(pf)) return fail(problem('portfolioNotInDivision', { id: pf }));
    }
    return { ...d, assignments: { ...assignments } };
  });
}

/**
 * Give several goals to one holder at once (a bulk move on the board), or unassign them with `null`: one edit, so
 * one undo step. Nothing changes unless every goal can move: an unknown or locked goal, or a holder outside the
 * draft, refuses the whole move. A goal under a subject moved to another holder becomes an exception; moved back to
 * its subject's lead it follows its subject again. Goals already there stay as they are; when none moves the project
 * is returned unchanged, so no empty undo step is made.
 */
export function assignGoals(
  p: Project,
  divisionId: string,
  goalIds: readonly string[],
  portfolioId: string | null,
): OpResult {
  const subjectOf = new Map(p.goals.map((g) => [g.id, g.subjectId]));
  for (const id of goalIds) if (!subjectOf.has(id)) return fail(problem('unknownGoal', { id }));
  const d = p.divisions.find((x) => x.id === divisionId);
  if (!d) return fail(problem('unknownDivision', { id: divisionId }));
  if (portfolioId !== null && !d.portfolioIds.includes(portfolioId))
    return fail(problem('portfolioNotInDivision', { id: portfolioId }));
  const locked = new Set(d.locked);
  const moving = [...new Set(goalIds)].filter((id) => (nodeHolder(d, id, subjectOf.get(id)) ?? null) !== portfolioId);
  for (const id of moving) if (locked.has(id)) return fail(problem('goalLocked', { id }));
  if (!moving.length) return ok(p);
  const lead = (id: string) => {
    const sid = subjectOf.get(id);
    return sid === undefined ? undefined : subjectHolders(d, sid)[0];
  };
  // A goal whose subject has a holder cannot be left without one: the draft has no way to say so.
  if (portfolioId === null)
    for (const id of moving) if (lead(id) !== undefined) return fail(problem('followsSubject', { id }));
  // Built from entries (defined, not assigned), so an id such as "__proto__" stays an ordinary key.
  const moved = new Set(moving);
  const entries = Object.entries(d.assignments).filter(([g]) => !moved.has(g));
  if (portfolioId !== null) for (const id of moving) if (lead(id) !== portfolioId) entries.push([id, portfolioId]);
  const assignments: Record<string, string> = Object.fromEntries(entries);
  return ok({ ...p, divisions: replaceById(p.divisions, { ...d, assignments }) });
}

/**
 * Move subjects between holders (the board's gesture): `from` is replaced by `to` among each subject's holders, so a
 * shared subject keeps its other holders; a subject without holders gets `to`; `to` null takes `from` off it. The
 * goals that followed the subject go with it (an own assignment equal to its old lead is dropped); exceptions stay
 * where the draft put them. A locked subject, or a locked goal that would move with it, refuses the whole move.
 */
export function moveSubjects(
  p: Project,
  divisionId: string,
  subjectIds: readonly string[],
  from: string | null,
  to: string | null,
): OpResult {
  const known = new Set(p.subjects.map((x) => x.id));
  for (const id of subjectIds) if (!known.has(id)) return fail(problem('unknownSubject', { id }));
  const d = p.divisions.find((x) => x.id === divisionId);
  if (!d) return fail(problem('unknownDivision', { id: divisionId }));
  if (to !== null && !d.portfolioIds.includes(to)) return fail(problem('portfolioNotInDivision', { id: to }));
  const locked = new Set(d.locked);
  // A Map, turned into a record by fromEntries at the end: an id such as "__proto__" stays an ordinary key.
  const subjects = new Map(Object.entries(d.subjects));
  const released = new Set<string>();
  let changed = false;
  for (const sid of new Set(subjectIds)) {
    const before = subjectHolders(d, sid);
    const at = from === null ? -1 : before.indexOf(from);
    let after: string[];
    if (before.length === 0) after = to === null ? [] : [to];
    else if (at < 0) continue;
    else if (to === null || before.includes(to)) after = before.filter((h) => h !== from);
    else after = before.map((h) => (h === from ? to : h));
    if (after.join('\u0000') === before.join('\u0000')) continue;
    if (locked.has(sid)) return fail(problem('goalLocked', { id: sid }));
    if (after[0] !== before[0]) {
      for (const g of p.goals) {
        if (g.subjectId !== sid) continue;
        const own = holderOf(d.assignments, g.id);
        if (own !== undefined && own !== before[0]) continue;
        if (locked.has(g.id)) return fail(problem('goalLocked', { id: g.id }));
        if (own !== undefined) released.add(g.id);
      }
    }
    changed = true;
    if (after.length) subjects.set(sid, after);
    else subjects.delete(sid);
  }
  if (!changed) return ok(p);
  const assignments = Object.fromEntries(Object.entries(d.assignments).filter(([g]) => !released.has(g)));
  return ok({
    ...p,
    divisions: replaceById(p.divisions, { ...d, assignments, subjects: Object.fromEntries(subjects) }),
  });
}

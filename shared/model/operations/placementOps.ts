import type { Project } from '../project';
import { nodeHolder, subjectHolders } from '../division';
import { problem, type Problem } from '../problem';
import { fail, failAll, ok, replaceById, type OpResult } from './result';

/**
 * Where a draft puts everything at once: the holders of each subject (the first leads) and the goals (or subjects
 * without goals) given a holder of their own. A goal not in `assignments` follows its subject's lead.
 */
export interface Placement {
  assignments: Record<string, string>;
  subjects: Record<string, string[]>;
}

function sameRecord<T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>, same: (x: T, y: T) => boolean) {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && same(a[k]!, b[k]!));
}

const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((h, i) => y[i] === h);

/**
 * Sets a draft's whole placement (an optimiser proposal, a suggestion that moves a subject with its goals) as one
 * edit. Refused as a whole when it names an unknown goal or subject or a holder outside the draft, or when it would
 * move anything locked: a locked subject keeps exactly its holders, a locked goal its holder (its own, or through
 * its subject). The same placement again leaves the project as it is, so no empty undo step is made.
 */
export function setPlacement(p: Project, divisionId: string, placement: Placement): OpResult {
  const d = p.divisions.find((x) => x.id === divisionId);
  if (!d) return fail(problem('unknownDivision', { id: divisionId }));
  const subjectOf = new Map<string, string | undefined>(p.goals.map((g) => [g.id, g.subjectId]));
  const subjectIds = new Set(p.subjects.map((s) => s.id));
  const inDraft = new Set(d.portfolioIds);
  const problems: Problem[] = [];
  for (const [id, h] of Object.entries(placement.assignments)) {
    if (!subjectOf.has(id) && !subjectIds.has(id))
      problems.push(problem('unknownGoal', { id }, ['divisions', divisionId, 'assignments', id]));
    else if (!inDraft.has(h))
      problems.push(problem('portfolioNotInDivision', { id: h }, ['divisions', divisionId, 'assignments', id]));
  }
  for (const [id, holders] of Object.entries(placement.subjects)) {
    const path = ['divisions', divisionId, 'subjects', id];
    if (!subjectIds.has(id)) problems.push(problem('unknownSubject', { id }, path));
    else if (holders.length === 0 || holders.length > 12 || new Set(holders).size !== holders.length)
      problems.push(problem('duplicateId', { id }, path));
    else
      for (const h of holders) if (!inDraft.has(h)) problems.push(problem('portfolioNotInDivision', { id: h }, path));
  }
  if (problems.length) return failAll(problems);
  for (const id of d.locked) {
    if (subjectIds.has(id) && !sameList(subjectHolders(d, id), subjectHolders(placement, id)))
      return fail(problem('subjectLocked', { id }));
    const s = subjectIds.has(id) ? id : subjectOf.get(id);
    if (nodeHolder(placement, id, s) !== nodeHolder(d, id, s))
      return fail(problem(subjectIds.has(id) ? 'subjectLocked' : 'goalLocked', { id }));
  }
  if (
    sameRecord(d.assignments, placement.assignments, (x, y) => x === y) &&
    sameRecord(d.subjects, placement.subjects, sameList)
  )
    return ok(p);
  const next = {
    ...d,
    assignments: Object.fromEntries(Object.entries(placement.assignments)),
    subjects: Object.fromEntries(Object.entries(placement.subjects).map(([s, h]) => [s, [...h]])),
  };
  return ok({ ...p, divisions: replaceById(p.divisions, next) });
}

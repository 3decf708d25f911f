import type { Project } from '../project';
import { GoalSchema, type Goal, type GoalInput } from '../goal';
import { newId } from '../ids';
import { problem } from '../problem';
import { pruneCoalition } from './coalitionOps';
import { fail, failAll, ok, replaceById, zodProblems, type OpResult } from './result';
import { findTaakveld } from '../taakvelden';
import { moveGoalsToSubject } from './subjectOps';

function checkGoal(p: Project, g: Goal, path: (string | number)[]) {
  const problems = [];
  if (!p.domains.some((d) => d.id === g.domainId))
    problems.push(problem('unknownDomain', { id: g.domainId }, [...path, 'domainId']));
  for (const [j, code] of g.taakvelden.entries())
    if (!findTaakveld(p.taakveldList, code))
      problems.push(problem('unknownTaakveld', { code, list: p.taakveldList }, [...path, 'taakvelden', j]));
  if (g.subjectId !== undefined && !p.subjects.some((s) => s.id === g.subjectId))
    problems.push(problem('unknownSubject', { id: g.subjectId }, [...path, 'subjectId']));
  return problems;
}

export function addGoal(p: Project, input: Omit<GoalInput, 'id'> & { id?: string }): OpResult {
  const parsed = GoalSchema.safeParse({ ...input, id: input.id ?? newId('goal') });
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['goal']));
  const goal = parsed.data;
  // Goals and subjects share one namespace: a link end or a lock must name exactly one node.
  if (p.goals.some((g) => g.id === goal.id) || p.subjects.some((s) => s.id === goal.id))
    return fail(problem('duplicateId', { id: goal.id }, ['goal', 'id']));
  const problems = checkGoal(p, goal, ['goal']);
  if (problems.length) return failAll(problems);
  return ok({ ...p, goals: [...p.goals, goal] });
}

export function updateGoal(p: Project, id: string, changes: Partial<Omit<GoalInput, 'id'>>): OpResult {
  const current = p.goals.find((g) => g.id === id);
  if (!current) return fail(problem('unknownGoal', { id }));
  const parsed = GoalSchema.safeParse({ ...current, ...changes, id });
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['goal']));
  const problems = checkGoal(p, parsed.data, ['goal']);
  if (problems.length) return failAll(problems);
  const { subjectId, ...rest } = parsed.data;
  if (subjectId === current.subjectId) return ok({ ...p, goals: replaceById(p.goals, parsed.data) });
  // A new subject goes through the same rule as a bulk change, so every draft keeps what it says of the goal.
  const kept = current.subjectId === undefined ? rest : { ...rest, subjectId: current.subjectId };
  return ok(moveGoalsToSubject({ ...p, goals: replaceById(p.goals, kept) }, [id], subjectId));
}

/** Removing a goal removes its links, its place in every draft and its pin on the map, so nothing dangles. */
export function removeGoal(p: Project, id: string): OpResult {
  if (!p.goals.some((g) => g.id === id)) return fail(problem('unknownGoal', { id }));
  const touches = p.links.some((l) => l.source === id || l.target === id);
  const pinned = p.mapPositions.some((m) => m.id === id);
  return ok({
    ...p,
    goals: p.goals.filter((g) => g.id !== id),
    links: touches ? p.links.filter((l) => l.source !== id && l.target !== id) : p.links,
    mapPositions: pinned ? p.mapPositions.filter((m) => m.id !== id) : p.mapPositions,
    divisions: p.divisions.map((d0) => {
      const d = pruneCoalition(d0, { nodes: new Set([id]) });
      if (!Object.hasOwn(d.assignments, id) && !d.locked.includes(id)) return d;
      const { [id]: _dropped, ...assignments } = d.assignments;
      return { ...d, assignments, locked: d.locked.filter((g) => g !== id) };
    }),
  });
}

import type { Project } from '../project';
import { SubjectSchema, type Subject, type SubjectInput } from '../subject';
import type { Division } from '../division';
import { holderOf, nodeHolder, subjectHolders } from '../division';
import type { Goal } from '../goal';
import { newId } from '../ids';
import { problem, type Problem } from '../problem';
import { findTaakveld } from '../taakvelden';
import { pruneCoalition } from './coalitionOps';
import { fail, failAll, ok, replaceById, zodProblems, type OpResult } from './result';

function checkSubject(p: Project, s: Subject, path: (string | number)[]): Problem[] {
  const problems: Problem[] = [];
  if (!p.domains.some((d) => d.id === s.domainId))
    problems.push(problem('unknownDomain', { id: s.domainId }, [...path, 'domainId']));
  for (const [j, code] of s.taakvelden.entries())
    if (!findTaakveld(p.taakveldList, code))
      problems.push(problem('unknownTaakveld', { code, list: p.taakveldList }, [...path, 'taakvelden', j]));
  return problems;
}

export function addSubject(p: Project, input: Omit<SubjectInput, 'id'> & { id?: string }): OpResult {
  const parsed = SubjectSchema.safeParse({ ...input, id: input.id ?? newId('subject') });
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['subject']));
  const s = parsed.data;
  // Goals and subjects share one namespace: a link end or a lock must name exactly one node.
  if (p.subjects.some((x) => x.id === s.id) || p.goals.some((g) => g.id === s.id))
    return fail(problem('duplicateId', { id: s.id }, ['subject', 'id']));
  const problems = checkSubject(p, s, ['subject']);
  return problems.length ? failAll(problems) : ok({ ...p, subjects: [...p.subjects, s] });
}

export function updateSubject(p: Project, id: string, changes: Partial<Omit<SubjectInput, 'id'>>): OpResult {
  const current = p.subjects.find((s) => s.id === id);
  if (!current) return fail(problem('unknownSubject', { id }));
  const parsed = SubjectSchema.safeParse({ ...current, ...changes, id });
  if (!parsed.success) return failAll(zodProblems(parsed.error, ['subject']));
  const problems = checkSubject(p, parsed.data, ['subject']);
  return problems.length ? failAll(problems) : ok({ ...p, subjects: replaceById(p.subjects, parsed.data) });
}

const withoutSubject = (g: Goal): Goal => {
  const { subjectId: _dropped, ...rest } = g;
  return rest;
};

/**
 * One draft after goals change subject (to `to`, or to none). The rule, so that a change of subject never leaves a
 * goal without the holder it had and never makes an exception by accident:
 * - a goal the draft names keeps that holder; the entry is dropped when it is the new subject's lead (it follows);
 * - a goal that followed its old subject follows the new one when that has a holder in the draft;
 * - otherwise (no new subject, or one without a holder here) it keeps the holder it had, now named for itself;
 * - a locked goal never changes holder.
 */
function rehome(d: Division, goals: readonly Goal[], to: string | undefined): Division {
  const lead = to === undefined ? undefined : subjectHolders(d, to)[0];
  const entries = new Map(Object.entries(d.assignments));
  for (const g of goals) {
    const before = nodeHolder(d, g.id, g.subjectId);
    const own = holderOf(d.assignments, g.id);
    let after: string | undefined;
    if (own !== undefined) after = own;
    else if (lead !== undefined && !d.locked.includes(g.id)) after = lead;
    else after = before;
    if (after === undefined || after === lead) entries.delete(g.id);
    else entries.set(g.id, after);
  }
  const same =
    entries.size === Object.keys(d.assignments).length &&
    [...entries].every(([k, v]) => holderOf(d.assignments, k) === v);
  // Built from entries (defined, not assigned), so an id such as "__proto__" stays an ordinary key.
  return same ? d : { ...d, assignments: Object.fromEntries(entries) };
}

/** Puts goals (already checked to exist) under `to`, or under none, adjusting every draft by the rule of `rehome`. */
export function moveGoalsToSubject(p: Project, goalIds: readonly string[], to: string | undefined): Project {
  const ids = new Set(goalIds);
  const moving = p.goals.filter((g) => ids.has(g.id) && g.subjectId !== to);
  if (!moving.length) return p;
  const moved = new Set(moving.map((g) => g.id));
  return {
    ...p,
    goals: p.goals.map((g) => (moved.has(g.id) ? (to === undefined ? withoutSubject(g) : { ...g, subjectId: to }) : g)),
    divisions: p.divisions.map((d) => rehome(d, moving, to)),
  };
}

/**
 * Put several goals under one subject, or under none with `null` (a bulk edit: one undo step). Every goal must
 * exist and the subject too; nothing changes otherwise. Each draft keeps what it says of each goal (see `rehome`).
 */
export function setGoalSubject(p: Project, goalIds: readonly string[], subjectId: string | null): OpResult {
  const known = new Set(p.goals.map((g) => g.id));
  const problems: Problem[] = [];
  goalIds.forEach((id, i) => {
    if (!known.has(id)) problems.push(problem('unknownGoal', { id }, ['goalIds', i]));
  });
  if (subjectId !== null && !p.subjects.some((s) => s.id === subjectId))
    problems.push(problem('unknownSubject', { id: subjectId }, ['subjectId']));
  if (problems.length) return failAll(problems);
  return ok(moveGoalsToSubject(p, goalIds, subjectId ?? undefined));
}

/**
 * Removing a subject removes its own links, its pin on the map and its place in every draft; its goals stay, under
 * no subject, each with the holder it had in every draft (and locked where the subject was locked), so no draft
 * changes what it gives to whom. The UI says how many links go before it asks.
 */
export function removeSubject(p: Project, id: string): OpResult {
  if (!p.subjects.some((s) => s.id === id)) return fail(problem('unknownSubject', { id }));
  const under = p.goals.filter((g) => g.subjectId === id);
  const underIds = new Set(under.map((g) => g.id));
  const touches = p.links.some((l) => l.source === id || l.target === id);
  const pinned = p.mapPositions.some((m) => m.id === id);
  return ok({
    ...p,
    subjects: p.subjects.filter((s) => s.id !== id),
    goals: under.length ? p.goals.map((g) => (underIds.has(g.id) ? withoutSubject(g) : g)) : p.goals,
    links: touches ? p.links.filter((l) => l.source !== id && l.target !== id) : p.links,
    mapPositions: pinned ? p.mapPositions.filter((m) => m.id !== id) : p.mapPositions,
    divisions: p.divisions.map((d0) => {
      const d = pruneCoalition(d0, { nodes: new Set([id]) });
      const held = Object.hasOwn(d.subjects, id);
      const locked = d.locked.includes(id);
      if (!held && !locked) return d;
      const next = rehome(d, under, undefined);
      const { [id]: _dropped, ...subjects } = d.subjects;
      // The goals that followed a locked subject were fixed with it; they stay fixed on their own.
      const followers = locked ? under.filter((g) => !Object.hasOwn(d.assignments, g.id)).map((g) => g.id) : [];
      const keep = d.locked.filter((x) => x !== id);
      const add = followers.filter((g) => !keep.includes(g) && Object.hasOwn(next.assignments, g));
      return { ...next, subjects, locked: [...keep, ...add] };
    }),
  });
}

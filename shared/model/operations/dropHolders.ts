import type { Project } from '../project';
import type { Division } from '../division';
import { pruneCoalition } from './coalitionOps';

/**
 * A draft without some of its holders: what they held alone (goals named for them, subjects only they held) becomes
 * unassigned and unlocked; a shared subject stays with its other holders (the next one leads, and the goals that
 * follow the subject go with it); arrangements and rules lose them. Nothing is left naming a holder that is gone.
 */
export function dropHolders(p: Pick<Project, 'goals'>, d: Division, gone: ReadonlySet<string>): Division {
  if (!d.portfolioIds.some((x) => gone.has(x))) return d;
  const next = pruneCoalition(d, { holders: gone });
  const assignments: Record<string, string> = {};
  for (const [g, pf] of Object.entries(next.assignments)) if (!gone.has(pf)) assignments[g] = pf;
  const subjects: Record<string, string[]> = {};
  for (const [s, holders] of Object.entries(next.subjects)) {
    const left = holders.filter((h) => !gone.has(h));
    if (left.length) subjects[s] = left;
  }
  const subjectOf = new Map(p.goals.map((g) => [g.id, g.subjectId]));
  const held = (id: string) => {
    if (Object.hasOwn(assignments, id) || Object.hasOwn(subjects, id)) return true;
    const s = subjectOf.get(id);
    return s !== undefined && Object.hasOwn(subjects, s);
  };
  return {
    ...next,
    portfolioIds: next.portfolioIds.filter((x) => !gone.has(x)),
    assignments,
    subjects,
    locked: next.locked.filter(held),
  };
}

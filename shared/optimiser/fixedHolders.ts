import type { Project } from '../model/project';
import { holderOf, type Division } from '../model/division';

export interface FixedHoldersProblem {
  /** The project reduced to the goals and holders that take part, with the division as its only draft. */
  project: Project;
  /**
   * Weight of links that stay split whatever the optimiser does: every link with an end at a holder who keeps
   * their goals, unless both ends sit with that same holder. Adding it to the reduced problem's cut (and to its
   * lower bound) gives the figures of the whole division.
   */
  constantCut: number;
}

/**
 * Holders who do not take part (the burgemeester, say) keep exactly the goals they hold; the optimiser divides
 * the rest among the others. Because no other goal can join a fixed holder, dropping their goals and links is exact:
 * those links contribute the same weight to every division the optimiser can choose.
 */
export function withoutHolders(project: Project, division: Division, fixed: ReadonlySet<string>): FixedHoldersProblem {
  const holder = (goalId: string) => holderOf(division.assignments, goalId);
  const isFixed = (goalId: string) => {
    const h = holder(goalId);
    return h !== undefined && fixed.has(h);
  };
  const goals = project.goals.filter((g) => !isFixed(g.id));
  const kept = new Set(goals.map((g) => g.id));
  let constantCut = 0;
  const links = project.links.filter((l) => {
    if (kept.has(l.source) && kept.has(l.target)) return true;
    const sameFixedHolder = isFixed(l.source) && isFixed(l.target) && holder(l.source) === holder(l.target);
    if (!sameFixedHolder) constantCut += l.strength;
    return false;
  });
  const assignments: Record<string, string> = {};
  for (const [g, h] of Object.entries(division.assignments)) if (kept.has(g)) assignments[g] = h;
  const reduced: Division = {
    ...division,
    portfolioIds: division.portfolioIds.filter((p) => !fixed.has(p)),
    assignments,
    locked: division.locked.filter((g) => kept.has(g)),
  };
  return { project: { ...project, goals, links, divisions: [reduced] }, constantCut };
}

/** The whole division: fixed holders' goals as they were, the rest as the optimiser proposes. */
export function mergeFixedHolders(
  division: Division,
  fixed: ReadonlySet<string>,
  proposal: Record<string, string>,
): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [g, h] of Object.entries(division.assignments)) if (fixed.has(h)) merged[g] = h;
  return { ...merged, ...proposal };
}

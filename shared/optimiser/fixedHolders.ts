import type { Project } from '../model/project';
import { nodeHolder, subjectHolders, type Division } from '../model/division';
import type { Placement } from '../model/operations/placementOps';
import type { KeepRule } from '../model/coalition';
import { pruneCoalition } from '../model/operations/coalitionOps';

export interface FixedHoldersProblem {
  /** The project reduced to the goals, subjects and holders that take part, with the division as its only draft. */
  project: Project;
  /**
   * Weight of links that stay split whatever the optimiser does: every link with an end at a holder who keeps
   * their goals, unless both ends sit with that same holder. Adding it to the reduced problem's cut (and to its
   * lower bound) gives the figures of the whole division.
   */
  constantCut: number;
  /**
   * Keep-together rules with nodes on both sides: some with a holder who keeps their goals, some in the search. The
   * search cannot honour them (nothing can join a fixed holder), so the caller must say so rather than search.
   */
  straddling: KeepRule[];
}

/**
 * Holders who do not take part (the burgemeester, say) keep exactly the goals and subjects they hold (their own, or
 * through a subject they lead); the optimiser divides the rest among the others. Because nothing else can join a
 * fixed holder, dropping their nodes and links is exact: those links weigh the same in every division the optimiser
 * can choose. A subject led by a fixed holder leaves the draft with them; its goals held elsewhere (exceptions) stay
 * as loose goals with their own holder. A shared subject led by a holder who takes part keeps all its holders.
 */
export function withoutHolders(project: Project, division: Division, fixed: ReadonlySet<string>): FixedHoldersProblem {
  const subjectIds = new Set(project.subjects.map((s) => s.id));
  const subjectOf = new Map(project.goals.map((g) => [g.id, g.subjectId]));
  const holder = (id: string) => nodeHolder(division, id, subjectIds.has(id) ? id : subjectOf.get(id));
  const isFixed = (id: string) => {
    const h = holder(id);
    return h !== undefined && fixed.has(h);
  };
  const leadFixed = (s: string) => {
    const lead = subjectHolders(division, s)[0];
    return lead !== undefined && fixed.has(lead);
  };
  const goals = project.goals
    .filter((g) => !isFixed(g.id))
    .map((g) => {
      if (g.subjectId === undefined || !leadFixed(g.subjectId)) return g;
      const { subjectId: _gone, ...loose } = g;
      return loose;
    });
  const subjects = project.subjects.filter((s) => !isFixed(s.id) && !leadFixed(s.id));
  const kept = new Set([...goals.map((g) => g.id), ...subjects.map((s) => s.id)]);
  const known = (id: string) => subjectOf.has(id) || subjectIds.has(id);
  let constantCut = 0;
  const links = project.links.filter((l) => {
    if (kept.has(l.source) && kept.has(l.target)) return true;
    // The analysis skips links with an unknown end or to themselves; so does the constant.
    if (!known(l.source) || !known(l.target) || l.source === l.target) return false;
    const sameFixedHolder = isFixed(l.source) && isFixed(l.target) && holder(l.source) === holder(l.target);
    if (!sameFixedHolder) constantCut += l.strength;
    return false;
  });
  // Rules and splits lose what left with the fixed holders: an apart pair or a deliberate split with one end there
  // holds in every division the search can choose (nothing joins a fixed holder), a together rule does not.
  const gone = new Set([...subjectOf.keys(), ...subjectIds].filter((id) => !kept.has(id)));
  const straddling = division.keep.filter(
    (r) => r.kind === 'together' && r.nodeIds.some((n) => gone.has(n)) && r.nodeIds.some((n) => kept.has(n)),
  );
  const reduced: Division = {
    ...pruneCoalition(division, { nodes: gone, holders: fixed }),
    portfolioIds: division.portfolioIds.filter((p) => !fixed.has(p)),
    assignments: Object.fromEntries(Object.entries(division.assignments).filter(([id]) => kept.has(id))),
    subjects: Object.fromEntries(Object.entries(division.subjects).filter(([s]) => kept.has(s))),
    locked: division.locked.filter((id) => kept.has(id)),
  };
  return { project: { ...project, goals, subjects, links, divisions: [reduced] }, constantCut, straddling };
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

/**
 * The whole placement: what fixed holders hold (own assignments to them, subjects they lead) as it was, the rest
 * as the optimiser proposes for the reduced draft (see `withoutHolders`).
 */
export function mergeFixedPlacement(division: Division, fixed: ReadonlySet<string>, proposal: Placement): Placement {
  const assignments = Object.entries(division.assignments).filter(([, h]) => fixed.has(h));
  const subjects = Object.entries(division.subjects).filter(([, hs]) => hs[0] !== undefined && fixed.has(hs[0]));
  return {
    assignments: Object.fromEntries([...assignments, ...Object.entries(proposal.assignments)]),
    subjects: Object.fromEntries([...subjects, ...Object.entries(proposal.subjects)]),
  };
}

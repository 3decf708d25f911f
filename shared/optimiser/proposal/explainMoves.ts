import type { CompactGraph } from '../../analysis/compactGraph';
import type { PlacementProblem } from '../../analysis/placementProblem';
import type { PointMove, ProposalMove } from './types';

const isSplit = (parts: Int32Array, a: number, b: number): boolean =>
  parts[a]! >= 0 && parts[b]! >= 0 && parts[a] !== parts[b];

/**
 * The moves from the draft to a division, each with the goal-level links it joins (split before, kept after) and
 * splits (kept before, split after). A link between two moved nodes belongs to the one moved first, so every
 * changed link is told once and the lists add up to the difference in split links.
 */
export function explainMoves(
  g: CompactGraph,
  problem: PlacementProblem,
  draft: Int32Array,
  after: Int32Array,
  order: readonly number[],
  portfolioIds: readonly string[],
): ProposalMove[] {
  const rank = new Map(order.map((node, i) => [node, i]));
  const moves: ProposalMove[] = listMoves(g, problem, draft, after, order, portfolioIds).map((m) => ({
    ...m,
    joins: [],
    splits: [],
  }));
  for (let l = 0; l < g.m; l++) {
    const a = problem.nodeOf[g.src[l]!]!;
    const b = problem.nodeOf[g.dst[l]!]!;
    if (a === b) continue;
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra === undefined && rb === undefined) continue;
    const was = isSplit(draft, a, b);
    const now = isSplit(after, a, b);
    if (was === now) continue;
    const owner = moves[Math.min(ra ?? Infinity, rb ?? Infinity)]!;
    (was ? owner.joins : owner.splits).push(g.linkIds[l]!);
  }
  return moves;
}

/** The moves from the draft to a division, in the given order, without their links. */
export function listMoves(
  g: CompactGraph,
  problem: PlacementProblem,
  draft: Int32Array,
  after: Int32Array,
  order: readonly number[],
  portfolioIds: readonly string[],
): PointMove[] {
  return order.map((i) => ({
    nodeId: problem.graph.goalIds[i]!,
    kind: problem.kind[i]!,
    goalIds: [...problem.members(i)].filter((v) => !g.isSubject[v]).map((v) => g.goalIds[v]!),
    from: draft[i]! >= 0 ? portfolioIds[draft[i]!]! : null,
    to: portfolioIds[after[i]!]!,
  }));
}

/** Summed strength of the goal-level links a division of the placement problem splits (the report's figure). */
export function splitWeightOf(g: CompactGraph, problem: PlacementProblem, parts: Int32Array): number {
  let w = 0;
  for (let l = 0; l < g.m; l++)
    if (isSplit(parts, problem.nodeOf[g.src[l]!]!, problem.nodeOf[g.dst[l]!]!)) w += g.weight[l]!;
  return w;
}

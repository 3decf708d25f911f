import type { Project } from '../model/project';
import type { Problem } from '../model/problem';
import type { Placement } from '../model/operations/placementOps';
import type { Division } from '../model/division';
import type { CompactGraph } from './compactGraph';
import { placementOf, placementProblem, type MoveLevel } from './placementProblem';
import {
  bestSingleMoves,
  suggestContext,
  type BalanceBand,
  type NoSuggestionReason,
  type SuggestContext,
  type SuggestOptions,
} from './suggestContext';

/** One side of a swap: a goal, or at subject level a subject with the goals that follow it (`goalIds`). */
export type SwapSide = ({ goalId: string } | { subjectId: string; goalIds: string[] }) & {
  /** The holder the node leaves; it goes to `to`, the other side's `from`. */
  from: string;
  to: string;
  /** The balance measure of `from` before and after the swap (it gives this node and takes the other). */
  fromSize: { before: number; after: number };
};

/** Two nodes of two holders that exchange holders, as one step. */
export interface SwapSuggestion {
  a: SwapSide;
  b: SwapSide;
  /** How much the weighted cut drops, links a deliberate split names left out (as for single moves). */
  gain: number;
  /** The draft's weighted cut before and after the swap, every split link counted. */
  cutBefore: number;
  cutAfter: number;
  /** Split links the swap brings inside one holder, and links inside one holder it splits (a's, then b's). */
  becomeInternal: string[];
  becomeSplit: string[];
}

export interface SwapResult {
  swaps: SwapSuggestion[];
  /** Why there is no swap; null when there is at least one. */
  reason: NoSuggestionReason | null;
  balance: BalanceBand | null;
  problems: Problem[];
}

// Gains are sums of floats: a swap must beat a single move by more than rounding.
const EPS = 1e-9;
/** Candidates per holder toward each other holder, by their single-move gain there. */
const CANDIDATES = 8;

/**
 * Swaps: two nodes (goals, or at subject level subjects and loose goals) of two holders exchange holders. A swap is
 * offered when it lowers the cut by more than the best single move of either node (`suggestMoves`), which covers
 * the swaps that are the only way to gain when the band blocks single moves: that is when negotiators swap. Both
 * holders must stay within their bands (a holder whose size changes may grow no higher than its band and shrink
 * no lower; one goal for one goal by goals changes nothing); locked, shared and keep-together nodes do not move,
 * and no swap joins what a keep-apart rule or deliberate split keeps apart. The gain is exact: gain(a→Q) +
 * gain(b→P) − 2·w(a, b). Not every pair is tried: per pair of holders the best few nodes by their gain toward the
 * other holder, and every linked pair. Each node is in at most one swap; best first, ties by node ids.
 */
export function suggestSwaps(
  project: Project,
  divisionId: string,
  options: SuggestOptions = {},
  graph?: CompactGraph,
): SwapResult {
  const c = suggestContext(project, divisionId, options, graph);
  if ('reason' in c) return { swaps: [], ...c };
  const limit = Math.max(0, options.limit ?? 10);
  const g = c.prob.graph;
  const parts = c.prob.parts;
  const k = c.k;
  const none = (reason: NoSuggestionReason): SwapResult => ({ swaps: [], reason, balance: c.band, problems: [] });

  const acc = gainRows(c);
  const single = bestSingleMoves(c).gain;
  const seen = new Set<number>();
  const found: { a: number; b: number; gain: number }[] = [];
  let blocked = 0;
  const tryPair = (x: number, y: number) => {
    const key = Math.min(x, y) * g.n + Math.max(x, y);
    if (seen.has(key)) return;
    seen.add(key);
    // a is the node of the holder that comes first in the draft.
    const [a, b] = parts[x]! < parts[y]! ? [x, y] : [y, x];
    const P = parts[a]!;
    const Q = parts[b]!;
    const gain = acc[a * k + Q]! - acc[a * k + P]! + acc[b * k + P]! - acc[b * k + Q]! - 2 * between(c, a, b, true);
    if (gain <= EPS || gain <= Math.max(single[a]!, single[b]!) + EPS) return;
    const d = c.sizeOf(b) - c.sizeOf(a);
    if (!c.fits(P, d) || !c.fits(Q, -d)) {
      blocked++;
      return;
    }
    // The rules are read with both nodes in their new places: an apart pair may swap.
    parts[a] = Q;
    parts[b] = P;
    const barred = c.rules.barred(a, Q, parts) || c.rules.barred(b, P, parts);
    parts[a] = P;
    parts[b] = Q;
    if (!barred) found.push({ a, b, gain });
  };

  for (let e = 0; e < g.m; e++) {
    const a = g.src[e]!;
    const b = g.dst[e]!;
    if (c.movable[a] && c.movable[b] && parts[a] !== parts[b]) tryPair(a, b);
  }
  const cand = candidates(c, acc);
  let movableParts = 0;
  for (let P = 0; P < k; P++) {
    if (cand.any[P]) movableParts++;
    for (let Q = P + 1; Q < k; Q++) {
      const pq = (P * k + Q) * CANDIDATES;
      const qp = (Q * k + P) * CANDIDATES;
      for (let i = 0; i < cand.count[P * k + Q]!; i++)
        for (let j = 0; j < cand.count[Q * k + P]!; j++) tryPair(cand.node[pq + i]!, cand.node[qp + j]!);
    }
  }
  if (found.length === 0) {
    if (movableParts < 2) return none('allLocked');
    return none(blocked > 0 ? 'balanceBlocks' : 'noImprovingMove');
  }

  // Ties by node ids: the rank of each node's id, so the sort compares numbers.
  const rank = new Int32Array(g.n);
  Int32Array.from({ length: g.n }, (_, v) => v)
    .sort((u, v) => (g.goalIds[u]! < g.goalIds[v]! ? -1 : 1))
    .forEach((v, i) => (rank[v] = i));
  found.sort((s, t) => {
    if (s.gain !== t.gain) return t.gain - s.gain;
    const [s1, s2, t1, t2] = [rank[s.a]!, rank[s.b]!, rank[t.a]!, rank[t.b]!];
    return Math.min(s1, s2) - Math.min(t1, t2) || Math.max(s1, s2) - Math.max(t1, t2);
  });
  const used = new Uint8Array(g.n);
  const swaps: SwapSuggestion[] = [];
  for (const s of found) {
    if (swaps.length >= limit) break;
    if (used[s.a] || used[s.b]) continue;
    used[s.a] = used[s.b] = 1;
    swaps.push(describe(c, s.a, s.b, s.gain));
  }
  return { swaps, reason: null, balance: c.band, problems: [] };
}

/** Per movable node and part, the gain weight of its links into that part (row v at v·k). */
function gainRows(c: SuggestContext): Float64Array {
  const g = c.prob.graph;
  const parts = c.prob.parts;
  const acc = new Float64Array(g.n * c.k);
  for (let v = 0; v < g.n; v++) {
    if (!c.movable[v]) continue;
    for (let j = g.adjStart[v]!; j < g.adjStart[v + 1]!; j++) {
      const p = parts[g.adjNode[j]!]!;
      if (p >= 0) acc[v * c.k + p]! += c.weightOf(j);
    }
  }
  return acc;
}

/**
 * Per ordered pair of parts (P, Q), the movable nodes of P with the highest single-move gain toward Q (whatever
 * the band says: a swap may be what lets them go), best first; the lower node index wins a tie.
 */
function candidates(c: SuggestContext, acc: Float64Array) {
  const g = c.prob.graph;
  const parts = c.prob.parts;
  const k = c.k;
  const node = new Int32Array(k * k * CANDIDATES);
  const gain = new Float64Array(k * k * CANDIDATES);
  const count = new Int32Array(k * k);
  const any = new Uint8Array(k);
  for (let v = 0; v < g.n; v++) {
    if (!c.movable[v]) continue;
    const P = parts[v]!;
    any[P] = 1;
    for (let Q = 0; Q < k; Q++) {
      if (Q === P || c.rules.barred(v, Q, parts)) continue;
      const x = acc[v * k + Q]! - acc[v * k + P]!;
      const slot = P * k + Q;
      const base = slot * CANDIDATES;
      let n = count[slot]!;
      if (n === CANDIDATES && x <= gain[base + n - 1]!) continue;
      if (n < CANDIDATES) count[slot] = ++n;
      let i = n - 1;
      while (i > 0 && gain[base + i - 1]! < x) {
        gain[base + i] = gain[base + i - 1]!;
        node[base + i] = node[base + i - 1]!;
        i--;
      }
      gain[base + i] = x;
      node[base + i] = v;
    }
  }
  return { node, count, any };
}

/** Weight of the links between a and b: for the gain (deliberate links nothing) or every link. */
function between(c: SuggestContext, a: number, b: number, forGain: boolean): number {
  const g = c.prob.graph;
  let w = 0;
  for (let j = g.adjStart[a]!; j < g.adjStart[a + 1]!; j++)
    if (g.adjNode[j] === b) w += forGain ? c.weightOf(j) : g.adjWeight[j]!;
  return w;
}

function describe(c: SuggestContext, a: number, b: number, gain: number): SwapSuggestion {
  const g = c.prob.graph;
  const parts = c.prob.parts;
  const P = parts[a]!;
  const Q = parts[b]!;
  const becomeInternal: string[] = [];
  const becomeSplit: string[] = [];
  // The whole cut changes by every link's weight, deliberate ones too; the a–b links stay split.
  let drop = 0;
  const side = (v: number, from: number, to: number, other: number) => {
    for (let j = g.adjStart[v]!; j < g.adjStart[v + 1]!; j++) {
      const u = g.adjNode[j]!;
      if (u === other) continue;
      const p = parts[u]!;
      if (p === to) {
        c.linkIds(j, becomeInternal);
        drop += g.adjWeight[j]!;
      } else if (p === from) {
        c.linkIds(j, becomeSplit);
        drop -= g.adjWeight[j]!;
      }
    }
  };
  side(a, P, Q, b);
  side(b, Q, P, a);
  const ids = c.division.portfolioIds;
  const d = c.sizeOf(b) - c.sizeOf(a);
  return {
    a: { ...c.node(a), from: ids[P]!, to: ids[Q]!, fromSize: { before: c.size[P]!, after: c.size[P]! + d } },
    b: { ...c.node(b), from: ids[Q]!, to: ids[P]!, fromSize: { before: c.size[Q]!, after: c.size[Q]! - d } },
    gain,
    cutBefore: c.cutBefore,
    cutAfter: c.cutBefore - drop,
    becomeInternal,
    becomeSplit,
  };
}

/** The node id a swap side names (a goal's or a subject's). */
export const swapNodeId = (s: SwapSide): string => ('subjectId' in s ? s.subjectId : s.goalId);

/**
 * The placement after a swap at `level`: node `aId` to `bId`'s holder and `bId` to `aId`'s, everything else where it
 * is. What applying a swap sets, as one edit; null when either node is unknown or has no holder.
 */
export function swapPlacement(
  g: CompactGraph,
  division: Pick<Division, 'portfolioIds' | 'assignments' | 'subjects' | 'locked'>,
  level: MoveLevel,
  aId: string,
  bId: string,
): Placement | null {
  const problem = placementProblem(g, division, level);
  const a = problem.graph.goalIndex.get(aId);
  const b = problem.graph.goalIndex.get(bId);
  if (a === undefined || b === undefined) return null;
  const parts = problem.parts.slice();
  if (parts[a]! < 0 || parts[b]! < 0) return null;
  parts[a] = problem.parts[b]!;
  parts[b] = problem.parts[a]!;
  return placementOf(problem, g, division, parts);
}

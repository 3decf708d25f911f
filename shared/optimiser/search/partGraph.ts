import type { CompactGraph } from '../../analysis/compactGraph';

/**
 * The graph the partitioner works on: CSR adjacency with both directions of every edge, and a weight per node
 * that the balance counts (1 per goal, or the goal's budget). Coarse levels of the multilevel scheme use the
 * same form, with merged nodes and summed edge weights.
 */
export interface PartGraph {
  n: number;
  adjStart: Uint32Array;
  adjNode: Uint32Array;
  adjWeight: Float64Array;
  nodeWeight: Float64Array;
}

/** Balance limits per part in node-weight units, and the part each fixed node must stay in (-1: free). */
export interface Limits {
  k: number;
  lo: Float64Array;
  hi: Float64Array;
  fixed: Int32Array;
  /** Slack for float comparisons of weights (budgets are euros up to 1e12). */
  eps: number;
}

export function partGraphOf(g: CompactGraph, nodeWeight: Float64Array): PartGraph {
  return { n: g.n, adjStart: g.adjStart, adjNode: g.adjNode, adjWeight: g.adjWeight, nodeWeight };
}

/** Weighted cut recomputed from scratch: the figure every result reports, free of incremental drift. */
export function cutOf(g: Pick<PartGraph, 'n' | 'adjStart' | 'adjNode' | 'adjWeight'>, part: Int32Array): number {
  let twice = 0;
  for (let v = 0; v < g.n; v++) {
    const pv = part[v]!;
    for (let e = g.adjStart[v]!, end = g.adjStart[v + 1]!; e < end; e++)
      if (part[g.adjNode[e]!] !== pv) twice += g.adjWeight[e]!;
  }
  return twice / 2;
}

/** Total weight of the edges between u and v (parallel links of different kinds add up). */
export function edgeWeight(g: PartGraph, u: number, v: number): number {
  let w = 0;
  for (let e = g.adjStart[u]!, end = g.adjStart[u + 1]!; e < end; e++) if (g.adjNode[e] === v) w += g.adjWeight[e]!;
  return w;
}

export function partWeights(g: PartGraph, k: number, part: Int32Array): Float64Array {
  const pw = new Float64Array(k);
  for (let v = 0; v < g.n; v++) pw[part[v]!]! += g.nodeWeight[v]!;
  return pw;
}

/** Every part within its limits and every fixed node in its part. */
export function isFeasible(g: PartGraph, lim: Limits, part: Int32Array): boolean {
  for (let v = 0; v < g.n; v++) {
    const p = part[v]!;
    if (p < 0 || p >= lim.k) return false;
    if (lim.fixed[v]! >= 0 && lim.fixed[v] !== p) return false;
  }
  const pw = partWeights(g, lim.k, part);
  for (let p = 0; p < lim.k; p++) if (pw[p]! < lim.lo[p]! - lim.eps || pw[p]! > lim.hi[p]! + lim.eps) return false;
  return true;
}

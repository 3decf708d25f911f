import type { Limits, PartGraph } from './partGraph';
import { cutOf } from './partGraph';
import { multilevelPartition, type MultilevelOptions } from './multilevel';
import type { Rng } from './prng';

/** The goals of two parts as a graph of their own: links to other parts are cut whichever side a goal takes. */
function pairGraph(g: PartGraph, part: Int32Array, p: number, q: number): { sub: PartGraph; nodes: Int32Array } {
  const local = new Int32Array(g.n).fill(-1);
  const nodes: number[] = [];
  for (let v = 0; v < g.n; v++)
    if (part[v] === p || part[v] === q) {
      local[v] = nodes.length;
      nodes.push(v);
    }
  const adjStart = new Uint32Array(nodes.length + 1);
  const adjNode: number[] = [];
  const adjWeight: number[] = [];
  const nodeWeight = new Float64Array(nodes.length);
  nodes.forEach((v, i) => {
    nodeWeight[i] = g.nodeWeight[v]!;
    for (let e = g.adjStart[v]!, end = g.adjStart[v + 1]!; e < end; e++) {
      const u = local[g.adjNode[e]!]!;
      if (u < 0) continue;
      adjNode.push(u);
      adjWeight.push(g.adjWeight[e]!);
    }
    adjStart[i + 1] = adjNode.length;
  });
  return {
    sub: {
      n: nodes.length,
      adjStart,
      adjNode: Uint32Array.from(adjNode),
      adjWeight: Float64Array.from(adjWeight),
      nodeWeight,
    },
    nodes: Int32Array.from(nodes),
  };
}

export interface RebisectOptions {
  /** Fresh bisections tried per pair of parts. */
  tries: number;
  ml: MultilevelOptions;
}

/**
 * Re-divides the goals of each pair of linked parts between those two parts from scratch (fresh multilevel
 * bisections), keeping a new split only when it cuts less. A division can differ from a better one by which
 * clusters two parts pair up (clusters of 30–50 goals exchanged between two portfolios), which no move, swap or
 * short chain reaches; a bisection of the two parts' goals sees those clusters whole. Links to goals of other
 * parts stay cut either way, so the pair's own cut is all that changes. In place; returns iterations spent.
 */
export function rebisectPairs(g: PartGraph, lim: Limits, part: Int32Array, rng: Rng, o: RebisectOptions): number {
  const k = lim.k;
  const between = new Float64Array(k * k);
  for (let v = 0; v < g.n; v++)
    for (let e = g.adjStart[v]!, end = g.adjStart[v + 1]!; e < end; e++) {
      const a = part[v]!;
      const b = part[g.adjNode[e]!]!;
      if (a < b) between[a * k + b]! += g.adjWeight[e]!;
    }
  const pairs: [number, number][] = [];
  for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) if (between[p * k + q]! > 0) pairs.push([p, q]);
  pairs.sort((x, y) => between[y[0] * k + y[1]]! - between[x[0] * k + x[1]]!);
  let iterations = 0;
  for (const [p, q] of pairs) {
    if (o.ml.shouldStop()) break;
    const { sub, nodes } = pairGraph(g, part, p, q);
    const fixed = new Int32Array(sub.n);
    const current = new Int32Array(sub.n);
    for (let i = 0; i < sub.n; i++) {
      const v = nodes[i]!;
      current[i] = part[v] === p ? 0 : 1;
      fixed[i] = lim.fixed[v]! < 0 ? -1 : lim.fixed[v] === p ? 0 : 1;
    }
    const subLim: Limits = {
      k: 2,
      lo: Float64Array.of(lim.lo[p]!, lim.lo[q]!),
      hi: Float64Array.of(lim.hi[p]!, lim.hi[q]!),
      fixed,
      eps: lim.eps,
    };
    let best: Int32Array = current;
    let bestCut = cutOf(sub, current);
    for (let t = 0; t < o.tries && !o.ml.shouldStop(); t++) {
      const res = multilevelPartition(sub, subLim, rng, o.ml);
      iterations += res ? res.iterations : sub.n;
      if (!res) continue;
      const cut = cutOf(sub, res.part);
      if (cut < bestCut - 1e-9) {
        best = res.part;
        bestCut = cut;
      }
    }
    if (best !== current) for (let i = 0; i < sub.n; i++) part[nodes[i]!] = best[i] === 0 ? p : q;
  }
  return iterations;
}

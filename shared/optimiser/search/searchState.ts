import type { PartGraph } from './partGraph';

/**
 * A division under search: part of each node, weight of each part, and for every node the weight of its edges
 * into every part (`conn[v * k + p]`), so the gain of any move is one subtraction.
 */
export interface SearchState {
  k: number;
  part: Int32Array;
  pw: Float64Array;
  conn: Float64Array;
  cut: number;
}

export function createState(g: PartGraph, k: number, part: Int32Array): SearchState {
  const s: SearchState = { k, part: part.slice(), pw: new Float64Array(k), conn: new Float64Array(g.n * k), cut: 0 };
  resetState(g, s, part);
  return s;
}

/** Loads another division into the same buffers. */
export function resetState(g: PartGraph, s: SearchState, part: Int32Array): void {
  const k = s.k;
  s.part.set(part);
  s.pw.fill(0);
  s.conn.fill(0);
  let twice = 0;
  for (let v = 0; v < g.n; v++) {
    const pv = part[v]!;
    s.pw[pv]! += g.nodeWeight[v]!;
    const base = v * k;
    for (let e = g.adjStart[v]!, end = g.adjStart[v + 1]!; e < end; e++) {
      const p = part[g.adjNode[e]!]!;
      s.conn[base + p]! += g.adjWeight[e]!;
      if (p !== pv) twice += g.adjWeight[e]!;
    }
  }
  s.cut = twice / 2;
}

export function moveGain(s: SearchState, v: number, to: number): number {
  const base = v * s.k;
  return s.conn[base + to]! - s.conn[base + s.part[v]!]!;
}

export function applyMove(g: PartGraph, s: SearchState, v: number, to: number): void {
  const k = s.k;
  const from = s.part[v]!;
  if (from === to) return;
  s.cut -= s.conn[v * k + to]! - s.conn[v * k + from]!;
  s.part[v] = to;
  const w = g.nodeWeight[v]!;
  s.pw[from]! -= w;
  s.pw[to]! += w;
  for (let e = g.adjStart[v]!, end = g.adjStart[v + 1]!; e < end; e++) {
    const base = g.adjNode[e]! * k;
    const ew = g.adjWeight[e]!;
    s.conn[base + from]! -= ew;
    s.conn[base + to]! += ew;
  }
}

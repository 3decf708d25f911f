import { bandAmounts, bandExcess, type ConstrainedProblem } from './constrainedProblem';

export interface ExactOptions {
  /** Nodes of the search tree at most; beyond it the answer is the best found, not proven. */
  steps: number;
  /** Honour the apart pairs and barred parts (default true); off to ask whether they are what blocks. */
  apart?: boolean;
  /** Honour the party band (default true). */
  band?: boolean;
  /** Only a division strictly below this cut is of interest. */
  below?: number;
  /** Stop at the first division that meets the constraints (a feasibility question). */
  firstOnly?: boolean;
}

export interface ExactOutcome {
  parts: Int32Array | null;
  cut: number;
  /** The whole tree was searched: `parts` is optimal, or no division meets the constraints (below `below`). */
  complete: boolean;
}

const TOL = 1e-9;

/**
 * Branch and bound over the free nodes, most linked to what is placed first: a node's cheapest part given what is
 * placed bounds what it will cut, parts above their upper limit and part sets that can no longer reach their lower
 * limits are cut off, apart pairs are checked as nodes are placed and the band at the leaves. Exact when complete;
 * meant for small problems (the step limit keeps it bounded elsewhere).
 */
export function exactSearch(cp: ConstrainedProblem, options: ExactOptions): ExactOutcome {
  const { n, k, adjStart, adjNode, adjWeight, weight, lo, hi, eps, fixed, barred, apartStart, apartNode } = cp;
  const useApart = options.apart !== false;
  const useBand = options.band !== false && cp.band !== null;
  const parts = new Int32Array(n).fill(-1);
  const connA = new Float64Array(n * k);
  const W = new Float64Array(k);
  let cutNow = 0;
  let rest = 0;
  const place = (v: number, p: number) => {
    parts[v] = p;
    W[p]! += weight[v]!;
    for (let j = adjStart[v]!; j < adjStart[v + 1]!; j++) {
      const u = adjNode[j]!;
      if (parts[u]! >= 0 && parts[u] !== p) cutNow += adjWeight[j]!;
      connA[u * k + p]! += adjWeight[j]!;
    }
  };
  const unplace = (v: number) => {
    const p = parts[v]!;
    parts[v] = -1;
    W[p]! -= weight[v]!;
    for (let j = adjStart[v]!; j < adjStart[v + 1]!; j++) {
      const u = adjNode[j]!;
      if (parts[u]! >= 0 && parts[u] !== p) cutNow -= adjWeight[j]!;
      connA[u * k + p]! -= adjWeight[j]!;
    }
  };
  for (let v = 0; v < n; v++) if (fixed[v]! >= 0) place(v, fixed[v]!);
  const order = orderOf(cp);
  for (const v of order) rest += weight[v]!;

  let best = options.below ?? Infinity;
  let bestParts: Int32Array | null = null;
  let steps = 0;
  let capped = false;
  const allowed = (v: number, p: number) => {
    if (W[p]! + weight[v]! > hi[p]! + eps) return false;
    if (!useApart) return true;
    if (barred[v * k + p]) return false;
    for (let j = apartStart[v]!; j < apartStart[v + 1]!; j++) if (parts[apartNode[j]!] === p) return false;
    return true;
  };
  const bound = (from: number) => {
    let b = cutNow;
    for (let i = from; i < order.length; i++) {
      const u = order[i]!;
      let sum = 0;
      let most = 0;
      for (let p = 0; p < k; p++) {
        const c = connA[u * k + p]!;
        sum += c;
        if (c > most && !(useApart && barred[u * k + p])) most = c;
      }
      b += sum - most;
    }
    return b;
  };
  const choices = new Int32Array(n * k);
  const visit = (i: number): void => {
    if (++steps > options.steps) {
      capped = true;
      return;
    }
    if (i === order.length) {
      for (let p = 0; p < k; p++) if (W[p]! < lo[p]! - eps) return;
      if (useBand && bandExcess(cp.band!, bandAmounts(cp, parts)) > 0) return;
      if (cutNow < best - TOL) {
        best = cutNow;
        bestParts = parts.slice();
      }
      return;
    }
    if (bound(i) >= best - TOL) return;
    let need = 0;
    for (let p = 0; p < k; p++) if (W[p]! < lo[p]!) need += lo[p]! - W[p]!;
    if (need > rest + eps) return;
    const v = order[i]!;
    // Parts the node is most linked to first: the first leaves are good divisions, so the bound bites early.
    const base = i * k;
    let m = 0;
    for (let p = 0; p < k; p++) if (allowed(v, p)) choices[base + m++] = p;
    for (let a = 1; a < m; a++) {
      const p = choices[base + a]!;
      let b = a - 1;
      while (b >= 0 && connA[v * k + choices[base + b]!]! < connA[v * k + p]!) {
        choices[base + b + 1] = choices[base + b]!;
        b--;
      }
      choices[base + b + 1] = p;
    }
    rest -= weight[v]!;
    for (let c = 0; c < m; c++) {
      place(v, choices[base + c]!);
      visit(i + 1);
      unplace(v);
      if (capped || (options.firstOnly && bestParts)) break;
    }
    rest += weight[v]!;
  };
  visit(0);
  return { parts: bestParts, cut: bestParts ? best : Infinity, complete: !capped };
}

/** Free nodes, each next the one most linked to what is placed (then the most linked overall). */
function orderOf(cp: ConstrainedProblem): number[] {
  const { n, adjStart, adjNode, adjWeight, fixed } = cp;
  const toPlaced = new Float64Array(n);
  const degree = new Float64Array(n);
  const done = new Uint8Array(n);
  for (let v = 0; v < n; v++)
    for (let j = adjStart[v]!; j < adjStart[v + 1]!; j++) {
      degree[v]! += adjWeight[j]!;
      if (fixed[adjNode[j]!]! >= 0) toPlaced[v]! += adjWeight[j]!;
    }
  const order: number[] = [];
  for (;;) {
    let pick = -1;
    for (let v = 0; v < n; v++) {
      if (done[v] || fixed[v]! >= 0) continue;
      if (pick < 0 || toPlaced[v]! > toPlaced[pick]! || (toPlaced[v] === toPlaced[pick] && degree[v]! > degree[pick]!))
        pick = v;
    }
    if (pick < 0) return order;
    done[pick] = 1;
    order.push(pick);
    for (let j = adjStart[pick]!; j < adjStart[pick + 1]!; j++) toPlaced[adjNode[j]!]! += adjWeight[j]!;
  }
}

import type { Limits, PartGraph } from './partGraph';

/** Above this many parts the exact relabelling (2^k states) is skipped; real colleges have at most about 9. */
const RELABEL_UP_TO = 16;

/**
 * Gives each part's free goals the portfolio that fits its locked goals best, as one permutation of the labels
 * (in place), and returns how much the cut fell. With locked goals a division's labels matter: a search can
 * build the right clusters but hand a cluster to the wrong holder, and no move, swap or short chain repairs that
 * (every goal of the cluster would have to move). Relabelling keeps every link among free goals as it is
 * (goals together stay together), so only links between free and locked goals change: the best permutation is an
 * assignment problem, solved exactly over subsets of labels, with a pair allowed only when the part's free
 * weight plus the label's locked weight stays within that label's limits. Only a strictly lower cut is applied.
 */
export function relabelToLocks(g: PartGraph, lim: Limits, part: Int32Array): number {
  const { k, fixed } = lim;
  if (k < 2 || k > RELABEL_UP_TO) return 0;
  let anyFixed = false;
  for (let v = 0; v < g.n && !anyFixed; v++) anyFixed = fixed[v]! >= 0;
  if (!anyFixed) return 0;

  // fit[i·k + j]: link weight between the free goals of part i and the goals locked to portfolio j.
  const fit = new Float64Array(k * k);
  const freeWeight = new Float64Array(k);
  const lockedWeight = new Float64Array(k);
  for (let v = 0; v < g.n; v++) {
    if (fixed[v]! >= 0) {
      lockedWeight[fixed[v]!]! += g.nodeWeight[v]!;
      continue;
    }
    const i = part[v]!;
    freeWeight[i]! += g.nodeWeight[v]!;
    for (let e = g.adjStart[v]!, end = g.adjStart[v + 1]!; e < end; e++) {
      const j = fixed[g.adjNode[e]!]!;
      if (j >= 0) fit[i * k + j]! += g.adjWeight[e]!;
    }
  }
  const allowed = (i: number, j: number): boolean => {
    const w = lockedWeight[j]! + freeWeight[i]!;
    return w >= lim.lo[j]! - lim.eps && w <= lim.hi[j]! + lim.eps;
  };

  // best[mask]: the largest fit when parts 0 … |mask|−1 take the labels in mask; from[mask] the last label taken.
  const full = (1 << k) - 1;
  const best = new Float64Array(full + 1).fill(-Infinity);
  const from = new Int8Array(full + 1).fill(-1);
  best[0] = 0;
  for (let mask = 0; mask < full; mask++) {
    if (best[mask] === -Infinity) continue;
    const i = popcount(mask);
    for (let j = 0; j < k; j++) {
      if (mask & (1 << j) || !allowed(i, j)) continue;
      const next = mask | (1 << j);
      const value = best[mask]! + fit[i * k + j]!;
      if (value > best[next]!) {
        best[next] = value;
        from[next] = j;
      }
    }
  }
  let current = 0;
  for (let i = 0; i < k; i++) current += fit[i * k + i]!;
  const gain = best[full]! - current;
  // The same links summed in another order differ by float noise: only a real gain counts.
  if (!(gain > 1e-9 * Math.max(1, current))) return 0;

  const label = new Int32Array(k);
  for (let mask = full, i = k - 1; i >= 0; i--) {
    const j = from[mask]!;
    label[i] = j;
    mask &= ~(1 << j);
  }
  for (let v = 0; v < g.n; v++) if (fixed[v]! < 0) part[v] = label[part[v]!]!;
  return gain;
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

import type { Limits, PartGraph } from './partGraph';
import { type Rng } from './prng';

/**
 * A first division that respects locks and, as far as greedy filling can, balance: goals are taken in
 * breadth-first order from random seeds and each joins the part it is most linked to among those with room.
 * Balance is finished by `repairBalance`.
 */
export function constructGreedy(g: PartGraph, lim: Limits, rng: Rng, initial?: Int32Array): Int32Array {
  const { n } = g;
  const { k } = lim;
  const part = new Int32Array(n).fill(-1);
  const pw = new Float64Array(k);
  let total = 0;
  for (let v = 0; v < n; v++) total += g.nodeWeight[v]!;
  for (let v = 0; v < n; v++)
    if (lim.fixed[v]! >= 0) {
      part[v] = lim.fixed[v]!;
      pw[part[v]!]! += g.nodeWeight[v]!;
    }
  // Fill towards the middle of each part's range so the last goals still find room.
  const cap = new Float64Array(k);
  for (let p = 0; p < k; p++) cap[p] = Math.min(lim.hi[p]!, Math.max(lim.lo[p]!, total / k));
  const conn = new Float64Array(k);
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  let head = 0;
  let tail = 0;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // Locked goals seed the search so their neighbours gather around them.
  for (let v = 0; v < n; v++)
    if (part[v]! >= 0) {
      queue[tail++] = v;
      queued[v] = 1;
    }
  let next = 0;
  while (head < n) {
    if (head === tail) {
      while (queued[order[next]!]) next++;
      queue[tail++] = order[next]!;
      queued[order[next]!] = 1;
    }
    const v = queue[head++]!;
    if (part[v]! < 0) {
      conn.fill(0);
      for (let e = g.adjStart[v]!, end = g.adjStart[v + 1]!; e < end; e++) {
        const p = part[g.adjNode[e]!]!;
        if (p >= 0) conn[p]! += g.adjWeight[e]!;
      }
      const initialPart = initial ? initial[v]! : -1;
      let best = -1;
      let bestScore = -Infinity;
      for (let p = 0; p < k; p++) {
        const room = cap[p]! - pw[p]!;
        const fits = pw[p]! + g.nodeWeight[v]! <= cap[p]! + lim.eps;
        const score = (fits ? 1e15 : 0) + conn[p]! * 1e3 + (p === initialPart ? 1 : 0) + room / (total + 1);
        if (score > bestScore) {
          bestScore = score;
          best = p;
        }
      }
      part[v] = best;
      pw[best]! += g.nodeWeight[v]!;
    }
    for (let e = g.adjStart[v]!, end = g.adjStart[v + 1]!; e < end; e++) {
      const u = g.adjNode[e]!;
      if (!queued[u]) {
        queued[u] = 1;
        queue[tail++] = u;
      }
    }
  }
  return part;
}

function violation(pw: Float64Array, lim: Limits): number {
  let s = 0;
  for (let p = 0; p < lim.k; p++) s += Math.max(0, pw[p]! - lim.hi[p]!) + Math.max(0, lim.lo[p]! - pw[p]!);
  return s;
}

/**
 * Moves and swaps free goals until every part is within its limits, each step the one that reduces the excess
 * most (ties: the one that cuts fewest links). Returns false when no step helps any more: with budgets, balance
 * can be out of reach (a bin-packing question), which the optimiser then reports.
 */
export function repairBalance(g: PartGraph, lim: Limits, part: Int32Array, maxSteps = 10 * g.n + 100): boolean {
  const { n } = g;
  const { k } = lim;
  const pw = new Float64Array(k);
  for (let v = 0; v < n; v++) pw[part[v]!]! += g.nodeWeight[v]!;
  const tol = lim.eps * k;
  const connOf = (v: number, p: number): number => {
    let c = 0;
    for (let e = g.adjStart[v]!, end = g.adjStart[v + 1]!; e < end; e++)
      if (part[g.adjNode[e]!] === p) c += g.adjWeight[e]!;
    return c;
  };
  for (let step = 0; step < maxSteps; step++) {
    const viol = violation(pw, lim);
    if (viol <= tol) return true;
    let bestDelta = -tol;
    let bestGain = -Infinity;
    let bu = -1;
    let bq = -1;
    let bv = -1;
    for (let v = 0; v < n; v++) {
      if (lim.fixed[v]! >= 0) continue;
      const a = part[v]!;
      const w = g.nodeWeight[v]!;
      if (w === 0) continue;
      for (let q = 0; q < k; q++) {
        if (q === a) continue;
        pw[a]! -= w;
        pw[q]! += w;
        const delta = violation(pw, lim) - viol;
        pw[a]! += w;
        pw[q]! -= w;
        if (delta < bestDelta - tol || (delta <= bestDelta + tol && delta < -tol)) {
          const gain = connOf(v, q) - connOf(v, a);
          if (delta < bestDelta - tol || gain > bestGain) {
            bestDelta = delta;
            bestGain = gain;
            bu = v;
            bq = q;
          }
        }
      }
    }
    if (bu < 0) {
      // No single move helps: look for a swap between an out-of-range part and another one.
      for (let u = 0; u < n && bv < 0; u++) {
        if (lim.fixed[u]! >= 0) continue;
        const a = part[u]!;
        if (pw[a]! <= lim.hi[a]! + lim.eps && pw[a]! >= lim.lo[a]! - lim.eps) continue;
        for (let v = 0; v < n; v++) {
          const b = part[v]!;
          if (b === a || lim.fixed[v]! >= 0) continue;
          const d = g.nodeWeight[v]! - g.nodeWeight[u]!;
          pw[a]! += d;
          pw[b]! -= d;
          const delta = violation(pw, lim) - viol;
          pw[a]! -= d;
          pw[b]! += d;
          if (delta < bestDelta) {
            bestDelta = delta;
            bu = u;
            bv = v;
          }
        }
      }
      if (bv < 0) return false;
      const a = part[bu]!;
      const b = part[bv]!;
      part[bu] = b;
      part[bv] = a;
      pw[a]! += g.nodeWeight[bv]! - g.nodeWeight[bu]!;
      pw[b]! += g.nodeWeight[bu]! - g.nodeWeight[bv]!;
      bv = -1;
      continue;
    }
    const a = part[bu]!;
    part[bu] = bq;
    pw[a]! -= g.nodeWeight[bu]!;
    pw[bq]! += g.nodeWeight[bu]!;
  }
  return violation(pw, lim) <= tol;
}

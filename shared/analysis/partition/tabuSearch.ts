import type { Limits, PartGraph } from './partGraph';
import { applyMove, resetState, type SearchState } from './searchState';
import type { Rng } from './prng';

export interface TabuOptions {
  /** Iterations (moves or swaps) in all; the budget that keeps a run deterministic. */
  maxIter: number;
  /** Iterations without a new best before the search restarts from the best with a random kick. */
  stall: number;
  /** Goals swapped at random in a kick. */
  kick: number;
  /** Candidates kept per ordered pair of parts for the swap neighbourhood. */
  swapCandidates: number;
  shouldStop(): boolean;
  onIteration?(iter: number, bestCut: number): void;
}

export interface TabuResult {
  part: Int32Array;
  cut: number;
  iterations: number;
  stopped: boolean;
}

/**
 * Iterated tabu search over balance-keeping moves and swaps. Each iteration takes the best feasible single move
 * or the best swap between two parts (a swap is what keeps strict balance when no single move may), forbids
 * the goal's way back for a random tenure, and after `stall` idle iterations restarts from the best division
 * with a random kick. The state must start feasible and stays feasible.
 */
export function tabuSearch(g: PartGraph, lim: Limits, s: SearchState, rng: Rng, o: TabuOptions): TabuResult {
  const n = g.n;
  const k = lim.k;
  const { lo, hi, eps } = lim;
  const { part, pw, conn } = s;
  const nw = g.nodeWeight;
  const free: number[] = [];
  for (let v = 0; v < n; v++) if (lim.fixed[v]! < 0) free.push(v);
  const nf = free.length;
  const best = part.slice();
  let bestCut = s.cut;
  if (nf === 0 || k < 2) return { part: best, cut: bestCut, iterations: 0, stopped: false };

  const tabu = new Int32Array(n * k);
  const T = o.swapCandidates;
  const cN = new Int32Array(k * k * T);
  const cG = new Float64Array(k * k * T);
  const cC = new Int32Array(k * k);
  const tenureSpan = Math.max(3, Math.min(40, Math.floor(nf / 10)));
  let lastImprove = 0;
  let iter = 0;
  let stopped = false;

  const edgeW = (u: number, v: number): number => {
    let w = 0;
    for (let e = g.adjStart[u]!, end = g.adjStart[u + 1]!; e < end; e++) if (g.adjNode[e] === v) w += g.adjWeight[e]!;
    return w;
  };
  const move = (v: number, to: number): void => {
    tabu[v * k + part[v]!] = iter + 2 + rng.int(tenureSpan);
    applyMove(g, s, v, to);
  };

  for (; iter < o.maxIter; iter++) {
    if ((iter & 127) === 0) {
      if (o.shouldStop()) {
        stopped = true;
        break;
      }
      o.onIteration?.(iter, bestCut);
    }
    cC.fill(0);
    let mGain = -Infinity;
    let mV = -1;
    let mQ = -1;
    let ties = 0;
    const offset = rng.int(nf);
    for (let i = 0; i < nf; i++) {
      let idx = i + offset;
      if (idx >= nf) idx -= nf;
      const v = free[idx]!;
      const a = part[v]!;
      const base = v * k;
      const ca = conn[base + a]!;
      const wv = nw[v]!;
      const canLeave = pw[a]! - wv >= lo[a]! - eps;
      for (let q = 0; q < k; q++) {
        if (q === a) continue;
        const gain = conn[base + q]! - ca;
        const isTabu = tabu[base + q]! > iter;
        if (isTabu && s.cut - gain >= bestCut - 1e-9) continue;
        if (canLeave && pw[q]! + wv <= hi[q]! + eps) {
          if (gain > mGain) {
            mGain = gain;
            mV = v;
            mQ = q;
            ties = 1;
          } else if (gain === mGain && rng.int(++ties) === 0) {
            mV = v;
            mQ = q;
          }
        }
        if (isTabu) continue;
        // Keep the T best goals for leaving part a towards part q, sorted by gain.
        const list = a * k + q;
        const at = list * T;
        let c = cC[list]!;
        if (c === T && gain <= cG[at + T - 1]!) continue;
        if (c < T) c++;
        let j = c - 1;
        while (j > 0 && cG[at + j - 1]! < gain) {
          cG[at + j] = cG[at + j - 1]!;
          cN[at + j] = cN[at + j - 1]!;
          j--;
        }
        cG[at + j] = gain;
        cN[at + j] = v;
        cC[list] = c;
      }
    }

    let sGain = -Infinity;
    let sU = -1;
    let sV = -1;
    for (let a = 0; a < k; a++)
      for (let b = a + 1; b < k; b++) {
        const lab = a * k + b;
        const lba = b * k + a;
        const nab = cC[lab]!;
        const nba = cC[lba]!;
        for (let x = 0; x < nab; x++) {
          const gu = cG[lab * T + x]!;
          if (gu + cG[lba * T]! <= sGain) break;
          const u = cN[lab * T + x]!;
          for (let y = 0; y < nba; y++) {
            const gv = cG[lba * T + y]!;
            if (gu + gv <= sGain) break;
            const v = cN[lba * T + y]!;
            const d = nw[v]! - nw[u]!;
            if (d !== 0) {
              const wa = pw[a]! + d;
              const wb = pw[b]! - d;
              if (wa < lo[a]! - eps || wa > hi[a]! + eps || wb < lo[b]! - eps || wb > hi[b]! + eps) continue;
            }
            const gain = gu + gv - 2 * edgeW(u, v);
            if (gain > sGain) {
              sGain = gain;
              sU = u;
              sV = v;
            }
          }
        }
      }

    if (mV < 0 && sU < 0) {
      // Everything is tabu or blocked: kick from the best.
      kick();
      continue;
    }
    if (sU >= 0 && sGain > mGain) {
      const a = part[sU]!;
      const b = part[sV]!;
      move(sU, b);
      move(sV, a);
    } else move(mV, mQ);

    if (s.cut < bestCut - 1e-9) {
      bestCut = s.cut;
      best.set(part);
      lastImprove = iter;
    } else if (iter - lastImprove > o.stall) kick();
  }
  return { part: best, cut: bestCut, iterations: iter, stopped };

  function kick(): void {
    resetState(g, s, best);
    tabu.fill(0);
    lastImprove = iter;
    for (let t = 0, tries = 0; t < o.kick && tries < o.kick * 20; tries++) {
      const u = free[rng.int(nf)]!;
      const v = free[rng.int(nf)]!;
      const a = part[u]!;
      const b = part[v]!;
      if (a === b) continue;
      const d = nw[v]! - nw[u]!;
      const wa = pw[a]! + d;
      const wb = pw[b]! - d;
      if (wa < lo[a]! - eps || wa > hi[a]! + eps || wb < lo[b]! - eps || wb > hi[b]! + eps) continue;
      move(u, b);
      move(v, a);
      t++;
    }
  }
}

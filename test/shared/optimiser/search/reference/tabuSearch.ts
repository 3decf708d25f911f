import { edgeWeight, type Limits, type PartGraph } from '../../../../../shared/optimiser/search/partGraph';
import { resetState, type SearchState } from '../../../../../shared/optimiser/search/searchState';
import type { Rng } from '../../../../../shared/optimiser/search/prng';
import type { TabuOptions, TabuResult } from '../../../../../shared/optimiser/search/tabuSearch';
import { createHeaps, moveTracked, rebuildHeaps } from './moveHeaps';

// The TypeScript reference of the compiled tabu kernel (shared/optimiser/search/kernel/assembly/): the
// same search, step for step and draw for draw, so the kernel's tests can demand identical results.

/** The search `tabuSearch` (shared/optimiser/search/tabuSearch.ts) documents. */
export function tabuSearchReference(g: PartGraph, lim: Limits, s: SearchState, rng: Rng, o: TabuOptions): TabuResult {
  // As the kernel: start from the division alone, whatever drift the state's sums carry.
  resetState(g, s, s.part.slice());
  const n = g.n;
  const k = lim.k;
  const { lo, hi, eps } = lim;
  const { part, pw, conn } = s;
  const nw = g.nodeWeight;
  const free: number[] = [];
  let minW = Infinity;
  for (let v = 0; v < n; v++)
    if (lim.fixed[v]! < 0) {
      free.push(v);
      minW = Math.min(minW, nw[v]!);
    }
  const nf = free.length;
  const best = part.slice();
  let bestCut = s.cut;
  if (nf === 0 || k < 2) return { part: best, cut: bestCut, iterations: 0, stopped: false };

  const H = createHeaps(g, k, lim.fixed, rng);
  rebuildHeaps(H, s);
  const { node: hNode, key: hKey, size: hSize, cap } = H;
  // The frontier of a best-first visit of one heap: slots and their keys.
  const fS = new Int32Array(nf + 2);
  const fK = new Float64Array(nf + 2);
  const tabu = new Int32Array(n * k);
  const T = o.swapCandidates;
  const cN = new Int32Array(k * k * T);
  const cG = new Float64Array(k * k * T);
  const cC = new Int32Array(k * k);
  const tenureSpan = Math.max(3, Math.min(40, Math.floor(nf / 10)));
  let lastImprove = 0;
  let iter = 0;
  let stopped = false;

  const move = (v: number, to: number): void => {
    tabu[v * k + part[v]!] = iter + 2 + rng.int(tenureSpan);
    moveTracked(g, s, H, v, to);
  };

  for (; iter < o.maxIter; iter++) {
    if ((iter & 127) === 0) {
      if (o.shouldStop()) {
        stopped = true;
        break;
      }
      o.onIteration?.(iter, bestCut);
    }
    let mGain = -Infinity;
    let mV = -1;
    let mQ = -1;
    // Visit each heap from its top, best first, down only as far as an entry could still be the best move or one
    // of the T best swap candidates: a heap's children never gain more than their parent, so the first entry
    // that cannot matter ends the heap (a depth-first visit popped three times as many entries).
    const first = rng.int(k);
    for (let ai = 0; ai < k; ai++) {
      const a = ai + first < k ? ai + first : ai + first - k;
      for (let q = 0; q < k; q++) {
        if (q === a) continue;
        const h = a * k + q;
        const at = h * T;
        cC[h] = 0;
        const size = hSize[h]!;
        if (size === 0) continue;
        const wMax = Math.min(pw[a]! - lo[a]! + eps, hi[q]! + eps - pw[q]!);
        const canMove = wMax >= minW;
        const base = h * cap;
        // Best first: the frontier (slots whose parents were visited) is kept sorted by key, the largest last.
        let top = 1;
        fS[0] = 0;
        fK[0] = hKey[base]!;
        while (top > 0) {
          const i = fS[--top]!;
          const gain = fK[top]!;
          const c: number = cC[h]!;
          // Everything left in this heap gains less: the candidates are full and no move here can win.
          if ((c === T ? gain <= cG[at + T - 1]! : false) && (!canMove || gain <= mGain)) break;
          const v = hNode[base + i]!;
          const isTabu = tabu[v * k + q]! > iter;
          // Aspiration on the exact gain: the heap's key carries a tie-breaking jitter.
          if (
            canMove &&
            gain > mGain &&
            nw[v]! <= wMax &&
            (!isTabu || s.cut - (conn[v * k + q]! - conn[v * k + a]!) < bestCut - 1e-9)
          ) {
            mGain = gain;
            mV = v;
            mQ = q;
          }
          if (!isTabu && (c < T || gain > cG[at + T - 1]!)) {
            // Keep the T best goals for leaving part a towards part q, sorted by gain.
            let j = c < T ? c : T - 1;
            if (c < T) cC[h] = c + 1;
            while (j > 0 && cG[at + j - 1]! < gain) {
              cG[at + j] = cG[at + j - 1]!;
              cN[at + j] = cN[at + j - 1]!;
              j--;
            }
            cG[at + j] = gain;
            cN[at + j] = v;
          }
          for (let l = 2 * i + 1, last = Math.min(l + 2, size); l < last; l++) {
            const kl = hKey[base + l]!;
            let j = top++;
            while (j > 0 && fK[j - 1]! > kl) {
              fK[j] = fK[j - 1]!;
              fS[j] = fS[j - 1]!;
              j--;
            }
            fK[j] = kl;
            fS[j] = l;
          }
        }
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
            const gain = gu + gv - 2 * edgeWeight(g, u, v);
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
    rebuildHeaps(H, s);
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

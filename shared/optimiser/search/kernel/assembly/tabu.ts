// The tabu search's inner loop (tabuSearch.ts documents the search, reference/moveHeaps.ts the heaps), compiled to
// WebAssembly: the same steps in the same order with the same generator, so it returns exactly the division the
// TypeScript reference (test/shared/optimiser/search/reference/) returns, about 1.6x faster per step.
// layout.ts holds the pointers into linear memory that tabuKernel.ts lays out, heaps.ts the state and the move
// heaps; nothing allocates. Rebuild with `npm run build:kernel` after a change.
import {
  N, K, CAP, T, NF, EPS, CUT, ITER, BESTCUT, pLo, pHi, pNW, pPart, pPw, pConn, pHKey, pHNode, pHSize, pBest, pFS,
  pFK, pTabu, pCN, pCG, pCC, pFreeList, i32at, i32set, f64at, f64set, rngInt,
} from './layout';
import { resetState, rebuildHeaps, moveTracked, edgeWeight } from './heaps';

export { init, setRng, getRng } from './layout';
export { resetState } from './heaps';

// Every 128 steps: 1 to stop (cancel or time limit), and the caller's progress report.
@external('env', 'progress')
declare function progress(iter: i32, bestCut: f64): i32;

let tenureSpan: i32 = 3;
let lastImprove: i32 = 0;

@inline function tabuMove(v: i32, to: i32): void {
  i32set(pTabu, v * K + i32at(pPart, v), ITER + 2 + rngInt(tenureSpan));
  moveTracked(v, to);
}

function kick(nKick: i32): void {
  resetState(pBest);
  rebuildHeaps();
  memory.fill(pTabu, 0, <usize>(N * K) << 2);
  lastImprove = ITER;
  const lo = pLo;
  const hi = pHi;
  const eps = EPS;
  for (let t = 0, tries = 0; t < nKick && tries < nKick * 20; tries++) {
    const u = i32at(pFreeList, rngInt(NF));
    const v = i32at(pFreeList, rngInt(NF));
    const a = i32at(pPart, u);
    const b = i32at(pPart, v);
    if (a == b) continue;
    const d = f64at(pNW, v) - f64at(pNW, u);
    const wa = f64at(pPw, a) + d;
    const wb = f64at(pPw, b) - d;
    if (wa < f64at(lo, a) - eps || wa > f64at(hi, a) + eps || wb < f64at(lo, b) - eps || wb > f64at(hi, b) + eps) continue;
    tabuMove(u, b);
    tabuMove(v, a);
    t++;
  }
}

/** Runs the search from the loaded state; returns the iterations, with bit 30 set when progress() said stop. */
export function search(maxIter: i32, stall: i32, nKick: i32, minW: f64): i32 {
  const k = K;
  const eps = EPS;
  const cap = CAP;
  memory.copy(pBest, pPart, <usize>N << 2);
  BESTCUT = CUT;
  rebuildHeaps();
  memory.fill(pTabu, 0, <usize>(N * k) << 2);
  tenureSpan = max(3, min(40, NF / 10));
  lastImprove = 0;
  let stopped = 0;
  for (ITER = 0; ITER < maxIter; ITER++) {
    const iter = ITER;
    if ((iter & 127) == 0) {
      if (progress(iter, BESTCUT) != 0) {
        stopped = 1;
        break;
      }
    }
    let mGain: f64 = -Infinity;
    let mV = -1;
    let mQ = -1;
    const first = rngInt(k);
    for (let ai = 0; ai < k; ai++) {
      const a = ai + first < k ? ai + first : ai + first - k;
      const pwa = f64at(pPw, a);
      const loa = f64at(pLo, a);
      for (let q = 0; q < k; q++) {
        if (q == a) continue;
        const h = a * k + q;
        const at = h * T;
        i32set(pCC, h, 0);
        const size = i32at(pHSize, h);
        if (size == 0) continue;
        const wMax = min(pwa - loa + eps, f64at(pHi, q) + eps - f64at(pPw, q));
        const canMove = wMax >= minW;
        const base = h * cap;
        // Best first: the frontier (slots whose parents were visited) is kept sorted by key, the largest last. A
        // heap's children never gain more than their parent, so the first entry that cannot matter ends the heap.
        let top = 1;
        i32set(pFS, 0, 0);
        f64set(pFK, 0, f64at(pHKey, base));
        let c = 0;
        let cLast: f64 = -Infinity;
        while (top > 0) {
          top--;
          const i = i32at(pFS, top);
          const gain = f64at(pFK, top);
          // Everything left in this heap gains less: the candidates are full and no move here can win.
          if (c == T && gain <= cLast && (!canMove || gain <= mGain)) break;
          const v = i32at(pHNode, base + i);
          const isTabu = i32at(pTabu, v * k + q) > iter;
          // Aspiration on the exact gain: the heap's key carries a tie-breaking jitter.
          if (canMove && gain > mGain && f64at(pNW, v) <= wMax &&
            (!isTabu || CUT - (f64at(pConn, v * k + q) - f64at(pConn, v * k + a)) < BESTCUT - 1e-9)) {
            mGain = gain;
            mV = v;
            mQ = q;
          }
          if (!isTabu && (c < T || gain > cLast)) {
            // Keep the T best goals for leaving part a towards part q, sorted by gain.
            let j = c < T ? c : T - 1;
            if (c < T) c++;
            while (j > 0 && f64at(pCG, at + j - 1) < gain) {
              f64set(pCG, at + j, f64at(pCG, at + j - 1));
              i32set(pCN, at + j, i32at(pCN, at + j - 1));
              j--;
            }
            f64set(pCG, at + j, gain);
            i32set(pCN, at + j, v);
            if (c == T) cLast = f64at(pCG, at + T - 1);
          }
          const l0 = 2 * i + 1;
          const last = min(l0 + 2, size);
          for (let l = l0; l < last; l++) {
            const kl = f64at(pHKey, base + l);
            let j = top++;
            while (j > 0 && f64at(pFK, j - 1) > kl) {
              f64set(pFK, j, f64at(pFK, j - 1));
              i32set(pFS, j, i32at(pFS, j - 1));
              j--;
            }
            f64set(pFK, j, kl);
            i32set(pFS, j, l);
          }
        }
        i32set(pCC, h, c);
      }
    }

    let sGain: f64 = -Infinity;
    let sU = -1;
    let sV = -1;
    for (let a = 0; a < k; a++)
      for (let b = a + 1; b < k; b++) {
        const lab = a * k + b;
        const lba = b * k + a;
        const nab = i32at(pCC, lab);
        const nba = i32at(pCC, lba);
        for (let x = 0; x < nab; x++) {
          const gu = f64at(pCG, lab * T + x);
          if (gu + f64at(pCG, lba * T) <= sGain) break;
          const u = i32at(pCN, lab * T + x);
          for (let y = 0; y < nba; y++) {
            const gv = f64at(pCG, lba * T + y);
            if (gu + gv <= sGain) break;
            const v = i32at(pCN, lba * T + y);
            const d = f64at(pNW, v) - f64at(pNW, u);
            if (d != 0) {
              const wa = f64at(pPw, a) + d;
              const wb = f64at(pPw, b) - d;
              if (wa < f64at(pLo, a) - eps || wa > f64at(pHi, a) + eps || wb < f64at(pLo, b) - eps || wb > f64at(pHi, b) + eps) continue;
            }
            const gain = gu + gv - 2 * edgeWeight(u, v);
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
      kick(nKick);
      continue;
    }
    if (sU >= 0 && sGain > mGain) {
      const a = i32at(pPart, sU);
      const b = i32at(pPart, sV);
      tabuMove(sU, b);
      tabuMove(sV, a);
    } else tabuMove(mV, mQ);

    if (CUT < BESTCUT - 1e-9) {
      BESTCUT = CUT;
      memory.copy(pBest, pPart, <usize>N << 2);
      lastImprove = ITER;
    } else if (ITER - lastImprove > stall) kick(nKick);
  }
  return ITER | (stopped << 30);
}

export function bestCut(): f64 {
  return BESTCUT;
}

export function currentCut(): f64 {
  return CUT;
}

// The tabu search's inner loop (tabuSearch.ts documents the search, reference/moveHeaps.ts the heaps), compiled to
// WebAssembly: the same steps in the same order with the same generator, so it returns exactly the division the
// TypeScript reference (test/shared/analysis/partition/reference/) returns, about 1.6x faster per step.
// All arrays live in linear memory laid out by tabuKernel.ts; this file only reads and writes through the
// pointers init() receives, and allocates nothing. Rebuild with `npm run build:kernel` after a change.
let N: i32 = 0;
let K: i32 = 0;
let CAP: i32 = 0;
let T: i32 = 0;
let NF: i32 = 0;
let pAdjStart: usize = 0;
let pAdjNode: usize = 0;
let pAdjW: usize = 0;
let pNW: usize = 0;
let pLo: usize = 0;
let pHi: usize = 0;
let pFixed: usize = 0;
let pPart: usize = 0;
let pPw: usize = 0;
let pConn: usize = 0;
let pHNode: usize = 0;
let pHKey: usize = 0;
let pHSize: usize = 0;
let pPos: usize = 0;
let pFree: usize = 0;
let pBest: usize = 0;
let pFS: usize = 0;
let pFK: usize = 0;
let pTabu: usize = 0;
let pCN: usize = 0;
let pCG: usize = 0;
let pCC: usize = 0;
let pFreeList: usize = 0;
let pJit: usize = 0;
let EPS: f64 = 0;
let CUT: f64 = 0;
let JITTER: f64 = 0;
let nextJit: i32 = 0;
let rngA: u32 = 0;
let ITER: i32 = 0;
let BESTCUT: f64 = 0;

// Every 128 steps: 1 to stop (cancel or time limit), and the caller's progress report.
@external('env', 'progress')
declare function progress(iter: i32, bestCut: f64): i32;

@inline function i32at(p: usize, i: i32): i32 {
  return load<i32>(p + (<usize>i << 2));
}
@inline function i32set(p: usize, i: i32, v: i32): void {
  store<i32>(p + (<usize>i << 2), v);
}
// Goal indices and CSR offsets stay far below 2^31, so the unsigned arrays read as i32.
@inline function u32at(p: usize, i: i32): i32 {
  return load<i32>(p + (<usize>i << 2));
}
@inline function f64at(p: usize, i: i32): f64 {
  return load<f64>(p + (<usize>i << 3));
}
@inline function f64set(p: usize, i: i32, v: f64): void {
  store<f64>(p + (<usize>i << 3), v);
}

// mulberry32, as prng.ts: u32 arithmetic wraps exactly as Math.imul and the int32 conversions there.
function rngNext(): f64 {
  rngA = rngA + 0x6d2b79f5;
  let t = rngA;
  t = (t ^ (t >>> 15)) * (t | 1);
  t ^= t + (t ^ (t >>> 7)) * (t | 61);
  return <f64>(t ^ (t >>> 14)) / 4294967296.0;
}
@inline function rngInt(n: i32): i32 {
  return <i32>Math.floor(rngNext() * <f64>n);
}
// 4095: JITTERS − 1 (jitter.ts; the wrapper lays out a table of 4096).
@inline function drawJitter(): f64 {
  const j = f64at(pJit, nextJit & 4095) * JITTER;
  nextJit++;
  return j;
}

export function setRng(a: u32, jitStart: i32, jitter: f64): void {
  rngA = a;
  nextJit = jitStart;
  JITTER = jitter;
}
export function getRng(): u32 {
  return rngA;
}

export function init(
  n: i32, k: i32, cap: i32, t: i32, nf: i32, eps: f64,
  adjStart: usize, adjNode: usize, adjW: usize, nw: usize, lo: usize, hi: usize, fixed: usize,
  part: usize, pw: usize, conn: usize,
  hNode: usize, hKey: usize, hSize: usize, pos: usize, free: usize,
  best: usize, fS: usize, fK: usize, tabu: usize, cN: usize, cG: usize, cC: usize, freeList: usize, jit: usize,
): void {
  N = n; K = k; CAP = cap; T = t; NF = nf; EPS = eps;
  pAdjStart = adjStart; pAdjNode = adjNode; pAdjW = adjW; pNW = nw; pLo = lo; pHi = hi; pFixed = fixed;
  pPart = part; pPw = pw; pConn = conn;
  pHNode = hNode; pHKey = hKey; pHSize = hSize; pPos = pos; pFree = free;
  pBest = best; pFS = fS; pFK = fK; pTabu = tabu; pCN = cN; pCG = cG; pCC = cC; pFreeList = freeList; pJit = jit;
}

export function resetState(from: usize): void {
  const k = K;
  memory.copy(pPart, from, <usize>N << 2);
  memory.fill(pPw, 0, <usize>k << 3);
  memory.fill(pConn, 0, <usize>(N * k) << 3);
  let twice: f64 = 0;
  for (let v = 0; v < N; v++) {
    const pv = i32at(pPart, v);
    f64set(pPw, pv, f64at(pPw, pv) + f64at(pNW, v));
    const base = v * k;
    const end = u32at(pAdjStart, v + 1);
    for (let e = u32at(pAdjStart, v); e < end; e++) {
      const p = i32at(pPart, u32at(pAdjNode, e));
      const w = f64at(pAdjW, e);
      f64set(pConn, base + p, f64at(pConn, base + p) + w);
      if (p != pv) twice += w;
    }
  }
  CUT = twice / 2;
}

function siftUp(h: i32, i: i32): void {
  const k = K;
  const base = h * CAP;
  const q = h % k;
  const v = i32at(pHNode, base + i);
  const kv = f64at(pHKey, base + i);
  while (i > 0) {
    const p = (i - 1) >> 1;
    const kp = f64at(pHKey, base + p);
    if (kp >= kv) break;
    const u = i32at(pHNode, base + p);
    i32set(pHNode, base + i, u);
    f64set(pHKey, base + i, kp);
    i32set(pPos, u * k + q, i);
    i = p;
  }
  i32set(pHNode, base + i, v);
  f64set(pHKey, base + i, kv);
  i32set(pPos, v * k + q, i);
}

function siftDown(h: i32, i: i32): void {
  const k = K;
  const base = h * CAP;
  const q = h % k;
  const n = i32at(pHSize, h);
  const v = i32at(pHNode, base + i);
  const kv = f64at(pHKey, base + i);
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    let kc = f64at(pHKey, base + c);
    if (c + 1 < n) {
      const kc1 = f64at(pHKey, base + c + 1);
      if (kc1 > kc) {
        c++;
        kc = kc1;
      }
    }
    if (kc <= kv) break;
    const u = i32at(pHNode, base + c);
    i32set(pHNode, base + i, u);
    f64set(pHKey, base + i, kc);
    i32set(pPos, u * k + q, i);
    i = c;
  }
  i32set(pHNode, base + i, v);
  f64set(pHKey, base + i, kv);
  i32set(pPos, v * k + q, i);
}

/** Fills every heap from the state (after a reset): O(n·k). */
export function rebuildHeaps(): void {
  const k = K;
  memory.fill(pHSize, 0, <usize>(k * k) << 2);
  for (let v = 0; v < N; v++) {
    if (load<u8>(pFree + v) == 0) continue;
    const a = i32at(pPart, v);
    const ca = f64at(pConn, v * k + a);
    for (let q = 0; q < k; q++) {
      if (q == a) continue;
      const h = a * k + q;
      const i = i32at(pHSize, h);
      i32set(pHSize, h, i + 1);
      i32set(pHNode, h * CAP + i, v);
      f64set(pHKey, h * CAP + i, f64at(pConn, v * k + q) - ca + drawJitter());
    }
  }
  for (let h = 0; h < k * k; h++) {
    const n = i32at(pHSize, h);
    const base = h * CAP;
    for (let i = 0; i < n; i++) i32set(pPos, i32at(pHNode, base + i) * k + (h % k), i);
    for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(h, i);
  }
}

function removeAt(h: i32, i: i32): void {
  const base = h * CAP;
  const last = i32at(pHSize, h) - 1;
  i32set(pHSize, h, last);
  i32set(pPos, i32at(pHNode, base + i) * K + (h % K), -1);
  if (i == last) return;
  const old = f64at(pHKey, base + i);
  i32set(pHNode, base + i, i32at(pHNode, base + last));
  const kv = f64at(pHKey, base + last);
  f64set(pHKey, base + i, kv);
  if (kv > old) siftUp(h, i);
  else siftDown(h, i);
}

function insert(h: i32, v: i32, kv: f64): void {
  const i = i32at(pHSize, h);
  i32set(pHSize, h, i + 1);
  i32set(pHNode, h * CAP + i, v);
  f64set(pHKey, h * CAP + i, kv);
  siftUp(h, i);
}

function rekey(u: i32, c: i32, q: i32): void {
  const k = K;
  const h = c * k + q;
  const i = i32at(pPos, u * k + q);
  const at = h * CAP + i;
  const old = f64at(pHKey, at);
  const kv = f64at(pConn, u * k + q) - f64at(pConn, u * k + c) + drawJitter();
  f64set(pHKey, at, kv);
  if (kv > old) siftUp(h, i);
  else siftDown(h, i);
}

function applyMove(v: i32, to: i32): void {
  const k = K;
  const from = i32at(pPart, v);
  if (from == to) return;
  CUT -= f64at(pConn, v * k + to) - f64at(pConn, v * k + from);
  i32set(pPart, v, to);
  const w = f64at(pNW, v);
  f64set(pPw, from, f64at(pPw, from) - w);
  f64set(pPw, to, f64at(pPw, to) + w);
  const end = u32at(pAdjStart, v + 1);
  for (let e = u32at(pAdjStart, v); e < end; e++) {
    const base = u32at(pAdjNode, e) * k;
    const ew = f64at(pAdjW, e);
    f64set(pConn, base + from, f64at(pConn, base + from) - ew);
    f64set(pConn, base + to, f64at(pConn, base + to) + ew);
  }
}

/** Moves free goal v to part `to`, keeping the state and the heaps in step. */
function moveTracked(v: i32, to: i32): void {
  const k = K;
  const a = i32at(pPart, v);
  if (a == to) return;
  for (let q = 0; q < k; q++) if (q != a) removeAt(a * k + q, i32at(pPos, v * k + q));
  applyMove(v, to);
  const end = u32at(pAdjStart, v + 1);
  for (let e = u32at(pAdjStart, v); e < end; e++) {
    const u = u32at(pAdjNode, e);
    if (load<u8>(pFree + u) == 0) continue;
    const c = i32at(pPart, u);
    if (c == a || c == to) {
      // u's links into its own part changed, so every move of u changed gain.
      for (let q = 0; q < k; q++) if (q != c) rekey(u, c, q);
    } else {
      rekey(u, c, a);
      rekey(u, c, to);
    }
  }
  const ct = f64at(pConn, v * k + to);
  for (let q = 0; q < k; q++) if (q != to) insert(to * k + q, v, f64at(pConn, v * k + q) - ct + drawJitter());
}

function edgeWeight(u: i32, v: i32): f64 {
  let w: f64 = 0;
  const end = u32at(pAdjStart, u + 1);
  for (let e = u32at(pAdjStart, u); e < end; e++) if (u32at(pAdjNode, e) == v) w += f64at(pAdjW, e);
  return w;
}

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

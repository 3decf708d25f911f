// The state of a division (part weights, links per part, cut) and the move heaps: one max-heap of move gains
// per ordered pair of parts (reference/moveHeaps.ts in the tests documents them), kept in step with every move.
import {
  N, K, CAP, EPS, CUT, pAdjStart, pAdjNode, pAdjW, pNW, pPart, pPw, pConn, pHNode, pHKey, pHSize, pPos, pFree,
  i32at, i32set, u32at, f64at, f64set, drawJitter,
} from './layout';

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
export function moveTracked(v: i32, to: i32): void {
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

export function edgeWeight(u: i32, v: i32): f64 {
  let w: f64 = 0;
  const end = u32at(pAdjStart, u + 1);
  for (let e = u32at(pAdjStart, u); e < end; e++) if (u32at(pAdjNode, e) == v) w += f64at(pAdjW, e);
  return w;
}

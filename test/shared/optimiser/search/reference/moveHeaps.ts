import type { PartGraph } from '../../../../../shared/optimiser/search/partGraph';
import { applyMove, type SearchState } from '../../../../../shared/optimiser/search/searchState';
import type { Rng } from '../../../../../shared/optimiser/search/prng';
import { JITTERS, jitterOf, jitterUnits } from '../../../../../shared/optimiser/search/jitter';

// The TypeScript reference of the compiled kernel's heaps (kernel/assembly/heaps.ts): readable, slower, and
// what the kernel's tests compare it with step for step.

/**
 * The gains of all single moves, kept in one max-heap per ordered pair of parts (a → q) over the free goals of
 * part a, so the tabu search finds its best moves and swap candidates by visiting the top of k·(k−1) heaps
 * instead of scanning every goal and part each step. A move updates only the entries of the moved goal and of
 * its neighbours (O(degree · k · log n)), which is what makes a step cheap at 300–500 goals.
 */
export interface MoveHeaps {
  k: number;
  /** Slots per heap: the number of free goals (any part may hold them all). */
  cap: number;
  /** Goal in slot i of heap h = a·k + q, at h·cap + i. */
  node: Int32Array;
  /** Gain of that goal's move from a to q, at the same place. */
  key: Float64Array;
  size: Int32Array;
  /** Slot of goal v in its heap towards q, at v·k + q (−1 when absent). */
  pos: Int32Array;
  /** 1 for goals that may move. */
  free: Uint8Array;
  /**
   * A random amount below any real difference of gains, added to each key when it is set: equal gains then come
   * out of the heaps in random order, as the tabu search's ties must (a fixed order made it cycle).
   */
  jitter: number;
  /** Where this search reads the shared table of jitters next (its start is drawn from the seed). */
  nextJitter: number;
}

const JITTER_UNITS = jitterUnits();

/**
 * Units of jitter from one fixed table, read in turn from a seeded start: a generator call per key change cost a
 * tenth of the search, and the table keeps a search deterministic for its seed.
 */
function drawJitter(H: MoveHeaps): number {
  return JITTER_UNITS[H.nextJitter++ & (JITTERS - 1)]! * H.jitter;
}

export function createHeaps(g: PartGraph, k: number, fixed: Int32Array, rng: Rng): MoveHeaps {
  const free = new Uint8Array(g.n);
  let cap = 0;
  for (let v = 0; v < g.n; v++)
    if (fixed[v]! < 0) {
      free[v] = 1;
      cap++;
    }
  return {
    k,
    cap,
    node: new Int32Array(k * k * Math.max(1, cap)),
    key: new Float64Array(k * k * Math.max(1, cap)),
    size: new Int32Array(k * k),
    pos: new Int32Array(g.n * k).fill(-1),
    free,
    jitter: jitterOf(g),
    nextJitter: rng.int(JITTERS),
  };
}

function siftUp(H: MoveHeaps, h: number, i: number): void {
  const { node, key, pos, k } = H;
  const base = h * H.cap;
  const q = h % k;
  const v = node[base + i]!;
  const kv = key[base + i]!;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (key[base + p]! >= kv) break;
    const u = node[base + p]!;
    node[base + i] = u;
    key[base + i] = key[base + p]!;
    pos[u * k + q] = i;
    i = p;
  }
  node[base + i] = v;
  key[base + i] = kv;
  pos[v * k + q] = i;
}

function siftDown(H: MoveHeaps, h: number, i: number): void {
  const { node, key, pos, k } = H;
  const base = h * H.cap;
  const q = h % k;
  const n = H.size[h]!;
  const v = node[base + i]!;
  const kv = key[base + i]!;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && key[base + c + 1]! > key[base + c]!) c++;
    if (key[base + c]! <= kv) break;
    const u = node[base + c]!;
    node[base + i] = u;
    key[base + i] = key[base + c]!;
    pos[u * k + q] = i;
    i = c;
  }
  node[base + i] = v;
  key[base + i] = kv;
  pos[v * k + q] = i;
}

/** Fills every heap from the state (after a reset): O(n·k). */
export function rebuildHeaps(H: MoveHeaps, s: SearchState): void {
  const { k, cap, node, key, size, free } = H;
  const { part, conn } = s;
  size.fill(0);
  for (let v = 0; v < free.length; v++) {
    if (!free[v]) continue;
    const a = part[v]!;
    const ca = conn[v * k + a]!;
    for (let q = 0; q < k; q++) {
      if (q === a) continue;
      const h = a * k + q;
      const i = size[h]!++;
      node[h * cap + i] = v;
      key[h * cap + i] = conn[v * k + q]! - ca + drawJitter(H);
    }
  }
  for (let h = 0; h < k * k; h++) {
    const n = size[h]!;
    const base = h * cap;
    for (let i = 0; i < n; i++) H.pos[node[base + i]! * k + (h % k)] = i;
    for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(H, h, i);
  }
}

function removeAt(H: MoveHeaps, h: number, i: number): void {
  const base = h * H.cap;
  const last = --H.size[h]!;
  H.pos[H.node[base + i]! * H.k + (h % H.k)] = -1;
  if (i === last) return;
  const old = H.key[base + i]!;
  H.node[base + i] = H.node[base + last]!;
  H.key[base + i] = H.key[base + last]!;
  if (H.key[base + i]! > old) siftUp(H, h, i);
  else siftDown(H, h, i);
}

function insert(H: MoveHeaps, h: number, v: number, kv: number): void {
  const i = H.size[h]!++;
  H.node[h * H.cap + i] = v;
  H.key[h * H.cap + i] = kv;
  siftUp(H, h, i);
}

function rekey(H: MoveHeaps, s: SearchState, u: number, c: number, q: number): void {
  const k = H.k;
  const h = c * k + q;
  const i = H.pos[u * k + q]!;
  const at = h * H.cap + i;
  const old = H.key[at]!;
  const kv = s.conn[u * k + q]! - s.conn[u * k + c]! + drawJitter(H);
  H.key[at] = kv;
  if (kv > old) siftUp(H, h, i);
  else siftDown(H, h, i);
}

/** Moves free goal v to part `to`, keeping the state and the heaps in step. */
export function moveTracked(g: PartGraph, s: SearchState, H: MoveHeaps, v: number, to: number): void {
  const k = H.k;
  const a = s.part[v]!;
  if (a === to) return;
  for (let q = 0; q < k; q++) if (q !== a) removeAt(H, a * k + q, H.pos[v * k + q]!);
  applyMove(g, s, v, to);
  const { part, conn } = s;
  for (let e = g.adjStart[v]!, end = g.adjStart[v + 1]!; e < end; e++) {
    const u = g.adjNode[e]!;
    if (!H.free[u]) continue;
    const c = part[u]!;
    if (c === a || c === to) {
      // u's links into its own part changed, so every move of u changed gain.
      for (let q = 0; q < k; q++) if (q !== c) rekey(H, s, u, c, q);
    } else {
      rekey(H, s, u, c, a);
      rekey(H, s, u, c, to);
    }
  }
  const ct = conn[v * k + to]!;
  for (let q = 0; q < k; q++) if (q !== to) insert(H, to * k + q, v, conn[v * k + q]! - ct + drawJitter(H));
}

import type { Limits, PartGraph } from '../partGraph';
import { resetState, type SearchState } from '../searchState';
import type { Rng } from '../prng';
import type { TabuOptions, TabuResult } from '../tabuSearch';
import { JITTERS, jitterOf, jitterUnits } from '../jitter';
import { TABU_KERNEL_WASM_BASE64 } from './tabuWasm';

interface KernelExports {
  memory: WebAssembly.Memory;
  init(...args: number[]): void;
  setRng(state: number, jitterStart: number, jitter: number): void;
  getRng(): number;
  resetState(partPtr: number): void;
  search(maxIter: number, stall: number, kick: number, minWeight: number): number;
  bestCut(): number;
  currentCut(): number;
}

interface Kernel {
  ex: KernelExports;
  /** Where this call's arrays start: after the kernel's own data and the jitter table. */
  base: number;
}

let kernel: Kernel | null = null;
let hooks: Pick<TabuOptions, 'shouldStop' | 'onIteration'> | null = null;

function decodeBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * One instance per thread (the app's workers, the bench's lanes), compiled on first use (under 2 ms). Only off
 * the UI thread: Chromium refuses to compile modules over 4 KB synchronously on a page's main thread.
 */
function loadKernel(): Kernel {
  if (kernel) return kernel;
  const module = new WebAssembly.Module(decodeBase64(TABU_KERNEL_WASM_BASE64));
  const instance = new WebAssembly.Instance(module, {
    env: {
      progress: (iter: number, bestCut: number): number => {
        if (hooks?.shouldStop()) return 1;
        hooks?.onIteration?.(iter, bestCut);
        return 0;
      },
    },
  });
  const ex = instance.exports as unknown as KernelExports;
  const jitterAt = ex.memory.buffer.byteLength;
  ex.memory.grow(Math.ceil((JITTERS * 8) / 65536));
  new Float64Array(ex.memory.buffer, jitterAt, JITTERS).set(jitterUnits());
  kernel = { ex, base: jitterAt + JITTERS * 8 };
  return kernel;
}

/** Step counts travel as i32 with the stop flag in bit 30: anything larger is as good as endless here. */
const MAX_COUNT = 0x3fffffff;
const STOPPED = 1 << 30;

/**
 * Runs the compiled tabu search on state `s` and returns the best division, its cut and the iterations. The
 * search starts from `s.part` alone: part weights, links per part and the cut are recomputed from it (so float
 * drift from earlier incremental moves does not carry over), and `s` is left at the search's last division. The
 * generator's state is handed over and back, so the caller's later draws continue the same sequence.
 */
export function runTabuKernel(g: PartGraph, lim: Limits, s: SearchState, rng: Rng, o: TabuOptions): TabuResult {
  const k = lim.k;
  let nFree = 0;
  let minWeight = Infinity;
  for (let v = 0; v < g.n; v++)
    if (lim.fixed[v]! < 0) {
      nFree++;
      minWeight = Math.min(minWeight, g.nodeWeight[v]!);
    }
  if (nFree === 0 || k < 2) {
    resetState(g, s, s.part.slice());
    return { part: s.part.slice(), cut: s.cut, iterations: 0, stopped: false };
  }
  const { ex, base } = loadKernel();
  const n = g.n;
  const m = g.adjStart[n]!;
  const T = Math.max(1, Math.floor(o.swapCandidates));
  const count = (x: number): number => Math.min(Math.max(0, Math.ceil(x)), MAX_COUNT);
  const cap = Math.max(1, nFree);
  // Byte sizes in the order init() takes the pointers (object keys keep their order, and init's parameters in
  // kernel/assembly/layout.ts are listed in this order); each array starts on an 8-byte boundary.
  const layout = {
    adjStart: (n + 1) * 4,
    adjNode: m * 4,
    adjWeight: m * 8,
    nodeWeight: n * 8,
    lo: k * 8,
    hi: k * 8,
    fixed: n * 4,
    part: n * 4,
    partWeight: k * 8,
    conn: n * k * 8,
    heapGoal: k * k * cap * 4,
    heapKey: k * k * cap * 8,
    heapSize: k * k * 4,
    heapPos: n * k * 4,
    free: n,
    best: n * 4,
    frontierSlot: (nFree + 2) * 4,
    frontierKey: (nFree + 2) * 8,
    tabu: n * k * 4,
    candidateGoal: k * k * T * 4,
    candidateGain: k * k * T * 8,
    candidateCount: k * k * 4,
    freeList: cap * 4,
  };
  const p = {} as Record<keyof typeof layout, number>;
  let end = base;
  for (const [name, bytes] of Object.entries(layout)) {
    p[name as keyof typeof layout] = end;
    end += Math.ceil(bytes / 8) * 8;
  }
  const have = ex.memory.buffer.byteLength;
  if (end > have) ex.memory.grow(Math.ceil((end - have) / 65536));
  const buf = ex.memory.buffer;
  new Uint32Array(buf, p.adjStart, n + 1).set(g.adjStart.subarray(0, n + 1));
  new Uint32Array(buf, p.adjNode, m).set(g.adjNode.subarray(0, m));
  new Float64Array(buf, p.adjWeight, m).set(g.adjWeight.subarray(0, m));
  new Float64Array(buf, p.nodeWeight, n).set(g.nodeWeight.subarray(0, n));
  new Float64Array(buf, p.lo, k).set(lim.lo);
  new Float64Array(buf, p.hi, k).set(lim.hi);
  new Int32Array(buf, p.fixed, n).set(lim.fixed);
  const free = new Uint8Array(buf, p.free, n);
  const freeList = new Int32Array(buf, p.freeList, cap);
  for (let v = 0, j = 0; v < n; v++) {
    free[v] = lim.fixed[v]! < 0 ? 1 : 0;
    if (free[v]) freeList[j++] = v;
  }
  // The start division goes in the best-division slot; resetState copies it into the state.
  new Int32Array(buf, p.best, n).set(s.part);
  ex.init(n, k, cap, T, nFree, lim.eps, ...Object.values(p), base - 8 * JITTERS);
  const jitterStart = rng.int(JITTERS);
  ex.setRng(rng.state, jitterStart, jitterOf(g));
  ex.resetState(p.best);
  hooks = o;
  let ret: number;
  try {
    ret = ex.search(count(o.maxIter), count(o.stall), count(o.kick), minWeight);
  } finally {
    hooks = null;
  }
  rng.state = ex.getRng();
  const out = ex.memory.buffer;
  s.part.set(new Int32Array(out, p.part, n));
  s.pw.set(new Float64Array(out, p.partWeight, k));
  s.conn.set(new Float64Array(out, p.conn, n * k));
  s.cut = ex.currentCut();
  return {
    part: new Int32Array(out, p.best, n).slice(),
    cut: ex.bestCut(),
    iterations: ret & MAX_COUNT,
    stopped: (ret & STOPPED) !== 0,
  };
}

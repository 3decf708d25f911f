// Where the tabu kernel's arrays live in linear memory (laid out by ../tabuKernel.ts and handed over in init()),
// typed loads and stores into them, the generator and the jitter table. Nothing here allocates.
export let N: i32 = 0;
export let K: i32 = 0;
export let CAP: i32 = 0;
export let T: i32 = 0;
export let NF: i32 = 0;
export let pAdjStart: usize = 0;
export let pAdjNode: usize = 0;
export let pAdjW: usize = 0;
export let pNW: usize = 0;
export let pLo: usize = 0;
export let pHi: usize = 0;
export let pFixed: usize = 0;
export let pPart: usize = 0;
export let pPw: usize = 0;
export let pConn: usize = 0;
export let pHNode: usize = 0;
export let pHKey: usize = 0;
export let pHSize: usize = 0;
export let pPos: usize = 0;
export let pFree: usize = 0;
export let pBest: usize = 0;
export let pFS: usize = 0;
export let pFK: usize = 0;
export let pTabu: usize = 0;
export let pCN: usize = 0;
export let pCG: usize = 0;
export let pCC: usize = 0;
export let pFreeList: usize = 0;
export let pJit: usize = 0;
export let EPS: f64 = 0;
export let CUT: f64 = 0;
export let JITTER: f64 = 0;
export let nextJit: i32 = 0;
export let rngA: u32 = 0;
export let ITER: i32 = 0;
export let BESTCUT: f64 = 0;

@inline export function i32at(p: usize, i: i32): i32 {
  return load<i32>(p + (<usize>i << 2));
}
@inline export function i32set(p: usize, i: i32, v: i32): void {
  store<i32>(p + (<usize>i << 2), v);
}
// Goal indices and CSR offsets stay far below 2^31, so the unsigned arrays read as i32.
@inline export function u32at(p: usize, i: i32): i32 {
  return load<i32>(p + (<usize>i << 2));
}
@inline export function f64at(p: usize, i: i32): f64 {
  return load<f64>(p + (<usize>i << 3));
}
@inline export function f64set(p: usize, i: i32, v: f64): void {
  store<f64>(p + (<usize>i << 3), v);
}

// mulberry32, as prng.ts: u32 arithmetic wraps exactly as Math.imul and the int32 conversions there.
export function rngNext(): f64 {
  rngA = rngA + 0x6d2b79f5;
  let t = rngA;
  t = (t ^ (t >>> 15)) * (t | 1);
  t ^= t + (t ^ (t >>> 7)) * (t | 61);
  return <f64>(t ^ (t >>> 14)) / 4294967296.0;
}
@inline export function rngInt(n: i32): i32 {
  return <i32>Math.floor(rngNext() * <f64>n);
}
// 4095: JITTERS − 1 (jitter.ts; the wrapper lays out a table of 4096).
@inline export function drawJitter(): f64 {
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

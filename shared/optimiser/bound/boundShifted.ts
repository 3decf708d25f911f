import type { CompactGraph } from '../../analysis/compactGraph';
import { limitedSum, symmetricEigenvalues } from './boundSpectral';
import { ShiftAscent, type ShiftState } from './boundShiftAscent';

export interface ShiftedOptions {
  /**
   * σ_v per goal: the eigenvalues are those of S(L + D)S with S = diag(σ), and `limits` bound the partial sums
   * of the parts' Σ 1/σ_v² (sorted, largest first). All 1 (the default) counts goals.
   */
  scale?: Float64Array;
  /** Ascent steps at most per phase (default 60); 0 gives the plain bound at d = 0. */
  iterations?: number;
  /** Ascent steps at most over both phases together (default 2 × `iterations`): the work limit. */
  maxSteps?: number;
  /** Pairs that get a nonnegative multiplier in the second phase (default 40 per goal; 0: shift only). */
  pairs?: number;
  /** Safety stop: stop the ascent and certify the shift found so far (`timedOut` says it fired). */
  outOfTime?(): boolean;
  /** Cancelled: return at once without a bound. */
  shouldStop?(): boolean;
}

export interface ShiftedResult {
  /** Certified by a dense backward-stable solve at the shift found; −Infinity when cancelled. */
  bound: number;
  iterations: number;
  /** The safety stop cut the ascent short, so another run may give another figure. */
  timedOut: boolean;
}

/** Dense S(L + D)S, row-major, and a bound on its norm (largest absolute row sum). */
function denseMatrix(g: CompactGraph, st: ShiftState, sigma: Float64Array): { a: Float64Array; norm: number } {
  const n = g.n;
  const a = new Float64Array(n * n);
  for (let e = 0; e < g.m; e++) {
    const s = g.src[e]!;
    const t = g.dst[e]!;
    const w = g.weight[e]! * sigma[s]! * sigma[t]!;
    a[s * n + t]! -= w;
    a[t * n + s]! -= w;
  }
  for (let p = 0; p < st.pairN.length; p++) {
    const s = st.pairA[p]!;
    const t = st.pairB[p]!;
    const w = st.pairN[p]! * sigma[s]! * sigma[t]!;
    a[s * n + t]! -= w;
    a[t * n + s]! -= w;
  }
  for (let v = 0; v < n; v++) a[v * n + v] = (g.degree[v]! + st.d[v]!) * sigma[v]! * sigma[v]!;
  let norm = 0;
  for (let i = 0; i < n; i++) {
    let row = 0;
    for (let j = 0; j < n; j++) row += Math.abs(a[i * n + j]!);
    norm = Math.max(norm, row);
  }
  return { a, norm };
}

/**
 * Donath–Hoffman with optimised multipliers. X is the 0/1 part matrix of a division (one 1 per row). For any
 * diagonal D, tr(XᵀDX) = Σ d; for any N ≥ 0 entrywise with zero diagonal, tr(XᵀNX) = Σ of N over pairs in the
 * same part ≥ 0. So 2·cut ≥ tr(Xᵀ(L + D − N)X) − Σ d. With Y = S⁻¹X the columns of Y are orthogonal with
 * squared norms Σ_{v∈part} 1/σ_v², hence tr(Xᵀ(L + D − N)X) = tr(Yᵀ S(L+D−N)S Y) ≥ Σ_i (those norms, largest
 * first)·μ_i (μ ascending), and with the partial sums replaced by their limits (coefficients μ_i − μ_{i+1} ≤ 0)
 * this holds for every division meeting the balance. So ½(limitedSum(μ, limits) − Σ d) bounds the cut for every
 * d and N ≥ 0; they are only chosen by gradient ascent on approximate eigenvectors (first d alone, then d and N
 * on the pairs the eigenvectors most want apart), and the value returned comes from a dense backward-stable
 * eigenvalue solve with its error margin subtracted.
 */
export function shiftedSpectralBound(
  g: CompactGraph,
  k: number,
  limits: Float64Array,
  o: ShiftedOptions = {},
): ShiftedResult {
  const n = g.n;
  if (n < Math.max(2, k) || k < 2 || limits.length !== k) return { bound: 0, iterations: 0, timedOut: false };
  const sigma = o.scale ?? new Float64Array(n).fill(1);
  const none = { pairA: new Int32Array(0), pairB: new Int32Array(0), pairN: new Float64Array(0) };
  let state: ShiftState = { d: new Float64Array(n), ...none };
  const iterations = o.iterations ?? 60;
  const maxSteps = o.maxSteps ?? 2 * iterations;
  const outOfTime = o.outOfTime ?? (() => false);
  const shouldStop = o.shouldStop ?? (() => false);
  const cancelled = (done: number): ShiftedResult => ({ bound: -Infinity, iterations: done, timedOut: false });
  let done = 0;
  let timedOut = false;
  if (iterations > 0 && maxSteps > 0) {
    const run = new ShiftAscent(g, k, limits, sigma, state);
    const first = run.run({ iterations: Math.min(iterations, maxSteps), outOfTime, shouldStop });
    if (first < 0) return cancelled(0);
    done = first;
    const pairs = o.pairs ?? PAIRS_PER_GOAL * n;
    if (pairs > 0 && done < maxSteps && !run.timedOut) {
      // Second phase: weights on the pairs the eigenvectors most want apart, chosen once.
      const chosen = choosePairs(run, sigma, pairs);
      run.state = { d: run.state.d, ...chosen };
      const second = run.run({ iterations: Math.min(iterations, maxSteps - done), outOfTime, shouldStop });
      if (second < 0) return cancelled(done);
      done += second;
    }
    state = run.state;
    timedOut = run.timedOut;
  }
  if (shouldStop()) return cancelled(done);
  return { bound: certify(g, k, limits, state, sigma), iterations: done, timedOut };
}

/**
 * Pairs per goal that get a multiplier in the second phase (40: at 300 goals 0.6–2 % higher bounds than 20, at
 * 500 within ±0.8 % under the time cap).
 */
const PAIRS_PER_GOAL = 40;

/** The pairs whose multiplier gradient −Σ w_i σ_a σ_b u_i(a) u_i(b) is largest and positive. */
function choosePairs(run: ShiftAscent, sigma: Float64Array, count: number): Omit<ShiftState, 'd'> {
  const n = sigma.length;
  const spread = run.spread();
  const vectors = run.block.vectors;
  const score = new Float64Array((n * (n - 1)) / 2);
  let p = 0;
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++, p++) {
      let t = 0;
      for (let i = 0; i < spread.length; i++) t -= spread[i]! * vectors[i]![a]! * vectors[i]![b]!;
      score[p] = t * sigma[a]! * sigma[b]!;
    }
  const order = Array.from(score.keys()).sort((x, y) => score[y]! - score[x]!);
  const keep = order.slice(0, count).filter((q) => score[q]! > 0);
  const pairA = new Int32Array(keep.length);
  const pairB = new Int32Array(keep.length);
  // Row-major pair index back to (a, b).
  const rowStart = new Float64Array(n);
  for (let a = 1; a < n; a++) rowStart[a] = rowStart[a - 1]! + (n - a);
  keep.forEach((q, i) => {
    let a = 0;
    while (a + 1 < n && rowStart[a + 1]! <= q) a++;
    pairA[i] = a;
    pairB[i] = a + 1 + (q - rowStart[a]!);
  });
  return { pairA, pairB, pairN: new Float64Array(keep.length) };
}

/** The bound at shift d from a dense backward-stable solve, every float error counted against it. */
function certify(g: CompactGraph, k: number, limits: Float64Array, st: ShiftState, sigma: Float64Array): number {
  const n = g.n;
  const { a, norm } = denseMatrix(g, st, sigma);
  let trace = 0;
  for (let v = 0; v < n; v++) trace += a[v * n + v]!;
  const mu = symmetricEigenvalues(a, n);
  // Backward error of the dense solve, generously: every eigenvalue may sit this much too high.
  const margin = 64 * n * Number.EPSILON * norm + 1e-12 * norm;
  let sumMu = 0;
  for (const x of mu) sumMu += x;
  // A QL iteration that gave up leaves garbage: its eigenvalues no longer add up to the trace.
  if (!(Math.abs(sumMu - trace) <= n * margin)) return 0;
  // The total must be the parts' exact Σ 1/σ², since its coefficient μ_k may have either sign.
  const exact = Float64Array.from(limits);
  let total = 0;
  for (const s of sigma) total += 1 / (s * s);
  exact[k - 1] = total;
  let sd = 0;
  let size = 0;
  for (const x of st.d) {
    sd += x;
    size += Math.abs(x);
  }
  const shifted = Float64Array.from(mu.subarray(0, k), (x) => x - margin);
  // Rounding in the sums and in 1/σ² is far below this relative slack.
  let mass = 0;
  for (let i = 0; i < k; i++) mass += Math.abs(shifted[i]!) * total;
  return (limitedSum(shifted, exact) - sd) / 2 - 1e-9 * (size + mass);
}

/** Added to every goal's budget, as a share of the mean: keeps goals without a budget in the scaling. */
const BUDGET_FLOOR = 0.001;

/**
 * Scaling and limits for budget balance: σ_v = 1/√(w_v + α), so a part's Σ 1/σ² is its budget plus α times its
 * goal count. The i largest parts hold at most min(i·hi, total − (k − i)·lo) budget (each at most hi, the others
 * at least lo each) plus α times the goal-count limit of `partLimits`: a valid limit for the sum of the i
 * largest, as the largest of a sum never exceed the sum of the largest.
 */
export function budgetScaling(
  nodeWeight: Float64Array,
  k: number,
  lo: number,
  hi: number,
  countLimits: Float64Array,
): { scale: Float64Array; limits: Float64Array } {
  const n = nodeWeight.length;
  let total = 0;
  for (const w of nodeWeight) total += w;
  const alpha = (BUDGET_FLOOR * Math.max(total, 1e-9)) / Math.max(1, n);
  const scale = Float64Array.from(nodeWeight, (w) => 1 / Math.sqrt(Math.max(0, w) + alpha));
  const limits = Float64Array.from(countLimits, (u, i) => Math.min((i + 1) * hi, total - (k - i - 1) * lo) + alpha * u);
  limits[k - 1] = total + alpha * n;
  return { scale, limits };
}

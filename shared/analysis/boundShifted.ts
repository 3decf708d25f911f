import type { CompactGraph } from './compactGraph';
import { limitedSum, symmetricEigenvalues } from './boundSpectral';
import { EigenBlock } from './boundEigenBlock';

export interface ShiftedOptions {
  /**
   * σ_v per goal: the eigenvalues are those of S(L + D)S with S = diag(σ), and `limits` bound the partial sums
   * of the parts' Σ 1/σ_v² (sorted, largest first). All 1 (the default) counts goals.
   */
  scale?: Float64Array;
  /** Ascent steps at most (default 60); 0 gives the plain bound at d = 0. */
  iterations?: number;
  /** Time is up: stop the ascent and certify the shift found so far. */
  outOfTime?(): boolean;
  /** Cancelled: return at once without a bound. */
  shouldStop?(): boolean;
}

export interface ShiftedResult {
  /** Certified by a dense backward-stable solve at the shift found; −Infinity when cancelled. */
  bound: number;
  iterations: number;
}

/** Share of each Ritz-value range below which neighbouring values count as one cluster. */
const CLUSTER = 0.01;
/** Eigenvectors tracked beyond the k that count, to see clusters across position k. */
const EXTRA = 2;

/**
 * At a kink (eigenvalues around position k nearly equal) the gradient of one eigenvector is arbitrary: spread
 * the weights evenly over each cluster of nearly equal Ritz values, a subgradient that does not zigzag.
 */
function clusterWeights(values: Float64Array, weights: Float64Array, tol: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < weights.length && i < values.length; i++) out[i] = weights[i]!;
  for (let start = 0; start < values.length; ) {
    let end = start + 1;
    while (end < values.length && values[end]! - values[end - 1]! < tol) end++;
    let sum = 0;
    for (let i = start; i < end; i++) sum += out[i]!;
    for (let i = start; i < end; i++) out[i] = sum / (end - start);
    start = end;
  }
  return out;
}

/** Dense S(L + D)S, row-major, and a bound on its norm (largest absolute row sum). */
function denseMatrix(g: CompactGraph, d: Float64Array, sigma: Float64Array): { a: Float64Array; norm: number } {
  const n = g.n;
  const a = new Float64Array(n * n);
  for (let e = 0; e < g.m; e++) {
    const s = g.src[e]!;
    const t = g.dst[e]!;
    const w = g.weight[e]! * sigma[s]! * sigma[t]!;
    a[s * n + t]! -= w;
    a[t * n + s]! -= w;
  }
  for (let v = 0; v < n; v++) a[v * n + v] = (g.degree[v]! + d[v]!) * sigma[v]! * sigma[v]!;
  let norm = 0;
  for (let i = 0; i < n; i++) {
    let row = 0;
    for (let j = 0; j < n; j++) row += Math.abs(a[i * n + j]!);
    norm = Math.max(norm, row);
  }
  return { a, norm };
}

/**
 * Donath–Hoffman with an optimised diagonal shift. For any vector d and X the 0/1 part matrix of a division
 * (one 1 per row), tr(XᵀDX) = Σ d, so 2·cut = tr(Xᵀ(L + D)X) − Σ d. With Y = S⁻¹X the columns of Y are
 * orthogonal with squared norms Σ_{v∈part} 1/σ_v², hence tr(Xᵀ(L + D)X) = tr(Yᵀ S(L+D)S Y) ≥ Σ_i (those norms,
 * largest first)·μ_i (μ ascending), and with the partial sums replaced by their limits (coefficients μ_i − μ_{i+1}
 * ≤ 0) this holds for every division meeting the balance. So ½(limitedSum(μ, limits) − Σ d) bounds the cut for
 * every d; d is only chosen by gradient ascent on approximate eigenvectors, and the value returned comes from a
 * dense backward-stable eigenvalue solve with its error margin subtracted.
 */
export function shiftedSpectralBound(g: CompactGraph, k: number, limits: Float64Array, o: ShiftedOptions = {}): ShiftedResult {
  const n = g.n;
  if (n < 2 || k < 2 || limits.length !== k) return { bound: 0, iterations: 0 };
  const sigma = o.scale ?? new Float64Array(n).fill(1);
  const sigma2 = Float64Array.from(sigma, (s) => s * s);
  const weights = Float64Array.from(limits, (u, i) => u - (i > 0 ? limits[i - 1]! : 0));
  let d = new Float64Array(n);
  const apply =
    (shift: Float64Array) =>
    (x: Float64Array, y: Float64Array): void => {
      for (let v = 0; v < n; v++) {
        let s = (g.degree[v]! + shift[v]!) * sigma[v]! * x[v]!;
        for (let a = g.adjStart[v]!; a < g.adjStart[v + 1]!; a++) s -= g.adjWeight[a]! * sigma[g.adjNode[a]!]! * x[g.adjNode[a]!]!;
        y[v] = sigma[v]! * s;
      }
    };
  // Jacobi preconditioner: with budget weights the diagonal spans orders of magnitude.
  const diag = Float64Array.from(g.degree, (x, v) => x * sigma2[v]!);
  let meanDiag = 0;
  for (const x of diag) meanDiag += x / n;
  const precondition = (r: Float64Array): void => {
    for (let v = 0; v < n; v++) r[v]! /= diag[v]! + 0.1 * meanDiag;
  };
  const iterations = o.iterations ?? 60;
  let done = 0;
  if (iterations > 0) {
    const b = Math.min(n, k + EXTRA);
    const block = new EigenBlock(n, b, 0x5eed + n);
    block.iterate(apply(d), 25, precondition);
    const value = (shift: Float64Array): number => {
      let sd = 0;
      for (const x of shift) sd += x;
      return (limitedSum(block.values.slice(0, k), limits) - sd) / 2;
    };
    let current = value(d);
    let meanDegree = 0;
    for (let v = 0; v < n; v++) meanDegree += g.degree[v]! / n;
    let step = Math.max(1e-6, meanDegree / 16);
    let stall = 0;
    for (; done < iterations && stall < 6 && !(o.outOfTime?.() ?? false); done++) {
      if (o.shouldStop?.()) return { bound: -Infinity, iterations: done };
      const grad = new Float64Array(n).fill(-0.5);
      const spread = clusterWeights(block.values, weights, CLUSTER * (block.values[b - 1]! - block.values[0]!));
      for (let i = 0; i < b; i++) {
        const u = block.vectors[i]!;
        if (spread[i] === 0) continue;
        for (let v = 0; v < n; v++) grad[v]! += 0.5 * spread[i]! * u[v]! * u[v]! * sigma2[v]!;
      }
      const saved = { vectors: block.vectors.map((x) => x.slice()), values: block.values.slice() };
      const trial = Float64Array.from(d, (x, v) => x + step * grad[v]!);
      block.iterate(apply(trial), 3, precondition);
      const next = value(trial);
      if (next > current) {
        stall = next > current * (1 + 1e-4) + 1e-9 ? 0 : stall + 1;
        d = trial;
        current = next;
        step *= 1.5;
      } else {
        // The Ritz values may simply have converged further: refresh the current value at equal accuracy.
        saved.vectors.forEach((x, i) => block.vectors[i]!.set(x));
        block.values = saved.values;
        block.iterate(apply(d), 2, precondition);
        current = value(d);
        step *= 0.5;
        if (done >= 20) stall++;
      }
    }
  }
  if (o.shouldStop?.()) return { bound: -Infinity, iterations: done };
  return { bound: certify(g, k, limits, d, sigma), iterations: done };
}

/** The bound at shift d from a dense backward-stable solve, every float error counted against it. */
function certify(g: CompactGraph, k: number, limits: Float64Array, d: Float64Array, sigma: Float64Array): number {
  const n = g.n;
  const { a, norm } = denseMatrix(g, d, sigma);
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
  for (const x of d) {
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
export function budgetScaling(nodeWeight: Float64Array, k: number, lo: number, hi: number, countLimits: Float64Array): { scale: Float64Array; limits: Float64Array } {
  const n = nodeWeight.length;
  let total = 0;
  for (const w of nodeWeight) total += w;
  const alpha = (BUDGET_FLOOR * Math.max(total, 1e-9)) / Math.max(1, n);
  const scale = Float64Array.from(nodeWeight, (w) => 1 / Math.sqrt(Math.max(0, w) + alpha));
  const limits = Float64Array.from(countLimits, (u, i) => Math.min((i + 1) * hi, total - (k - i - 1) * lo) + alpha * u);
  limits[k - 1] = total + alpha * n;
  return { scale, limits };
}

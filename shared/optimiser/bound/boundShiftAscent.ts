import type { CompactGraph } from '../../analysis/compactGraph';
import { limitedSum } from './boundSpectral';
import { EigenBlock } from './boundEigenBlock';

/** Share of each Ritz-value range below which neighbouring values count as one cluster. */
const CLUSTER = 0.01;
/** Eigenvectors tracked beyond the k that count, to see clusters across position k. */
const EXTRA = 2;
/** Step on the pair multipliers relative to the step on the diagonal shift (measured at 120 goals). */
const PAIR_STEP = 0.2;
/** LOBPCG steps on each trial point (2 and 3 gave the same bounds at 120 and 500 goals; 2 is faster). */
const TRIAL_STEPS = 2;

/** The multipliers being optimised: a diagonal shift d and nonnegative weights on a fixed list of goal pairs. */
export interface ShiftState {
  d: Float64Array;
  pairA: Int32Array;
  pairB: Int32Array;
  pairN: Float64Array;
}

export interface AscentOptions {
  iterations: number;
  /** Safety stop only (the step count stops first): sets `timedOut`. */
  outOfTime(): boolean;
  shouldStop(): boolean;
}

/**
 * At a kink (eigenvalues around position k nearly equal) the gradient of one eigenvector is arbitrary: spread
 * the weights evenly over each cluster of nearly equal Ritz values, a subgradient that does not zigzag.
 */
function clusterWeights(values: Float64Array, weights: Float64Array, tol: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < weights.length && i < values.length; i++) out[i] = weights[i]!;
  for (let start = 0; start < values.length;) {
    let end = start + 1;
    while (end < values.length && values[end]! - values[end - 1]! < tol) end++;
    let sum = 0;
    for (let i = start; i < end; i++) sum += out[i]!;
    for (let i = start; i < end; i++) out[i] = sum / (end - start);
    start = end;
  }
  return out;
}

/**
 * Gradient ascent on ½(limitedSum(μ(S(L + D − N)S), limits) − Σd) over d and the pair weights (kept ≥ 0),
 * with the eigenvectors tracked by LOBPCG. Only steers the multipliers: the caller certifies the result.
 */
export class ShiftAscent {
  readonly block: EigenBlock;
  private readonly sigma2: Float64Array;
  private readonly weights: Float64Array;
  private readonly precondition: (r: Float64Array) => void;
  private step: number;
  /** The safety stop ended a run before its steps or the stall rule did. */
  timedOut = false;

  constructor(
    private readonly g: CompactGraph,
    private readonly k: number,
    private readonly limits: Float64Array,
    private readonly sigma: Float64Array,
    public state: ShiftState,
  ) {
    const n = g.n;
    this.sigma2 = Float64Array.from(sigma, (s) => s * s);
    this.weights = Float64Array.from(limits, (u, i) => u - (i > 0 ? limits[i - 1]! : 0));
    // Jacobi preconditioner: with budget weights the diagonal spans orders of magnitude.
    const diag = Float64Array.from(g.degree, (x, v) => x * this.sigma2[v]!);
    let meanDiag = 0;
    for (const x of diag) meanDiag += x / n;
    this.precondition = (r) => {
      for (let v = 0; v < n; v++) r[v]! /= diag[v]! + 0.1 * meanDiag;
    };
    let meanDegree = 0;
    for (let v = 0; v < n; v++) meanDegree += g.degree[v]! / n;
    this.step = Math.max(1e-6, meanDegree / 16);
    this.block = new EigenBlock(n, Math.min(n, k + EXTRA), 0x5eed + n);
    this.block.iterate(this.apply(state), 25, this.precondition);
  }

  private apply(s: ShiftState): (x: Float64Array, y: Float64Array) => void {
    const { g, sigma } = this;
    const n = g.n;
    return (x, y) => {
      for (let v = 0; v < n; v++) {
        let t = (g.degree[v]! + s.d[v]!) * sigma[v]! * x[v]!;
        for (let a = g.adjStart[v]!; a < g.adjStart[v + 1]!; a++)
          t -= g.adjWeight[a]! * sigma[g.adjNode[a]!]! * x[g.adjNode[a]!]!;
        y[v] = sigma[v]! * t;
      }
      for (let p = 0; p < s.pairN.length; p++) {
        const w = s.pairN[p]!;
        if (w === 0) continue;
        const a = s.pairA[p]!;
        const b = s.pairB[p]!;
        const c = w * sigma[a]! * sigma[b]!;
        y[a]! -= c * x[b]!;
        y[b]! -= c * x[a]!;
      }
    };
  }

  private value(s: ShiftState): number {
    let sd = 0;
    for (const x of s.d) sd += x;
    return (limitedSum(this.block.values.slice(0, this.k), this.limits) - sd) / 2;
  }

  /** Cluster-spread weight of each tracked eigenvector in the objective. */
  spread(): Float64Array {
    const v = this.block.values;
    return clusterWeights(v, this.weights, CLUSTER * (v[v.length - 1]! - v[0]!));
  }

  /** Runs the ascent; returns the steps taken, or −1 when cancelled. */
  run(o: AscentOptions): number {
    const n = this.g.n;
    const { block, sigma, sigma2 } = this;
    let current = this.value(this.state);
    let stall = 0;
    let done = 0;
    for (; done < o.iterations && stall < 6; done++) {
      if (o.shouldStop()) return -1;
      if (o.outOfTime()) {
        this.timedOut = true;
        break;
      }
      const s = this.state;
      const spread = this.spread();
      const gradD = new Float64Array(n).fill(-0.5);
      const gradN = new Float64Array(s.pairN.length);
      for (let i = 0; i < spread.length; i++) {
        const u = block.vectors[i]!;
        const w = spread[i]!;
        if (w === 0) continue;
        for (let v = 0; v < n; v++) gradD[v]! += 0.5 * w * u[v]! * u[v]! * sigma2[v]!;
        for (let p = 0; p < gradN.length; p++) {
          const a = s.pairA[p]!;
          const b = s.pairB[p]!;
          gradN[p]! -= w * u[a]! * u[b]! * sigma[a]! * sigma[b]!;
        }
      }
      const saved = { vectors: block.vectors.map((x) => x.slice()), values: block.values.slice() };
      const trial: ShiftState = {
        ...s,
        d: Float64Array.from(s.d, (x, v) => x + this.step * gradD[v]!),
        pairN: Float64Array.from(s.pairN, (x, p) => Math.max(0, x + PAIR_STEP * this.step * gradN[p]!)),
      };
      block.iterate(this.apply(trial), TRIAL_STEPS, this.precondition);
      const next = this.value(trial);
      if (next > current) {
        stall = next > current * (1 + 1e-4) + 1e-9 ? 0 : stall + 1;
        this.state = trial;
        current = next;
        this.step *= 1.5;
      } else {
        // The Ritz values may simply have converged further: refresh the current value at equal accuracy.
        saved.vectors.forEach((x, i) => block.vectors[i]!.set(x));
        block.values = saved.values;
        block.iterate(this.apply(s), 2, this.precondition);
        current = this.value(s);
        this.step *= 0.5;
        if (done >= 20) stall++;
      }
    }
    return done;
  }
}

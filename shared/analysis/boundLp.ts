import type { Highs, Model } from 'highs';

/** What the LP needs: pair weights, what the balance counts per goal, the limits per part and the locks. */
export interface PairProblem {
  n: number;
  /** Linked pairs (i < j) with the summed strength of their links. */
  pairI: Int32Array;
  pairJ: Int32Array;
  pairW: Float64Array;
  nodeWeight: Float64Array;
  lo: number;
  hi: number;
  fixed: Int32Array;
}

export interface LpBoundResult {
  /**
   * Weak-duality bound of the best dual vector seen, recomputed here from our own copy of the rows (before the
   * float margin): valid for any dual the solver returns, optimal, interrupted or slightly inaccurate.
   */
  bound: number;
  rounds: number;
  triangles: number;
  /** No violated triangle was left: the bound is the full triangle relaxation's. */
  converged: boolean;
  /** The integer program was solved too, so `bound` is the optimum of the clique formulation. */
  integral: boolean;
}

export interface LpBoundOptions {
  /** Seconds HiGHS may spend in all solves together. */
  timeLimitSec: number;
  /** Also run branch and bound (small instances): its dual bound is valid even when the time runs out. */
  integer: boolean;
  shouldStop(): boolean;
  onRound?(bound: number, round: number): void;
}

const pairIndex = (n: number, i: number, j: number): number =>
  i < j ? i * n - (i * (i + 1)) / 2 + (j - i - 1) : j * n - (j * (j + 1)) / 2 + (i - j - 1);

/**
 * Clique-partitioning relaxation: x_ij ∈ [0, 1] says goals i and j sit apart, the objective is the strength on
 * separated linked pairs, every goal's portfolio must fit the balance (Σ_j w_j (1 − x_ij) between lo − w_i and
 * hi − w_i), locks fix pairs, and triangle inequalities x_ij ≤ x_ik + x_kj are added while violated. Every LP
 * along the way is a relaxation of the division problem, so each optimum is a valid lower bound.
 */
export function lpTriangleBound(highs: Highs, p: PairProblem, o: LpBoundOptions): LpBoundResult | null {
  const { n } = p;
  if (n < 2) return { bound: 0, rounds: 0, triangles: 0, converged: true, integral: true };
  const cols = (n * (n - 1)) / 2;
  const cost = new Float64Array(cols);
  for (let e = 0; e < p.pairW.length; e++) cost[pairIndex(n, p.pairI[e]!, p.pairJ[e]!)]! += p.pairW[e]!;
  const lower = new Float64Array(cols);
  const upper = new Float64Array(cols).fill(1);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (p.fixed[i]! >= 0 && p.fixed[j]! >= 0) {
        const apart = p.fixed[i] !== p.fixed[j] ? 1 : 0;
        lower[pairIndex(n, i, j)] = apart;
        upper[pairIndex(n, i, j)] = apart;
      }
  let total = 0;
  for (let i = 0; i < n; i++) total += p.nodeWeight[i]!;
  const starts = new Int32Array(n + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++)
      if (j !== i && p.nodeWeight[j]! > 0) {
        indices.push(pairIndex(n, i, j));
        values.push(p.nodeWeight[j]!);
      }
    starts[i + 1] = indices.length;
  }
  // Σ_j w_j x_ij = weight outside i's part, which lies between total − hi and total − lo.
  const rowLower = new Float64Array(n).fill(Math.max(0, total - p.hi));
  const rowUpper = new Float64Array(n).fill(Math.max(0, total - p.lo));
  const model: Model = highs.createModel({
    numCols: cols,
    numRows: n,
    colCost: cost,
    colLower: lower,
    colUpper: upper,
    rowLower,
    rowUpper,
    matrix: { format: 'csr', numRows: n, numCols: cols, starts, indices: Int32Array.from(indices), values: Float64Array.from(values) },
  });
  const optimal = highs.constants.modelStatus.optimal;
  const res: LpBoundResult = { bound: 0, rounds: 0, triangles: 0, converged: false, integral: false };
  const rows: LpRows = { n, cost, lower, upper, weight: p.nodeWeight, rowLower, rowUpper, triples: [] };
  try {
    // Interior point without crossover: on these dense-row LPs far faster than simplex (at 120 goals the first
    // rounds finish in about a second instead of ten); its duals need not be exact, which weak duality absorbs.
    model.options.set({ output_flag: false, time_limit: Math.max(0.01, o.timeLimitSec), solver: LP_SOLVER, run_crossover: 'off' });
    const violated: number[] = [];
    for (;;) {
      model.run();
      const solution = model.getSolution();
      res.bound = Math.max(res.bound, dualBound(rows, solution.rowDual));
      if (model.getModelStatus() !== optimal) break;
      res.rounds++;
      o.onRound?.(res.bound, res.rounds);
      const x = solution.colValue;
      violated.length = 0;
      separate(n, x, violated, 20 * n + 200);
      if (violated.length === 0) {
        res.converged = true;
        break;
      }
      addTriangles(model, n, cols, violated);
      rows.triples.push(...violated);
      res.triangles += violated.length / 3;
      if (o.shouldStop()) break;
    }
    if (o.integer && !o.shouldStop()) integerStage(highs, model, n, cols, res);
  } finally {
    model.dispose();
  }
  return res;
}

const LP_SOLVER = 'ipm';

/** Everything needed to recompute the Lagrangian bound of a dual vector without the solver. */
interface LpRows {
  n: number;
  cost: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  weight: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** Triangle rows in the order they were added (apex, a, b: x_ab − x_a,apex − x_apex,b ≤ 0). */
  triples: number[];
}

/**
 * Weak duality: for any y with the sign each row allows (free on two-sided balance rows, ≤ 0 on triangle rows
 * with only an upper bound), Σ_r y_r·(the bound it multiplies) + Σ_j min over x_j ∈ [lower_j, upper_j] of
 * (c − Aᵀy)_j·x_j is at most the LP optimum. Duals of the wrong sign are clipped to 0, which keeps it valid.
 * The float error of the sums is charged against the result.
 */
function dualBound(r: LpRows, rowDual: Float64Array): number {
  const { n } = r;
  const reduced = Float64Array.from(r.cost);
  let sum = 0;
  let magnitude = 0;
  let total = 0;
  for (const w of r.weight) total += Math.max(0, w);
  for (let i = 0; i < n; i++) {
    const y = rowDual[i] ?? 0;
    if (!Number.isFinite(y) || y === 0) continue;
    const term = y > 0 ? y * r.rowLower[i]! : y * r.rowUpper[i]!;
    sum += term;
    magnitude += Math.abs(term) + Math.abs(y) * total;
    for (let j = 0; j < n; j++) if (j !== i && r.weight[j]! > 0) reduced[pairIndex(n, i, j)]! -= y * r.weight[j]!;
  }
  for (let t = 0; t < r.triples.length / 3; t++) {
    const y = Math.min(0, rowDual[n + t] ?? 0);
    if (!Number.isFinite(y) || y === 0) continue;
    const [apex, a, b] = [r.triples[3 * t]!, r.triples[3 * t + 1]!, r.triples[3 * t + 2]!];
    magnitude += 3 * Math.abs(y);
    reduced[pairIndex(n, a, b)]! -= y;
    reduced[pairIndex(n, a, apex)]! += y;
    reduced[pairIndex(n, apex, b)]! += y;
  }
  for (let j = 0; j < reduced.length; j++) {
    const term = reduced[j]! >= 0 ? reduced[j]! * r.lower[j]! : reduced[j]! * r.upper[j]!;
    sum += term;
    magnitude += Math.abs(term) + Math.abs(r.cost[j]!);
  }
  return sum - 1e-10 * magnitude;
}

/** The most violated triangle inequalities (as triples apex, a, b meaning x_ab ≤ x_a,apex + x_apex,b). */
function separate(n: number, x: Float64Array, out: number[], max: number): void {
  const found: { v: number; t: [number, number, number] }[] = [];
  let threshold = 1e-6;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const xij = x[pairIndex(n, i, j)]!;
      for (let l = j + 1; l < n; l++) {
        const xil = x[pairIndex(n, i, l)]!;
        const xjl = x[pairIndex(n, j, l)]!;
        const v1 = xij - xil - xjl;
        const v2 = xil - xij - xjl;
        const v3 = xjl - xij - xil;
        if (v1 > threshold) found.push({ v: v1, t: [l, i, j] });
        if (v2 > threshold) found.push({ v: v2, t: [j, i, l] });
        if (v3 > threshold) found.push({ v: v3, t: [i, j, l] });
      }
      if (found.length > 8 * max) {
        found.sort((a, b) => b.v - a.v);
        found.length = max;
        threshold = found[max - 1]!.v;
      }
    }
  found.sort((a, b) => b.v - a.v);
  for (const f of found.slice(0, max)) out.push(...f.t);
}

function addTriangles(model: Model, n: number, cols: number, triples: number[]): void {
  const count = triples.length / 3;
  const starts = new Int32Array(count + 1);
  const indices = new Int32Array(3 * count);
  const values = new Float64Array(3 * count);
  for (let r = 0; r < count; r++) {
    const [apex, a, b] = [triples[3 * r]!, triples[3 * r + 1]!, triples[3 * r + 2]!];
    const entries: [number, number][] = [
      [pairIndex(n, a, b), 1],
      [pairIndex(n, a, apex), -1],
      [pairIndex(n, apex, b), -1],
    ];
    entries.sort((u, v) => u[0] - v[0]);
    entries.forEach(([c, v], t) => {
      indices[3 * r + t] = c;
      values[3 * r + t] = v;
    });
    starts[r + 1] = 3 * (r + 1);
  }
  model.addRows({
    lower: new Float64Array(count).fill(-Infinity),
    upper: new Float64Array(count),
    matrix: { format: 'csr', numRows: count, numCols: cols, starts, indices, values },
  });
}

/**
 * Branch and bound over the same rows with all triangles present (small instances only): its dual bound holds
 * even when the time runs out, and when it finishes it is the optimum of the clique formulation.
 */
function integerStage(highs: Highs, model: Model, n: number, cols: number, res: LpBoundResult): void {
  const all: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) for (let l = j + 1; l < n; l++) all.push(l, i, j, j, i, l, i, j, l);
  addTriangles(model, n, cols, all);
  model.changeColsIntegrality({ kind: 'range', from: 0, to: cols - 1 }, new Int32Array(cols).fill(1));
  model.options.set({ solver: 'choose', mip_rel_gap: 0, mip_abs_gap: 1e-9 });
  model.run();
  const status = model.getModelStatus();
  const dual = Number(model.info.get('mip_dual_bound'));
  if (status === highs.constants.modelStatus.optimal) {
    res.bound = Math.max(res.bound, Number(model.info.get('objective_function_value')), Number.isFinite(dual) ? dual : 0);
    res.integral = true;
  } else if (Number.isFinite(dual)) res.bound = Math.max(res.bound, dual);
}

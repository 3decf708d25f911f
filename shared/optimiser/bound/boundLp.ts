import type { Highs, Model } from 'highs';
import { addCuts, allTriangleCuts, cliqueCuts, pairIndex, triangleCuts, type CutStore } from './boundLpCuts';

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
  /** Number of portfolios: enables the clique rows (at most k portfolios among any q goals). */
  k?: number;
}

export interface LpBoundResult {
  /**
   * Weak-duality bound of the best dual vector seen, recomputed here from our own copy of the rows (before the
   * float margin): valid for any dual the solver returns, optimal, interrupted or slightly inaccurate.
   */
  bound: number;
  rounds: number;
  triangles: number;
  cliques: number;
  /** No violated triangle was left: the bound is the full triangle relaxation's. */
  converged: boolean;
  /** The integer program was solved too, so `bound` is the optimum of the clique formulation. */
  integral: boolean;
  /** Interior-point iterations over all solves: the work done, the same on every machine. */
  ipmIterations: number;
  /** The safety time limit stopped a solve (the only stop that depends on the machine). */
  timedOut: boolean;
}

export interface LpBoundOptions {
  /** Safety stop only: seconds HiGHS may still spend in all solves together (the work limits below stop first). */
  timeLimitSec: number;
  /** Cutting-plane rounds (solves of the growing LP) at most; default no limit. */
  maxRounds?: number;
  /**
   * Interior-point iterations over all solves together; the solve that reaches it stops there and its duals
   * still count (an interrupted solve's duals give a valid bound, often most of the next round's gain).
   */
  ipmIterations?: number;
  /** Branch-and-bound nodes at most in the integer stage (default 20,000). */
  mipNodes?: number;
  /** Also run branch and bound (small instances): its dual bound is valid even when it stops early. */
  integer: boolean;
  shouldStop(): boolean;
  onRound?(bound: number, round: number, ipmIterations: number): void;
}

/**
 * Clique-partitioning relaxation: x_ij ∈ [0, 1] says goals i and j sit apart, the objective is the strength on
 * separated linked pairs, every goal's portfolio must fit the balance (Σ_j w_j (1 − x_ij) between lo − w_i and
 * hi − w_i), locks fix pairs, and triangle inequalities x_ij ≤ x_ik + x_kj and (with k) general clique
 * inequalities are added while violated. Every row holds for every division, so every LP along the way is a
 * relaxation and any of its dual vectors gives a valid bound (`dualBound`).
 */
export function lpTriangleBound(highs: Highs, p: PairProblem, o: LpBoundOptions): LpBoundResult | null {
  const { n } = p;
  if (n < 2)
    return {
      bound: 0,
      rounds: 0,
      triangles: 0,
      cliques: 0,
      converged: true,
      integral: true,
      ipmIterations: 0,
      timedOut: false,
    };
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
    matrix: {
      format: 'csr',
      numRows: n,
      numCols: cols,
      starts,
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
  });
  const optimal = highs.constants.modelStatus.optimal;
  const res: LpBoundResult = {
    bound: 0,
    rounds: 0,
    triangles: 0,
    cliques: 0,
    converged: false,
    integral: false,
    ipmIterations: 0,
    timedOut: false,
  };
  const rows: LpRows = {
    n,
    cost,
    lower,
    upper,
    weight: p.nodeWeight,
    rowLower,
    rowUpper,
    cuts: { start: [0], index: [], value: [], upper: [] },
  };
  const maxRounds = o.maxRounds ?? Infinity;
  const ipmBudget = o.ipmIterations ?? Infinity;
  const timeLimit = highs.constants.modelStatus.timeLimit;
  // HiGHS compares its run time over every run of the model with the limit: one limit covers all solves.
  const safety = { time_limit: Math.max(0.01, model.getRunTime() + o.timeLimitSec) };
  try {
    // Interior point without crossover: on these dense-row LPs far faster than simplex (at 120 goals the first
    // rounds finish in about a second instead of ten); its duals need not be exact, which weak duality absorbs.
    model.options.set({ output_flag: false, solver: LP_SOLVER, run_crossover: 'off', ...safety });
    const maxTriangles = 20 * n + 200;
    const history: number[] = [];
    for (;;) {
      const left = ipmBudget - res.ipmIterations;
      if (Number.isFinite(left)) model.options.set({ ipm_iteration_limit: Math.max(0, Math.floor(left)) });
      model.run();
      res.ipmIterations += Number(model.info.get('ipm_iteration_count'));
      const solution = model.getSolution();
      res.bound = Math.max(res.bound, dualBound(rows, solution.rowDual));
      const status = model.getModelStatus();
      if (status === timeLimit) res.timedOut = true;
      if (status !== optimal) break;
      res.rounds++;
      o.onRound?.(res.bound, res.rounds, res.ipmIterations);
      const x = solution.colValue;
      const triangles = triangleCuts(n, x, maxTriangles);
      // Clique rows are long (up to ~200 entries) and slow the interior point down: only once fewer triangles
      // are violated than a round takes (from the start, 120 goals lost 3–8 points of gap in 3 s; only after
      // the triangles converged, 60 goals gained 1–3 points less).
      const cliques = p.k !== undefined && triangles.length < maxTriangles ? cliqueCuts(n, p.k, x, n) : [];
      if (triangles.length + cliques.length === 0) {
        res.converged = true;
        break;
      }
      history.push(res.bound);
      if (res.rounds >= maxRounds || res.ipmIterations >= ipmBudget || stalled(history) || o.shouldStop()) break;
      addCuts(model, cols, rows.cuts, [...triangles, ...cliques]);
      res.triangles += triangles.length;
      res.cliques += cliques.length;
    }
    if (o.integer && !o.shouldStop() && !res.timedOut)
      integerStage(highs, model, n, cols, rows.cuts, res, o.mipNodes ?? MIP_NODES);
  } finally {
    model.dispose();
  }
  return res;
}

const LP_SOLVER = 'ipm';
/**
 * The last STALL_ROUNDS rounds together raised the bound by less than STALL_GAIN of it: the rest of the rounds
 * would add hundredths (at 24 goals 217.4 after 13 rounds, 217.5 after 30), each round dearer than the last.
 */
const STALL_ROUNDS = 3;
const STALL_GAIN = 1e-3;

function stalled(history: readonly number[]): boolean {
  const r = history.length;
  if (r <= STALL_ROUNDS) return false;
  const now = history[r - 1]!;
  return now - history[r - 1 - STALL_ROUNDS]! < STALL_GAIN * Math.abs(now);
}
/** Branch-and-bound nodes in the integer stage (≤ 16 goals: a few hundred at most in the tests). */
const MIP_NODES = 20_000;

/** Everything needed to recompute the Lagrangian bound of a dual vector without the solver. */
interface LpRows {
  n: number;
  cost: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  weight: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** Cut rows (Σ value·x ≤ upper) in the order they were added after the n balance rows. */
  cuts: CutStore;
}

/**
 * Weak duality: for any y with the sign each row allows (free on two-sided balance rows, ≤ 0 on cut rows
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
  const c = r.cuts;
  for (let t = 0; t < c.upper.length; t++) {
    // Only an upper bound: a nonpositive multiplier is allowed.
    const y = Math.min(0, rowDual[n + t] ?? 0);
    if (!Number.isFinite(y) || y === 0) continue;
    sum += y * c.upper[t]!;
    magnitude += Math.abs(y * c.upper[t]!);
    for (let e = c.start[t]!; e < c.start[t + 1]!; e++) {
      reduced[c.index[e]!]! -= y * c.value[e]!;
      magnitude += Math.abs(y * c.value[e]!);
    }
  }
  for (let j = 0; j < reduced.length; j++) {
    const term = reduced[j]! >= 0 ? reduced[j]! * r.lower[j]! : reduced[j]! * r.upper[j]!;
    sum += term;
    magnitude += Math.abs(term) + Math.abs(r.cost[j]!);
  }
  return sum - 1e-10 * magnitude;
}

/**
 * Branch and bound over the same rows with all triangles present (small instances only): its dual bound holds
 * even when the time runs out, and when it finishes it is the optimum of the clique formulation.
 */
function integerStage(
  highs: Highs,
  model: Model,
  n: number,
  cols: number,
  store: CutStore,
  res: LpBoundResult,
  nodes: number,
): void {
  addCuts(model, cols, store, allTriangleCuts(n));
  model.changeColsIntegrality({ kind: 'range', from: 0, to: cols - 1 }, new Int32Array(cols).fill(1));
  // The LP rounds' interior-point budget does not apply here: the node limit bounds the work.
  model.options.set({
    solver: 'choose',
    mip_rel_gap: 0,
    mip_abs_gap: 1e-9,
    mip_max_nodes: nodes,
    ipm_iteration_limit: 2_147_483_647,
  });
  model.run();
  const status = model.getModelStatus();
  if (status === highs.constants.modelStatus.timeLimit) res.timedOut = true;
  const dual = Number(model.info.get('mip_dual_bound'));
  if (status === highs.constants.modelStatus.optimal) {
    res.bound = Math.max(
      res.bound,
      Number(model.info.get('objective_function_value')),
      Number.isFinite(dual) ? dual : 0,
    );
    res.integral = true;
  } else if (Number.isFinite(dual)) res.bound = Math.max(res.bound, dual);
}

import type { Highs } from 'highs';
import type { CompactGraph } from '../../analysis/compactGraph';
import type { Problem } from '../../model/problem';
import { balanceLimits, type Balance } from '../search/balanceLimits';
import { isolationBound } from './boundFlow';
import { partLimits } from './boundSpectral';
import { budgetScaling, shiftedSpectralBound } from './boundShifted';
import { lpTriangleBound, type PairProblem } from './boundLp';
import { loadSolver, type SolverLocation } from './boundSolver';
import { boundWork, LP_FIRST } from './boundWork';

export interface LowerBoundOptions {
  k: number;
  locked: Int32Array | readonly { goal: number; part: number }[];
  balance: Balance;
  /**
   * Safety stop only (default 60 s): the work of each stage is counted (`boundWork`), so the figure does not
   * depend on the machine or its load; when this fires first, `details.stoppedBy` is 'time' and the bound found
   * by then is returned (still valid, but another run may give another figure).
   */
  timeLimitMs?: number;
  /** Scales the counted work of every stage (default 1, the app's). */
  effort?: number;
  /** Cut of a known division, to say whether it is proven optimal and how far above the optimum it can be. */
  upperBound?: number;
  /** The LP has n(n−1)/2 columns: above this many goals it is skipped (default 200). */
  lpUpTo?: number;
  /** Eigenvalue bound (goal balance only; a dense n×n eigenproblem) up to this many goals (default 800). */
  spectralUpTo?: number;
  /** Branch and bound on the clique formulation up to this many goals (default 16). */
  integerUpTo?: number;
  /** Where HiGHS finds its wasm (Vite: the `?url` import); Node finds it by itself. */
  solver?: SolverLocation;
}

export type BoundMethod =
  | 'none'
  | 'isolation'
  | 'spectral'
  | 'lpTriangle'
  | 'lpTriangleMet'
  | 'lpTrianglePartial'
  | 'cliqueInteger'
  | 'infeasible';

/**
 * Why the bound stopped: 'work' — every stage ran to its counted work limit or converged (the same figure on
 * every machine); 'closed' — it met the known cut, so nothing more could be proven; 'time' — the safety time
 * limit cut a stage short (another run may give another figure); 'cancelled' — the caller stopped it.
 */
export type BoundStop = 'work' | 'closed' | 'time' | 'cancelled';

export interface LowerBoundResult {
  /** No division meeting the constraints can have a smaller cut. */
  bound: number;
  /** The bound that gave the figure (the best of those tried). */
  method: BoundMethod;
  /** Only with `upperBound`: the gap closed, up to float noise. */
  provenOptimal?: boolean;
  /** Only with `upperBound`: (cut − bound) / bound, rounded up to 0.1 %; Infinity when the bound is 0. */
  gapAbove?: number;
  details: {
    isolation: number;
    spectral?: number;
    spectralSteps?: number;
    lp?: number;
    lpRounds?: number;
    lpTriangles?: number;
    lpCliques?: number;
    /** Interior-point iterations of the LP over all its solves. */
    lpIterations?: number;
    stoppedBy: BoundStop;
    /** Wall-clock time: the only field that differs between runs of the same input (unless stopped by time). */
    elapsedMs: number;
  };
  problems?: Problem[];
}

export interface LowerBoundHooks {
  onProgress?(p: { phase: 'isolation' | 'spectral' | 'lp' | 'integer'; bound: number }): void;
  shouldStop?(): boolean;
}

/** The LP's figure less a margin for the solver's float noise: what may be claimed as a bound. */
const lpSafe = (b: number): number => b * (1 - 1e-7) - 1e-7;

/** The safety stop's default: far above the counted work's time anywhere the app runs. */
const SAFETY_MS = 60_000;

/**
 * The loosest of the per-part limits (smallest minimum, largest maximum): every division meeting the real,
 * possibly unequal limits meets these, so a bound under them stays a bound.
 */
export function loosestLimits(lo: ArrayLike<number>, hi: ArrayLike<number>): { lo: number; hi: number } {
  let l = Infinity;
  let h = -Infinity;
  for (let p = 0; p < lo.length; p++) l = Math.min(l, lo[p]!);
  for (let p = 0; p < hi.length; p++) h = Math.max(h, hi[p]!);
  return { lo: Number.isFinite(l) ? Math.max(0, l) : 0, hi: h };
}

function fixedOf(n: number, locked: LowerBoundOptions['locked']): Int32Array {
  if (locked instanceof Int32Array) return locked;
  const fixed = new Int32Array(n).fill(-1);
  for (const { goal, part } of locked) if (goal >= 0 && goal < n) fixed[goal] = part;
  return fixed;
}

/** The largest step that every link strength is a whole multiple of: any cut is then a multiple of it too. */
export function strengthGranularity(g: CompactGraph): number {
  for (const step of [1, 0.5, 0.25, 0.1, 0.05, 0.01]) {
    let ok = true;
    for (let e = 0; e < g.m && ok; e++) {
      const q = g.weight[e]! / step;
      if (Math.abs(q - Math.round(q)) > 1e-9 * Math.max(1, q)) ok = false;
    }
    if (ok) return step;
  }
  return 0;
}

/** The clique LP's input: summed strength per linked pair of goals, balance limits and locks. */
export function pairProblem(
  g: CompactGraph,
  nodeWeight: Float64Array,
  lo: number,
  hi: number,
  fixed: Int32Array,
  k: number,
): PairProblem {
  const sum = new Map<number, number>();
  for (let e = 0; e < g.m; e++) {
    const i = Math.min(g.src[e]!, g.dst[e]!);
    const j = Math.max(g.src[e]!, g.dst[e]!);
    sum.set(i * g.n + j, (sum.get(i * g.n + j) ?? 0) + g.weight[e]!);
  }
  const keys = [...sum.keys()];
  return {
    n: g.n,
    pairI: Int32Array.from(keys, (x) => Math.floor(x / g.n)),
    pairJ: Int32Array.from(keys, (x) => x % g.n),
    pairW: Float64Array.from(keys, (x) => sum.get(x)!),
    nodeWeight,
    lo,
    hi,
    fixed,
    k,
  };
}

/**
 * A lower bound on the weighted cut of every division that meets the locks and the balance. Takes the best of
 * the isolation bound of the locked goals, the Donath–Hoffman eigenvalue bound (goal balance), and the LP relaxation of the clique-partitioning formulation (triangle
 * inequalities added while violated, solved by HiGHS) and, on small instances, its integer program. Each stage
 * is a relaxation, so stopping early keeps the bound valid; a small margin absorbs solver float noise and the
 * result is rounded up only to the granularity of the strengths.
 */
export async function lowerBound(
  graph: CompactGraph,
  options: LowerBoundOptions,
  hooks: LowerBoundHooks = {},
): Promise<LowerBoundResult> {
  const t0 = performance.now();
  const k = Math.max(1, Math.floor(options.k));
  const fixed = fixedOf(graph.n, options.locked);
  const { limits, nodeWeight, problems } = balanceLimits(graph, k, options.balance, fixed);
  const elapsed = (): number => performance.now() - t0;
  if (problems.length > 0)
    return {
      bound: Infinity,
      method: 'infeasible',
      details: { isolation: 0, stoppedBy: 'work', elapsedMs: elapsed() },
      problems,
    };
  const timeLimit = options.timeLimitMs ?? SAFETY_MS;
  const work = boundWork(graph.n, k, options.effort);
  const { lo, hi } = loosestLimits(limits.lo, limits.hi);
  const step = strengthGranularity(graph);
  const roundUp = (b: number) => (step > 0 && b > 0 ? step * Math.ceil(b / step - 1e-9) : b);
  // Once the bound meets the known cut the division is proven optimal: no later stage can say more, so the
  // user does not wait out the work for nothing.
  const ub = options.upperBound;
  let closed = false;
  let timedOut = false;
  let cancelled = false;
  const closes = (b: number) => ub !== undefined && ub <= roundUp(b) + 1e-9 * Math.max(1, ub);
  const outOfTime = (): boolean => (timedOut ||= elapsed() > timeLimit);
  const cancel = (): boolean => (cancelled ||= hooks.shouldStop?.() ?? false);
  const stop = (): boolean => closed || cancel() || outOfTime();

  let best = 0;
  let method: BoundMethod = 'none';
  const isolation = isolationBound(graph, fixed, k);
  if (isolation > best) {
    best = isolation;
    method = 'isolation';
  }
  closed = closes(best);
  hooks.onProgress?.({ phase: 'isolation', bound: best });
  const details: LowerBoundResult['details'] = { isolation, stoppedBy: 'work', elapsedMs: 0 };
  // Up to LP_FIRST goals the LP is the stronger bound and gets the work (rounds of ~1 s at 120 goals): the
  // eigenvalue bound then only gets its cheap first phase. Above, the LP rarely gets past its second round (at
  // 200 goals in 3 s it stayed below the full eigenvalue bound), so that runs in full first.
  const lpFirst = graph.n <= Math.min(LP_FIRST, options.lpUpTo ?? 200);
  if (graph.n <= (options.spectralUpTo ?? 800) && k > 1 && !stop()) {
    const counts = partLimits(nodeWeight, k, lo, hi);
    const input = options.balance.by === 'goals' ? { limits: counts } : budgetScaling(nodeWeight, k, lo, hi, counts);
    const shifted = shiftedSpectralBound(graph, k, input.limits, {
      ...('scale' in input ? { scale: input.scale } : {}),
      ...(lpFirst ? { pairs: 0 } : {}),
      maxSteps: work.spectralSteps,
      outOfTime,
      shouldStop: cancel,
    });
    details.spectral = Math.max(0, shifted.bound);
    details.spectralSteps = shifted.iterations;
    if (shifted.timedOut) timedOut = true;
    if (shifted.bound > best) {
      best = shifted.bound;
      method = 'spectral';
    }
    closed = closes(best);
    hooks.onProgress?.({ phase: 'spectral', bound: best });
  }

  if (graph.n <= (options.lpUpTo ?? 200) && k > 1 && !stop()) {
    const highs: Highs = await loadSolver(options.solver);
    const integer = graph.n <= (options.integerUpTo ?? 16);
    const lp = lpTriangleBound(highs, pairProblem(graph, nodeWeight, lo, hi, fixed, k), {
      timeLimitSec: Math.max(0.01, (timeLimit - elapsed()) / 1000),
      maxRounds: work.lpRounds,
      ipmIterations: work.lpIterations,
      mipNodes: work.mipNodes,
      integer,
      shouldStop: stop,
      onRound: (b) => {
        closed = closes(lpSafe(b));
        hooks.onProgress?.({ phase: 'lp', bound: Math.max(best, b) });
      },
    });
    if (lp) {
      details.lp = lp.bound;
      details.lpRounds = lp.rounds;
      details.lpTriangles = lp.triangles;
      details.lpCliques = lp.cliques;
      details.lpIterations = lp.ipmIterations;
      if (lp.timedOut) timedOut = true;
      // The clique formulation forgets which portfolio is which, so it is a relaxation whatever k is.
      const safe = lpSafe(lp.bound);
      if (safe > best) {
        best = safe;
        // Not converged: either it met the proposal's cut (and stopped, nothing left to prove) or its work ran out.
        method = lp.integral
          ? 'cliqueInteger'
          : lp.converged
            ? 'lpTriangle'
            : closes(safe)
              ? 'lpTriangleMet'
              : 'lpTrianglePartial';
      }
    }
  }

  best = roundUp(best);
  details.stoppedBy = cancelled ? 'cancelled' : timedOut ? 'time' : closes(best) ? 'closed' : 'work';
  details.elapsedMs = elapsed();
  const result: LowerBoundResult = { bound: best, method, details };
  if (ub !== undefined) {
    result.provenOptimal = ub <= best + 1e-9 * Math.max(1, ub);
    result.gapAbove = result.provenOptimal
      ? 0
      : best > 0
        ? Math.ceil(((ub - best) / best) * 1000 - 1e-9) / 1000
        : Infinity;
  }
  return result;
}

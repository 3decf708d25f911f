import type { Highs } from 'highs';
import type { CompactGraph } from '../../analysis/compactGraph';
import type { Problem } from '../../model/problem';
import { balanceLimits, type Balance } from '../search/balanceLimits';
import { isolationBound } from './boundFlow';
import { partLimits } from './boundSpectral';
import { budgetScaling, shiftedSpectralBound } from './boundShifted';
import { lpTriangleBound, type PairProblem } from './boundLp';
import { loadSolver, type SolverLocation } from './boundSolver';

export interface LowerBoundOptions {
  k: number;
  locked: Int32Array | readonly { goal: number; part: number }[];
  balance: Balance;
  /** Time for the LP stages (default 5 s); the bound found by then is returned and stays valid. */
  timeLimitMs?: number;
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

/** Cap on the eigenvalue ascent: with the dense certifying solve after it, about 2 s at 500 goals. */
const SPECTRAL_MS = 1_500;
/** Up to this many goals the eigenvalue bound leaves the time to the LP (see `lowerBound`). */
const LP_FIRST = 150;

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
    return { bound: Infinity, method: 'infeasible', details: { isolation: 0, elapsedMs: elapsed() }, problems };
  const timeLimit = options.timeLimitMs ?? 5_000;
  const step = strengthGranularity(graph);
  const roundUp = (b: number) => (step > 0 && b > 0 ? step * Math.ceil(b / step - 1e-9) : b);
  // Once the bound meets the known cut the division is proven optimal: no later stage can say more, so the
  // user does not wait out the time limit for nothing.
  const ub = options.upperBound;
  let closed = false;
  const closes = (b: number) => ub !== undefined && ub <= roundUp(b) + 1e-9 * Math.max(1, ub);
  const stop = (): boolean => closed || (hooks.shouldStop?.() ?? false) || elapsed() > timeLimit;

  let best = 0;
  let method: BoundMethod = 'none';
  const isolation = isolationBound(graph, fixed, k);
  if (isolation > best) {
    best = isolation;
    method = 'isolation';
  }
  closed = closes(best);
  hooks.onProgress?.({ phase: 'isolation', bound: best });
  const details: LowerBoundResult['details'] = { isolation, elapsedMs: 0 };
  if (graph.n <= (options.spectralUpTo ?? 800) && k > 1 && !stop()) {
    const counts = partLimits(nodeWeight, k, limits.lo[0]!, limits.hi[0]!);
    const input =
      options.balance.by === 'goals'
        ? { limits: counts }
        : budgetScaling(nodeWeight, k, limits.lo[0]!, limits.hi[0]!, counts);
    // Up to LP_FIRST goals the LP is the stronger bound and needs every second (rounds of ~1 s at 120 goals):
    // the eigenvalue bound then only gets its cheap first phase. Above, the LP rarely gets past its second round
    // (at 200 goals in 3 s it stayed below the full eigenvalue bound), so that runs in full first.
    const lpFirst = graph.n <= Math.min(LP_FIRST, options.lpUpTo ?? 200);
    const spectralMs = Math.min(lpFirst ? timeLimit / 4 : timeLimit / 2, SPECTRAL_MS);
    const shifted = shiftedSpectralBound(graph, k, input.limits, {
      ...('scale' in input ? { scale: input.scale } : {}),
      ...(lpFirst ? { pairs: 0 } : {}),
      outOfTime: () => elapsed() > spectralMs,
      shouldStop: () => hooks.shouldStop?.() ?? false,
    });
    details.spectral = Math.max(0, shifted.bound);
    details.spectralSteps = shifted.iterations;
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
    const lp = lpTriangleBound(highs, pairProblem(graph, nodeWeight, limits.lo[0]!, limits.hi[0]!, fixed, k), {
      timeLimitSec: Math.max(0.05, (timeLimit - elapsed()) / 1000),
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
      // The clique formulation forgets which portfolio is which, so it is a relaxation whatever k is.
      const safe = lpSafe(lp.bound);
      if (safe > best) {
        best = safe;
        // Not converged: either it met the proposal's cut (and stopped, nothing left to prove) or ran out of time.
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

import type { CompactGraph } from '../analysis/compactGraph';
import { problem, type Problem } from '../model/problem';
import { balanceLimits, type Balance } from './search/balanceLimits';
import { cutOf, isFeasible, partGraphOf, type Limits, type PartGraph } from './search/partGraph';
import { constructGreedy, repairBalance } from './search/construct';
import { createState } from './search/searchState';
import { tabuSearch } from './search/tabuSearch';
import { createRng, type Rng } from './search/prng';
import { evolve, islandsFor } from './search/evolve';
import { rebisectPairs } from './search/rebisect';

export type { Balance } from './search/balanceLimits';

export interface OptimiseOptions {
  /** Number of portfolios. */
  k: number;
  /** The current division (part per goal, -1 unassigned); a tie-breaker for the first start. */
  initialParts?: Int32Array;
  /** Part per goal (-1 free), or the locked goals as pairs. Locked goals never move. */
  locked: Int32Array | readonly { goal: number; part: number }[];
  balance: Balance;
  seed: number;
  /** Wall-clock safety limit; a run that hits it is no longer deterministic (stats.stoppedBy says so). */
  timeLimitMs?: number;
  /** Multiplies the search budget (iterations); 1 by default, the bench's long run uses more. */
  effort?: number;
}

export type OptimisePhase = 'construct' | 'search' | 'done';

export interface OptimiseProgress {
  phase: OptimisePhase;
  fraction: number;
  bestCut: number;
}

export interface OptimiseHooks {
  onProgress?(p: OptimiseProgress): void;
  shouldStop?(): boolean;
  /** A new best division (a copy): lets a caller that may cancel keep the best so far. */
  onImprove?(parts: Int32Array, cut: number): void;
}

export interface OptimiseStats {
  /** memetic: V-cycles with tabu search on every level, recombined; multilevel: one V-cycle (large projects). */
  method: 'memetic' | 'multilevel';
  iterations: number;
  starts: number;
  elapsedMs: number;
  stoppedBy: 'budget' | 'time' | 'cancel';
  /** Goals (or euros) each portfolio may hold. */
  limits: { lo: number; hi: number };
}

export type OptimiseResult =
  | { ok: true; parts: Int32Array; cut: number; cancelled: boolean; stats: OptimiseStats }
  | { ok: false; problems: Problem[] };

/** Above this many goals the multilevel scheme runs first: the flat search scans every goal each step. */
export const MULTILEVEL_FROM = 1500;

function fixedOf(n: number, locked: OptimiseOptions['locked']): Int32Array | Problem {
  if (locked instanceof Int32Array) {
    if (locked.length !== n) return problem('optimiserLockedLength', { expected: n, actual: locked.length });
    return locked;
  }
  const fixed = new Int32Array(n).fill(-1);
  for (const { goal, part } of locked) {
    if (goal < 0 || goal >= n) return problem('optimiserLockedUnknownGoal', { goal });
    fixed[goal] = part;
  }
  return fixed;
}

/** Search seconds per lane by goal count, linear in between; flat below the first and above the last point. */
const SEARCH_SECONDS: readonly (readonly [number, number])[] = [
  [65, 0.35],
  [120, 0.48],
  [300, 1.3],
  [500, 1.8],
];

function searchSeconds(n: number): number {
  const first = SEARCH_SECONDS[0]!;
  if (n <= first[0]) return first[1];
  for (let i = 1; i < SEARCH_SECONDS.length; i++) {
    const [n1, s1] = SEARCH_SECONDS[i]!;
    const [n0, s0] = SEARCH_SECONDS[i - 1]!;
    if (n <= n1) return s0 + ((n - n0) * (s1 - s0)) / (n1 - n0);
  }
  return SEARCH_SECONDS[SEARCH_SECONDS.length - 1]![1];
}

/**
 * Iterations of search (moves or swaps, summed over levels) for one lane: a time for the search divided by the
 * cost of one iteration. Measured with two cold lanes side by side, as the app runs them (scripts/bench/RESULTS.md):
 * with the compiled tabu kernel an iteration costs about (3 + k²/11) µs, nearly independent of n (the TypeScript
 * loop before it cost about 1.6× as much; strict goal balance at k = 5 costs most per iteration for its k, since
 * most of its steps are swaps of two goals), and a lane spends about 0.3 s besides (start-up, coarsening). The
 * times keep the slower lane near 0.8 s at 120 goals and 2.5 s at 500 (the 1 s and 3 s, with room for a
 * busy machine); more iterations is what brings more seeds within 1 % of the best known cut, so the time is there
 * to be used. A count, not a clock, so the result does not depend on the machine's speed.
 */
export function searchBudget(n: number, k: number, effort = 1): number {
  // Small projects converge long before the time target: at most a few thousand iterations per goal.
  return Math.round(effort * Math.min((searchSeconds(n) * 1e6) / stepMicros(k), 3_000 * n));
}

/** Microseconds per tabu step at k parts with the compiled kernel, fitted with two cold lanes side by side. */
function stepMicros(k: number): number {
  const kk = Math.max(2, k);
  return 3 + (kk * kk) / 11;
}

/**
 * Fresh bisections per pair of parts when an island's best is re-paired (`rebisectPairs`). One, two or three
 * did equally well at the same time (scripts/bench/RESULTS.md, seventh session); one leaves the most to the search.
 */
const REBISECT_TRIES = 1;

function startFeasible(g: PartGraph, lim: Limits, rng: Rng, initial: Int32Array | undefined): Int32Array | null {
  for (let attempt = 0; attempt < 4; attempt++) {
    const part = constructGreedy(g, lim, rng, attempt === 0 ? initial : undefined);
    if (repairBalance(g, lim, part) && isFeasible(g, lim, part)) return part;
  }
  return null;
}

/**
 * Finds a division with a low weighted cut under locks and balance. Deterministic for a seed as long as the
 * time limit is not reached; a cancelled run returns the best division found so far with `cancelled: true`.
 */
export function optimiseDivision(
  graph: CompactGraph,
  options: OptimiseOptions,
  hooks: OptimiseHooks = {},
): OptimiseResult {
  const t0 = performance.now();
  const n = graph.n;
  const k = Math.floor(options.k);
  if (!(k >= 1)) return { ok: false, problems: [problem('optimiserNoPortfolios')] };
  const fixed = fixedOf(n, options.locked);
  if (!(fixed instanceof Int32Array)) return { ok: false, problems: [fixed] };
  const { limits, nodeWeight, problems } = balanceLimits(graph, k, options.balance, fixed);
  if (problems.length > 0) return { ok: false, problems };
  const g = partGraphOf(graph, nodeWeight);
  const rng = createRng(options.seed);
  const stop: { by: OptimiseStats['stoppedBy'] } = { by: 'budget' };
  const timeLimit = options.timeLimitMs ?? Infinity;
  const shouldStop = (): boolean => {
    if (hooks.shouldStop?.()) stop.by = 'cancel';
    else if (performance.now() - t0 > timeLimit) stop.by = 'time';
    else return false;
    return true;
  };
  const stats = (method: OptimiseStats['method'], iterations: number, starts: number): OptimiseStats => ({
    method,
    iterations,
    starts,
    elapsedMs: performance.now() - t0,
    stoppedBy: stop.by,
    limits: { lo: limits.lo[0] ?? 0, hi: limits.hi[0] ?? 0 },
  });
  hooks.onProgress?.({ phase: 'construct', fraction: 0, bestCut: Infinity });

  const budget = searchBudget(n, k, options.effort);
  let iterations = 0;
  // Inner searches count from zero each time: progress is kept monotonic over the cycles.
  let spent = 0;
  let lastFraction = 0;
  const report = (used: number, bestCut: number): void => {
    lastFraction = Math.max(lastFraction, Math.min(1, used / budget));
    hooks.onProgress?.({ phase: 'search', fraction: lastFraction, bestCut: Math.min(bestCut, best.cut) });
  };
  const onIteration = (it: number, bestCut: number): void => report(iterations + spent + it, bestCut);
  const best = { part: null as Int32Array | null, cut: Infinity };
  const consider = (part: Int32Array): void => {
    const cut = cutOf(g, part);
    if (cut < best.cut - 1e-9) {
      best.part = part;
      best.cut = cut;
      hooks.onImprove?.(part.slice(), cut);
    }
  };
  let starts = 0;
  const large = n >= MULTILEVEL_FROM;
  const ml = {
    iterPerNode: large ? 10 : 5,
    tabuUpTo: large ? 1000 : n,
    coarsest: Math.max(8 * k, 40),
    shouldStop,
    onIteration,
  };
  // Each island's best is re-paired before the islands meet. Its bisections run at k = 2 and are charged at
  // that step's cost in this k's steps, so the budget stays a time (they measured 1.2–3.4 µs a step, below the
  // 3.4 µs charged: scripts/bench/RESULTS.md).
  const bisectCharge = stepMicros(2) / stepMicros(k);
  const bisectOptions = { tries: REBISECT_TRIES, ml: { ...ml, coarsest: 40, onIteration: undefined } };
  const polish = (part: Int32Array): number =>
    Math.round(bisectCharge * rebisectPairs(g, limits, part, rng, bisectOptions));
  // The current division, improved by a tabu search, competes with the fresh multilevel starts.
  const seeds: Int32Array[] = [];
  if (options.initialParts) {
    const start = startFeasible(g, limits, rng, options.initialParts);
    if (start && large) seeds.push(start);
    else if (start) {
      const s = createState(g, k, start);
      const res = tabuSearch(g, limits, s, rng, {
        maxIter: ml.iterPerNode * n,
        stall: 2 * n,
        kick: Math.max(2, Math.round(n / 30)),
        swapCandidates: 3,
        shouldStop,
        onIteration,
      });
      iterations += res.iterations;
      seeds.push(res.part);
    }
  }
  const evo = evolve(g, limits, rng, {
    ml,
    // Large projects get one V-cycle: its coarse levels are searched, its fine levels refined greedily.
    budget: large ? 1 : budget - iterations,
    population: large ? seeds.length + 1 : 4,
    // Independent populations, then their best divisions recombined (see evolve).
    islands: large ? 1 : islandsFor(budget - iterations, n),
    seeds,
    ...(large ? {} : { polish }),
    shouldStop,
    onBest: (part) => consider(part),
    onSpent: (it, bestCut) => {
      spent = it;
      report(iterations + it, bestCut);
    },
  });
  iterations += evo.iterations;
  spent = 0;
  starts = evo.cycles + seeds.length;
  if (evo.best) consider(evo.best.part);
  if (large && best.part) {
    const s = createState(g, k, best.part);
    const fineIter = Math.round((options.effort ?? 1) * Math.min(4_000, (4e7 / (n * k)) | 0));
    const res = tabuSearch(g, limits, s, rng, {
      maxIter: fineIter,
      stall: fineIter,
      kick: 0,
      swapCandidates: 3,
      shouldStop,
      onIteration,
    });
    iterations += res.iterations;
    consider(res.part);
  }
  if (!best.part) {
    const start = startFeasible(g, limits, rng, undefined);
    if (!start) return { ok: false, problems: [problem('optimiserBalanceUnreachable', { by: options.balance.by })] };
    best.part = start;
    best.cut = cutOf(g, start);
  }
  const cut = best.cut;
  hooks.onProgress?.({ phase: 'done', fraction: 1, bestCut: cut });
  return {
    ok: true,
    parts: best.part,
    cut,
    cancelled: stop.by === 'cancel',
    stats: stats(large ? 'multilevel' : 'memetic', iterations, starts),
  };
}

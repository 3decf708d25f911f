import type { CompactGraph } from './compactGraph';
import { problem, type Problem } from '../model/problem';
import { balanceLimits, type Balance } from './partition/balanceLimits';
import { cutOf, isFeasible, partGraphOf, type Limits, type PartGraph } from './partition/partGraph';
import { constructGreedy, repairBalance } from './partition/construct';
import { createState } from './partition/searchState';
import { tabuSearch } from './partition/tabuSearch';
import { createRng, type Rng } from './partition/prng';
import { evolve } from './partition/evolve';

export type { Balance } from './partition/balanceLimits';

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

/**
 * Iterations of search (moves or swaps, summed over levels) for one lane. With the gains kept in heaps an
 * iteration costs about (k²/4 + 2.5) µs on the two-core machines, nearly independent of n, so the budget is a
 * CPU-time target divided by that. Two lanes run side by side and slow each other down (shared caches: about
 * 1.5–2× per lane), so the target is what keeps the slower of two parallel lanes under 1 s at 120 goals and 3 s
 * at 500. It is a count, not a clock, so the result does not depend on the machine's speed.
 */
export function searchBudget(n: number, k: number, effort = 1): number {
  // Above 150 goals the time between the two targets is used too: at 300 goals 1.5× the old budget brought every
  // seed within 1 % of the best known cut (the slower lane then takes about 1.8 s; RESULTS.md).
  const cpuSeconds = Math.min(1.3, 0.06 + n / 400 + Math.max(0, n - 150) / 400);
  const kk = Math.max(2, k);
  // Small projects converge long before the time target: at most a few thousand iterations per goal.
  return Math.round(effort * Math.min((cpuSeconds * 1e6) / ((kk * kk) / 4 + 2.5), 3_000 * n));
}

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
export function optimiseDivision(graph: CompactGraph, options: OptimiseOptions, hooks: OptimiseHooks = {}): OptimiseResult {
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
  // The current division, improved by a tabu search, competes with the fresh multilevel starts.
  const seeds: Int32Array[] = [];
  if (options.initialParts) {
    const start = startFeasible(g, limits, rng, options.initialParts);
    if (start && large) seeds.push(start);
    else if (start) {
      const s = createState(g, k, start);
      const res = tabuSearch(g, limits, s, rng, { maxIter: ml.iterPerNode * n, stall: 2 * n, kick: Math.max(2, Math.round(n / 30)), swapCandidates: 3, shouldStop, onIteration });
      iterations += res.iterations;
      seeds.push(res.part);
    }
  }
  const evo = evolve(g, limits, rng, {
    ml,
    // Large projects get one V-cycle: its coarse levels are searched, its fine levels refined greedily.
    budget: large ? 1 : budget - iterations,
    population: large ? seeds.length + 1 : 4,
    // Four independent populations, then their best divisions recombined (see evolve).
    islands: large ? 1 : 4,
    seeds,
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
    const res = tabuSearch(g, limits, s, rng, { maxIter: fineIter, stall: fineIter, kick: 0, swapCandidates: 3, shouldStop, onIteration });
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
  return { ok: true, parts: best.part, cut, cancelled: stop.by === 'cancel', stats: stats(large ? 'multilevel' : 'memetic', iterations, starts) };
}

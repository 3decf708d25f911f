import { optimiseDivision } from '../optimiser';
import { cutOf } from '../search/partGraph';
import { createRng } from '../search/prng';
import type { CoalitionSetup } from './contract';
import { constrainedSearch } from './constrainedSearch';
import { exactSearch } from './exactSearch';

export interface RefineOptions {
  seed: number;
  effort?: number;
  /** The frozen search's wall-clock safety limit, for its runs here too. */
  timeLimitMs?: number;
  /** Up to this many free nodes the branch and bound runs after the local search. */
  exactNodes: number;
}

export interface Refined {
  best: { parts: Int32Array; cut: number } | null;
  closest: Int32Array;
}

/** Rounds of re-search with the apart nodes fixed, while they pay. */
const POLISH_ROUNDS = 2;
/** Search effort of one such round, as a share of the first search's. */
const POLISH_EFFORT = 0.4;
const EXACT_STEPS = 100_000;
const EXACT_LOG_LEAVES = Math.log(1e12);
const TOL = 1e-9;

/**
 * From the frozen search's division of the contracted problem to the best one found that keeps every constraint.
 * The tabu search (`constrainedSearch`) repairs and improves it; then, while it pays, the frozen search runs again
 * with every node an apart pair or a barred part concerns fixed where the repair put it (the pairs then hold
 * whatever it does, and it moves whole clusters around them as single moves and swaps cannot), and the tabu search
 * again from its result (the band, and moving the fixed nodes). On small problems a branch and bound ends it.
 */
export function refine(s: CoalitionSetup, start: Int32Array, free: number, options: RefineOptions): Refined {
  const { cp } = s;
  const rng = createRng((options.seed ^ 0x5bd1e995) >>> 0);
  const tabu = (from: Int32Array) =>
    constrainedSearch(cp, from, rng, {
      steps: Math.min(3_000, 500 + 6 * free),
      patience: 50 + free,
      restarts: 3,
    });
  const withCut = (parts: Int32Array) => ({ parts, cut: cutOf(s.graph, parts) });
  const found = tabu(start);
  let best = found.best && withCut(found.best.parts);

  const pinned = pinnedNodes(s);
  // With nothing left to move the frozen search would wait for its time limit (it charges its budget per move).
  const polish = pinned.length > 0 && pinned.length < free;
  for (let round = 0; best && polish && round < POLISH_ROUNDS; round++) {
    const locked = s.locked.slice();
    for (const v of pinned) locked[v] = best.parts[v]!;
    const res = optimiseDivision(s.graph, {
      k: s.k,
      initialParts: best.parts,
      locked,
      balance: s.balance,
      seed: options.seed + round + 1,
      effort: (options.effort ?? 1) * POLISH_EFFORT,
      ...(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {}),
    });
    if (!res.ok) break;
    const next = tabu(res.parts).best;
    if (!next) break;
    const cand = withCut(next.parts);
    if (cand.cut >= best.cut - TOL) break;
    best = cand;
  }

  // Only where the tree is small enough to be searched (k^free up to about 10^12 before pruning).
  if (free > 0 && free <= options.exactNodes && free * Math.log(s.k) <= EXACT_LOG_LEAVES) {
    const exact = exactSearch(cp, { steps: EXACT_STEPS, ...(best ? { below: best.cut } : {}) });
    if (exact.parts) best = withCut(exact.parts);
  }
  return { best, closest: found.closest };
}

/** Free nodes an apart pair or a barred part concerns. */
function pinnedNodes(s: CoalitionSetup): number[] {
  const { cp } = s;
  const out: number[] = [];
  for (let v = 0; v < cp.n; v++) {
    if (cp.fixed[v]! >= 0) continue;
    let pinned = cp.apartStart[v + 1]! > cp.apartStart[v]!;
    for (let p = 0; p < cp.k && !pinned; p++) if (cp.barred[v * cp.k + p]) pinned = true;
    if (pinned) out.push(v);
  }
  return out;
}

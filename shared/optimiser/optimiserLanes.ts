import type { CompactGraph } from '../analysis/compactGraph';
import { optimiseDivision, type OptimiseHooks, type OptimiseOptions, type OptimiseResult } from './optimiser';

/**
 * Independent searches per run. The machines have two cores and the search runs off the UI thread, so two
 * searches with different seeds cost no extra wall time; at 300–500 goals seeds land in different basins, and
 * the better of two was within 1 % of the long-run best far more often than one (scripts/bench/RESULTS.md).
 * A fixed count, not the machine's core count, so a seed gives the same division everywhere.
 */
export const OPTIMISER_LANES = 2;

/** The seed of one lane, derived from the user's seed; lane 0 keeps it, so one lane alone is the old search. */
export function laneSeed(seed: number, lane: number): number {
  if (lane === 0) return seed;
  return (Math.imul(Math.floor(seed) ^ 0x5bd1e995, 0x27d4eb2d) + Math.imul(lane, 0x165667b1)) | 0;
}

/** Whether lane result `a` (from lane `la`) beats `b` (lane `lb`): lower cut, ties to the lower lane. */
export function laneBeats(a: { cut: number }, la: number, b: { cut: number }, lb: number): boolean {
  if (a.cut < b.cut - 1e-9) return true;
  if (b.cut < a.cut - 1e-9) return false;
  return la < lb;
}

/**
 * All lanes one after another in this thread: the same result the app's parallel workers give (each lane is
 * deterministic for its seed and the pick is fixed), for the bench, tests and callers without workers.
 */
export function optimiseDivisionLanes(
  graph: CompactGraph,
  options: OptimiseOptions,
  hooks: OptimiseHooks = {},
  lanes = OPTIMISER_LANES,
): OptimiseResult {
  let best: { res: Extract<OptimiseResult, { ok: true }>; lane: number } | null = null;
  for (let lane = 0; lane < lanes; lane++) {
    const cutSoFar = best ? best.res.cut : Infinity;
    const laneHooks: OptimiseHooks = {
      ...hooks,
      // One progress bar over all lanes: each lane fills its share, the best cut is the best of all lanes.
      onProgress: (p) =>
        hooks.onProgress?.({
          phase: p.phase === 'done' && lane < lanes - 1 ? 'search' : p.phase,
          fraction: (lane + p.fraction) / lanes,
          bestCut: Math.min(p.bestCut, cutSoFar),
        }),
    };
    const res = optimiseDivision(graph, { ...options, seed: laneSeed(options.seed, lane) }, laneHooks);
    if (!res.ok) return res;
    if (!best || laneBeats(res, lane, best.res, best.lane)) best = { res, lane };
    if (res.cancelled) break;
  }
  return best!.res;
}

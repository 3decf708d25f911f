import type { Limits, PartGraph } from './partGraph';
import type { SearchState } from './searchState';
import type { Rng } from './prng';
import { runTabuKernel } from './kernel/tabuKernel';

export interface TabuOptions {
  /** Iterations (moves or swaps) in all; the budget that keeps a run deterministic. */
  maxIter: number;
  /** Iterations without a new best before the search restarts from the best with a random kick. */
  stall: number;
  /** Goals swapped at random in a kick. */
  kick: number;
  /** Candidates kept per ordered pair of parts for the swap neighbourhood (at least 1). */
  swapCandidates: number;
  shouldStop(): boolean;
  onIteration?(iter: number, bestCut: number): void;
}

export interface TabuResult {
  part: Int32Array;
  cut: number;
  iterations: number;
  stopped: boolean;
}

/**
 * Iterated tabu search over balance-keeping moves and swaps. Each iteration takes the best feasible single move
 * or the best swap between two parts (a swap is what keeps strict balance when no single move may), forbids
 * the goal's way back for a random tenure, and after `stall` idle iterations restarts from the best division
 * with a random kick. The state must start feasible and stays feasible; the search starts from its division
 * alone (part weights, links per part and the cut are recomputed from it).
 *
 * A step does not scan every goal and part: the gains of all single moves sit in one max-heap per ordered pair
 * of parts, which a step visits best first only as deep as an entry could still be the best move or one of the
 * pair's best swap candidates, and a move re-keys only its own and its neighbours' entries. The loop runs
 * compiled to WebAssembly (kernel/assembly/, about 1.6x faster per step than the same code in
 * TypeScript); test/shared/optimiser/search/reference/ holds that TypeScript, and the kernel's tests demand
 * identical results from both.
 */
export function tabuSearch(g: PartGraph, lim: Limits, s: SearchState, rng: Rng, o: TabuOptions): TabuResult {
  return runTabuKernel(g, lim, s, rng, o);
}

import type { PartGraph } from './partGraph';
import { createRng } from './prng';

/**
 * The tabu search breaks ties between equal gains with a random amount below any real difference, added to each
 * heap key when it is set: equal gains then come out of the heaps in random order, as the search's ties must (a
 * fixed order made it cycle). The amounts are units from one fixed table, read in turn from a seeded start: a
 * generator call per key change cost a tenth of the search, and the table keeps a search deterministic.
 */
export const JITTERS = 4096;

/** The table's units in [0, 1); the same on every machine. */
export function jitterUnits(): Float64Array {
  const rng = createRng(0x5eed);
  return Float64Array.from({ length: JITTERS }, () => rng.next());
}

/** A millionth of the lightest link: gains are sums of link weights, so real differences are never that small. */
export function jitterOf(g: PartGraph): number {
  let min = Infinity;
  for (let e = 0; e < g.adjStart[g.n]!; e++) if (g.adjWeight[e]! > 0) min = Math.min(min, g.adjWeight[e]!);
  return Number.isFinite(min) ? min * 1e-6 : 1e-9;
}

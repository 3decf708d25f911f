import type { CompactGraph } from './compactGraph';
import { CLASSIC_DOMAINS } from '../model/domain';

/** Number of parts in the classic split: fysiek / sociaal / financieel, in CLASSIC_DOMAINS order. */
export const CLASSIC_K = CLASSIC_DOMAINS.length;

/**
 * The partition colleges traditionally use: every goal goes to the portfolio of its domain's `classic` field.
 * Part p is CLASSIC_DOMAINS[p]; parts may be empty when no domain maps onto them.
 */
export function classicBaselineParts(g: CompactGraph): Int32Array {
  const parts = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) parts[v] = g.domainClassic[g.domain[v]!]!;
  return parts;
}

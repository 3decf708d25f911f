import { z } from '../../model/zod';
import type { Project } from '../../model/project';
import type { Division } from '../../model/division';
import { partyBalance, partyBands } from '../../coalition/partyBalance';
import type { CompactGraph } from '../../analysis/compactGraph';
import type { PlacementProblem } from '../../analysis/placementProblem';

/**
 * Keep each coalition party's share of goals (or budget) within `tolerance` (a fraction: 0.1 = ±10 percentage
 * points) of its share of the coalition's seats.
 */
export const PartyBandSchema = z.object({
  by: z.enum(['goals', 'budget']),
  tolerance: z.number().min(0).max(1),
});
export type PartyBand = z.infer<typeof PartyBandSchema>;

export interface BandSetup {
  /** Party index (into `names`) of each holder of the draft, −1 without a coalition party. */
  partyOfPart: Int32Array;
  names: string[];
  /** Least and most share of the coalition parties' total each party may have. */
  lo: Float64Array;
  hi: Float64Array;
  /** Parties the band cannot be met for: no holder in the draft, while the band asks for some share. */
  unreachable: string[];
}

/**
 * The band per coalition party (seat share ± tolerance, `partyBands` of the party balance), or null when no party
 * has seats (nothing to keep). Taken over a unit total, so the limits are shares of the coalition parties' total:
 * that total moves with the division (a holder outside the coalition, the burgemeester often, may take goals from
 * it), and a share is what the party balance shows.
 */
export function bandSetup(
  project: Project,
  division: Pick<Division, 'id' | 'portfolioIds'>,
  band: PartyBand,
): BandSetup | null {
  const balance = partyBalance(project, division.id);
  if (!balance) return null;
  const bands = partyBands({ ...balance, totals: { ...balance.totals, [band.by]: 1 } }, band.by, band.tolerance);
  if (!bands.length) return null;
  const partOf = new Map(division.portfolioIds.map((id, i) => [id, i]));
  const partyOfPart = new Int32Array(division.portfolioIds.length).fill(-1);
  bands.forEach((b, q) => {
    for (const h of b.holderIds) {
      const p = partOf.get(h);
      if (p !== undefined) partyOfPart[p] = q;
    }
  });
  const names = balance.parties.map((p) => p.name);
  return {
    partyOfPart,
    names,
    lo: Float64Array.from(bands, (b) => b.lo),
    hi: Float64Array.from(bands, (b) => b.hi),
    unreachable: bands.flatMap((b, q) => (!b.holderIds.length && b.lo > 1e-12 ? [names[q]!] : [])),
  };
}

/**
 * What the band counts for each node of the problem: its goals (a subject without goals counts none, as in the
 * party balance), or their budget.
 */
export function bandAmounts(g: CompactGraph, prob: PlacementProblem, by: PartyBand['by']): Float64Array {
  return Float64Array.from({ length: prob.graph.n }, (_, i) => {
    let x = 0;
    for (const v of prob.members(i)) if (!g.isSubject[v]) x += by === 'goals' ? 1 : g.hasBudget[v] ? g.budget[v]! : 0;
    return x;
  });
}

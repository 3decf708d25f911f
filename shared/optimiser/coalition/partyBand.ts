import { z } from '../../model/zod';
import type { Project } from '../../model/project';
import type { Division } from '../../model/division';
import { partyOf } from '../../model/coalition';
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
 * The band per coalition party (seat share ± tolerance), or null when no party has seats (nothing to keep). Shares
 * are of the coalition parties' total: holders without a coalition party (the burgemeester, often) count for none.
 */
export function bandSetup(
  project: Pick<Project, 'parties' | 'portfolios'>,
  division: Pick<Division, 'portfolioIds'>,
  band: PartyBand,
): BandSetup | null {
  const parties = project.parties;
  const seats = parties.reduce((s, p) => s + p.seats, 0);
  if (seats <= 0) return null;
  const index = new Map(parties.map((p, i) => [p.id, i]));
  const partyOfPart = Int32Array.from(division.portfolioIds, (id) => {
    const holder = project.portfolios.find((p) => p.id === id);
    const party = holder ? partyOf(parties, holder.party) : undefined;
    return party ? index.get(party.id)! : -1;
  });
  const lo = Float64Array.from(parties, (p) => Math.max(0, p.seats / seats - band.tolerance));
  const hi = Float64Array.from(parties, (p) => Math.min(1, p.seats / seats + band.tolerance));
  const held = new Set(partyOfPart);
  const unreachable = parties.filter((p, i) => !held.has(i) && lo[i]! > 1e-12).map((p) => p.name);
  return { partyOfPart, names: parties.map((p) => p.name), lo, hi, unreachable };
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

import type { Project } from '../model/project';
import type { Portfolio } from '../model/portfolio';
import { holderOf, nodeHolder, subjectHolders, type Division } from '../model/division';
import { partyOf } from '../model/coalition';
import { divisionParts, type CompactGraph } from '../analysis/compactGraph';

export const BALANCE_MEASURES = ['holders', 'fte', 'subjects', 'goals', 'budget'] as const;
export type BalanceMeasure = (typeof BALANCE_MEASURES)[number];

/** One coalition party in a draft: its seats beside what its holders hold. */
export interface PartyShare {
  partyId: string;
  name: string;
  seats: number;
  /** Share of the coalition parties' seats (0..1); null when no party has seats. */
  seatShare: number | null;
  /** Its holders in the draft, in the draft's order. */
  holderIds: string[];
  amounts: Record<BalanceMeasure, number>;
  /** Fractions (0..1) of the coalition parties' total; null where that total is 0. */
  shares: Record<BalanceMeasure, number | null>;
}

export interface PartyBalance {
  /** The coalition parties in `project.parties` order, also those without holders in the draft. */
  parties: PartyShare[];
  totalSeats: number;
  /** Holders of the draft without a coalition party (no party, the burgemeester, a party not listed), in draft order. */
  outside: { portfolioId: string; party: string; amounts: Record<BalanceMeasure, number> }[];
  /** Over the coalition parties only. */
  totals: Record<BalanceMeasure, number>;
  /** Gallagher index per measure in percentage points; null without seats or without amounts. */
  gallagher: Record<BalanceMeasure, number | null>;
}

type Amounts = Record<BalanceMeasure, number>;
const zero = (): Amounts => ({ holders: 0, fte: 0, subjects: 0, goals: 0, budget: 0 });

/**
 * The Gallagher (least-squares) index in percentage points: sqrt(½ Σ (share − seatShare)²) × 100. 0 is exactly
 * proportional. Null when there are no seats or nothing to share.
 */
export function gallagherIndex(shares: readonly { share: number | null; seatShare: number | null }[]): number | null {
  let sum = 0;
  for (const { share, seatShare } of shares) {
    if (share === null || seatShare === null) return null;
    sum += (share - seatShare) ** 2;
  }
  return shares.length ? 100 * Math.sqrt(sum / 2) : null;
}

/**
 * Per holder of the draft: goals and their budget (a goal counts for `nodeHolder`: its own holder, else its
 * subject's lead). One pass over the goals; with the graph, over the draft's parts (shared with the report).
 */
function countGoals(
  project: Project,
  division: Division,
  slot: ReadonlyMap<string, number>,
  per: Amounts[],
  graph: CompactGraph | undefined,
): void {
  if (graph) {
    const parts = divisionParts(graph, division);
    const slotOfPart = division.portfolioIds.map((id) => slot.get(id) ?? -1);
    for (let v = 0; v < graph.n; v++) {
      const part = parts[v]!;
      if (part < 0 || graph.isSubject[v]) continue;
      const s = slotOfPart[part]!;
      if (s < 0) continue;
      per[s]!.goals++;
      per[s]!.budget += graph.budget[v]!;
    }
    return;
  }
  for (const g of project.goals) {
    const h = nodeHolder(division, g.id, g.subjectId);
    const s = h === undefined ? undefined : slot.get(h);
    if (s === undefined) continue;
    per[s]!.goals++;
    per[s]!.budget += g.budget ?? 0;
  }
}

/**
 * How a draft's holders, FTE, subjects, goals and budget divide over the coalition's parties beside their seats, with
 * the Gallagher index per measure. A holder's party is `partyOf(project.parties, portfolio.party)`; holders without
 * one are listed in `outside` and count in no share or total. A subject counts for its lead (the first holder, or
 * for a subject without goals its own assignment, as the published division shows it); a goal for `nodeHolder`.
 * Null when the draft is unknown.
 */
export function partyBalance(project: Project, divisionId: string, graph?: CompactGraph): PartyBalance | null {
  const division = project.divisions.find((d) => d.id === divisionId);
  if (!division) return null;
  const portfolio = new Map<string, Portfolio>(project.portfolios.map((p) => [p.id, p]));
  const holders = [...new Set(division.portfolioIds)].filter((id) => portfolio.has(id));
  const slot = new Map(holders.map((id, i) => [id, i]));
  const per = holders.map((id) => ({ ...zero(), holders: 1, fte: portfolio.get(id)!.fte }));

  for (const s of project.subjects) {
    const lead = subjectHolders(division, s.id)[0] ?? holderOf(division.assignments, s.id);
    const i = lead === undefined ? undefined : slot.get(lead);
    if (i !== undefined) per[i]!.subjects++;
  }
  countGoals(project, division, slot, per, graph);

  const totalSeats = project.parties.reduce((n, p) => n + p.seats, 0);
  const parties: PartyShare[] = project.parties.map((p) => ({
    partyId: p.id,
    name: p.name,
    seats: p.seats,
    seatShare: totalSeats > 0 ? p.seats / totalSeats : null,
    holderIds: [],
    amounts: zero(),
    shares: { holders: null, fte: null, subjects: null, goals: null, budget: null },
  }));
  const partyIndex = new Map(project.parties.map((p, i) => [p.id, i]));
  const outside: PartyBalance['outside'] = [];
  const totals = zero();
  holders.forEach((id, i) => {
    const field = portfolio.get(id)!.party;
    const party = partyOf(project.parties, field);
    if (!party) {
      outside.push({ portfolioId: id, party: field, amounts: per[i]! });
      return;
    }
    const share = parties[partyIndex.get(party.id)!]!;
    share.holderIds.push(id);
    for (const m of BALANCE_MEASURES) {
      share.amounts[m] += per[i]![m];
      totals[m] += per[i]![m];
    }
  });

  const gallagher = {} as Record<BalanceMeasure, number | null>;
  for (const m of BALANCE_MEASURES) {
    for (const p of parties) p.shares[m] = totals[m] > 0 ? p.amounts[m] / totals[m] : null;
    gallagher[m] = gallagherIndex(parties.map((p) => ({ share: p.shares[m], seatShare: p.seatShare })));
  }
  return { parties, totalSeats, outside, totals, gallagher };
}

/** One party's band for the optimiser, in amounts of the measure. */
export interface PartyBandLimits {
  partyId: string;
  holderIds: string[];
  lo: number;
  hi: number;
}

/**
 * The optimiser's party band from a balance: per coalition party (in `balance.parties` order) the least and most
 * amount of `by` (goals, or budget in euros) its holders may hold, `clamp(seatShare ∓ tolerance, 0, 1) × total`,
 * where `tolerance` is a fraction (0.1 = ±10 percentage points) and `total` is the coalition parties' total of `by`
 * in the balance's draft (`balance.totals[by]`; holders outside the coalition count for none). A move between a
 * coalition holder and an outside holder changes that total: recompute the band then, or treat it as fixed.
 * Empty when no party has seats. A party with a positive `lo` and no `holderIds` cannot be satisfied.
 */
export function partyBands(balance: PartyBalance, by: 'goals' | 'budget', tolerance: number): PartyBandLimits[] {
  if (balance.totalSeats <= 0) return [];
  const total = balance.totals[by];
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return balance.parties.map((p) => ({
    partyId: p.partyId,
    holderIds: [...p.holderIds],
    lo: clamp((p.seatShare ?? 0) - tolerance) * total,
    hi: clamp((p.seatShare ?? 0) + tolerance) * total,
  }));
}

import type { CompactGraph } from './compactGraph';
import { CLASSIC_DOMAINS, type ClassicDomain } from '../model/domain';
import type { PartScore } from './scoreParts';
import { gatherLinks } from './gatherLinks';

/** A set of links with their summed strength, traceable by id. */
export interface LinkSet {
  count: number;
  weight: number;
  linkIds: string[];
}

/** How much of a class of links a division splits. `share` is cut / total weight, null when there are none. */
export interface CutFigures {
  total: number;
  totalCount: number;
  cut: number;
  cutCount: number;
  share: number | null;
  splitLinkIds: string[];
}

export interface PortfolioFigures {
  /** Portfolio id; in the classic baseline the classic domain name. */
  portfolioId: string;
  goalIds: string[];
  goals: number;
  /** Summed known yearly budget; `budgetUnknown` goals have none. */
  budget: number;
  budgetUnknown: number;
  /** Weight of links kept inside, and of split links touching it. */
  internal: number;
  external: number;
  /** internal / (internal + external); null when the portfolio has no kept or split links. */
  cohesion: number | null;
  /** Classic domain held by more than half its goals, or null. */
  leaning: ClassicDomain | null;
  domains: { domainId: string; goals: number }[];
}

/**
 * Split links between two portfolios: the agreements the college must make. `goalsA` are the distinct goals of
 * portfolio a with a split link to b (first-seen order), `goalsB` the same the other way.
 */
export interface CoordinationPair {
  a: string;
  b: string;
  count: number;
  weight: number;
  linkIds: string[];
  goalsA: string[];
  goalsB: string[];
}

/** The figures of one partition, with ids; the draft and the classic baseline both have this shape. */
export interface DivisionFigures {
  /** All links: split ones (`cut`), kept ones, and ones with an unassigned end (neither). */
  cut: CutFigures;
  kept: LinkSet;
  unassigned: LinkSet;
  crossDomain: CutFigures;
  omgevingswet: CutFigures;
  /** Split Omgevingswet links between a mostly-social portfolio and a mostly-physical one. */
  owSocialPhysical: LinkSet;
  portfolios: PortfolioFigures[];
  coordination: CoordinationPair[];
  modularity: number;
}

function cutFigures(total: number, totalCount: number, cut: number, cutCount: number, ids: string[]): CutFigures {
  return { total, totalCount, cut, cutCount, share: total > 0 ? cut / total : null, splitLinkIds: ids };
}

/** Index buffers, each one slot past the link count: the last gather may write there without advancing. */
/** ids[buf[from]], …, ids[buf[to − 1]] as a fresh array. */
function idsAt(ids: readonly string[], buf: Int32Array, from: number, to: number): string[] {
  const out = new Array<string>(to - from);
  for (let i = from; i < to; i++) out[i - from] = ids[buf[i]!]!;
  return out;
}

/**
 * Turns a PartScore into id-based figures. Link and goal indices are first gathered per list into typed arrays
 * (`gatherLinks`), then mapped to ids in tight loops into arrays of known length.
 */
export function divisionFigures(g: CompactGraph, parts: Int32Array, keys: readonly string[], s: PartScore): DivisionFigures {
  const k = keys.length;
  const nd = g.domainIds.length;
  const goalIds = g.goalIds;
  const linkIds = g.linkIds;
  const portfolioGoals: string[][] = [];
  const goalFill = new Int32Array(k);
  for (let p = 0; p < k; p++) portfolioGoals.push(new Array<string>(s.goals[p]!));
  for (let v = 0; v < g.n; v++) {
    const p = parts[v]!;
    if (p >= 0 && p < k) portfolioGoals[p]![goalFill[p]!++] = goalIds[v]!;
  }

  const x = gatherLinks(g, parts, k, s);
  const { pairLinks, pairStart } = x;

  const coordination: CoordinationPair[] = [];
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const pair = a * k + b;
      const count = s.matrixCount[pair]!;
      if (count === 0) continue;
      const from = pairStart[pair]!;
      coordination.push({
        a: keys[a]!,
        b: keys[b]!,
        count,
        weight: s.matrix[pair]!,
        linkIds: idsAt(linkIds, pairLinks, from, from + count),
        goalsA: idsAt(goalIds, x.goalsA, from, from + x.goalsACount[pair]!),
        goalsB: idsAt(goalIds, x.goalsB, from, from + x.goalsBCount[pair]!),
      });
    }
  }
  const kept = idsAt(linkIds, x.kept, 0, x.keptCount);
  const split = idsAt(linkIds, x.split, 0, x.splitCount);
  const unassigned = idsAt(linkIds, x.unassigned, 0, x.unassignedCount);
  const cross = idsAt(linkIds, x.crossDomain, 0, x.crossDomainCount);
  const ow = idsAt(linkIds, x.omgevingswet, 0, x.omgevingswetCount);
  const owSp = idsAt(linkIds, x.socialPhysical, 0, x.socialPhysicalCount);

  const portfolios: PortfolioFigures[] = keys.map((key, p) => {
    const internal = s.internal[p]!;
    const external = s.external[p]!;
    const domains: PortfolioFigures['domains'] = [];
    for (let d = 0; d < nd; d++) {
      const c = s.domainGoals[p * nd + d]!;
      if (c > 0) domains.push({ domainId: g.domainIds[d]!, goals: c });
    }
    const lean = s.leaning[p]!;
    return {
      portfolioId: key,
      goalIds: portfolioGoals[p]!,
      goals: s.goals[p]!,
      budget: s.budget[p]!,
      budgetUnknown: s.budgetUnknown[p]!,
      internal,
      external,
      cohesion: internal + external > 0 ? internal / (internal + external) : null,
      leaning: lean >= 0 ? CLASSIC_DOMAINS[lean]! : null,
      domains,
    };
  });

  return {
    cut: cutFigures(s.total, s.totalCount, s.cut, s.cutCount, split),
    kept: { count: s.keptCount, weight: s.kept, linkIds: kept },
    unassigned: { count: s.unassignedCount, weight: s.unassigned, linkIds: unassigned },
    crossDomain: cutFigures(s.crossDomainTotal, s.crossDomainTotalCount, s.crossDomainCut, s.crossDomainCutCount, cross),
    omgevingswet: cutFigures(s.owTotal, s.owTotalCount, s.owCut, s.owCutCount, ow),
    owSocialPhysical: { count: s.owSocialPhysicalCutCount, weight: s.owSocialPhysicalCut, linkIds: owSp },
    portfolios,
    coordination,
    modularity: s.modularity,
  };
}

import type { CompactGraph } from './compactGraph';
import { CLASSIC_DOMAINS, type ClassicDomain } from '../model/domain';
import { LINK_KEPT, LINK_SPLIT, OW_KIND, CLASSIC_PHYSICAL, CLASSIC_SOCIAL, type PartScore } from './scoreParts';

// Imported constants read in hot loops are copied into locals: a CommonJS transpile (tsx, vitest) turns each
// read of an imported binding into a getter call.
const KEPT = LINK_KEPT;
const SPLIT = LINK_SPLIT;
const OW = OW_KIND;
const SOCIAL = CLASSIC_SOCIAL;
const PHYSICAL = CLASSIC_PHYSICAL;

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

/**
 * Turns a PartScore into id-based figures. One pass over goals and one over links; per-link strings are pushed
 * into plain arrays, so the cost is about one array push per link and class.
 */
export function divisionFigures(g: CompactGraph, parts: Int32Array, keys: readonly string[], s: PartScore): DivisionFigures {
  const k = keys.length;
  const nd = g.domainIds.length;
  const goalIds = g.goalIds;
  const linkIds = g.linkIds;

  const portfolioGoals: string[][] = [];
  for (let p = 0; p < k; p++) portfolioGoals.push([]);
  for (let v = 0; v < g.n; v++) {
    const p = parts[v]!;
    if (p >= 0 && p < k) portfolioGoals[p]!.push(goalIds[v]!);
  }

  // Every list's length is known from the score, so fill pre-sized arrays instead of growing them.
  const sized = (count: number) => new Array<string>(count);
  const kept = sized(s.keptCount);
  const split = sized(s.cutCount);
  const unassigned = sized(s.unassignedCount);
  const cross = sized(s.crossDomainCutCount);
  const ow = sized(s.owCutCount);
  const owSp = sized(s.owSocialPhysicalCutCount);
  let nk = 0, ns = 0, nu = 0, nc = 0, no = 0, nsp = 0;
  const pairs: (CoordinationPair | undefined)[] = new Array<CoordinationPair | undefined>(k * k);
  const fill = new Int32Array(k * k);
  // seen[v·k + q]: goal v is already listed as an end towards part q.
  const seen = new Uint8Array(g.n * k);
  const { src, dst, kind, domain } = g;
  const status = s.status;
  for (let e = 0; e < g.m; e++) {
    const st = status[e]!;
    const id = linkIds[e]!;
    if (st === KEPT) {
      kept[nk++] = id;
      continue;
    }
    if (st !== SPLIT) {
      unassigned[nu++] = id;
      continue;
    }
    split[ns++] = id;
    const x = src[e]!;
    const y = dst[e]!;
    if (domain[x] !== domain[y]) cross[nc++] = id;
    let a = parts[x]!;
    let b = parts[y]!;
    if (kind[e] === OW) {
      ow[no++] = id;
      const la = s.leaning[a]!;
      const lb = s.leaning[b]!;
      if ((la === SOCIAL && lb === PHYSICAL) || (la === PHYSICAL && lb === SOCIAL)) owSp[nsp++] = id;
    }
    let ga = x;
    let gb = y;
    if (a > b) {
      const t = a;
      a = b;
      b = t;
      ga = y;
      gb = x;
    }
    const at = a * k + b;
    let pair = pairs[at];
    if (!pair) {
      const count = s.matrixCount[at]!;
      pair = { a: keys[a]!, b: keys[b]!, count, weight: s.matrix[at]!, linkIds: sized(count), goalsA: [], goalsB: [] };
      pairs[at] = pair;
    }
    const i = fill[at]!++;
    pair.linkIds[i] = id;
    if (!seen[ga * k + b]) {
      seen[ga * k + b] = 1;
      pair.goalsA.push(goalIds[ga]!);
    }
    if (!seen[gb * k + a]) {
      seen[gb * k + a] = 1;
      pair.goalsB.push(goalIds[gb]!);
    }
  }

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

  const coordination: CoordinationPair[] = [];
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) if (pairs[a * k + b]) coordination.push(pairs[a * k + b]!);

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

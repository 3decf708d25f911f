import type { CompactGraph } from './compactGraph';
import { CLASSIC_DOMAINS, type ClassicDomain } from '../model/domain';
import { CLASSIC_PHYSICAL, CLASSIC_SOCIAL, type PartScore } from './scoreParts';
import { LINK_CROSS_DOMAIN, LINK_OMGEVINGSWET } from './linkClasses';

// Imported constants read in loops are copied into locals: a CommonJS transpile (tsx, vitest) turns each read of
// an imported binding into a getter call.
const SOCIAL = CLASSIC_SOCIAL;
const PHYSICAL = CLASSIC_PHYSICAL;

/**
 * The links behind a figure, as indices into the figures' `linkIds` (the graph's link order). Indices, not ids:
 * a figure over 40,000 links then costs one integer per link, and ids are looked up only for the links someone
 * reads (`linkIdsOf`). Lists are views into one array; never write to them.
 */
export type LinkList = Int32Array;

/** A set of links with their summed strength. */
export interface LinkSet {
  count: number;
  weight: number;
  links: LinkList;
}

/** How much of a class of links a division splits. `share` is cut / total weight, null when there are none. */
export interface CutFigures {
  total: number;
  totalCount: number;
  cut: number;
  cutCount: number;
  share: number | null;
  splitLinks: LinkList;
}

export interface PortfolioFigures {
  /** Portfolio id; in the classic baseline the classic domain name. */
  portfolioId: string;
  goalIds: string[];
  goals: number;
  /** Summed known yearly budget; `budgetUnknown` goals have none. */
  budget: number;
  budgetUnknown: number;
  /** Weight of links kept inside (`keptLinks`), and of split links touching it (see `coordination`). */
  internal: number;
  external: number;
  keptLinks: LinkList;
  /** internal / (internal + external); null when the portfolio has no kept or split links. */
  cohesion: number | null;
  /** Classic domain held by more than half its goals, or null. */
  leaning: ClassicDomain | null;
  domains: { domainId: string; goals: number }[];
}

/** Split links between two portfolios: the agreements the college must make. */
export interface CoordinationPair {
  a: string;
  b: string;
  count: number;
  weight: number;
  links: LinkList;
}

/** The figures of one partition; the draft and the classic baseline both have this shape. */
export interface DivisionFigures {
  /** The id of every link, by index: the table the link lists point into (the graph's own array, not a copy). */
  linkIds: readonly string[];
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

/** The ids of a list's links, in the list's order. */
export function linkIdsOf(figures: Pick<DivisionFigures, 'linkIds'>, list: LinkList): string[] {
  const out = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = figures.linkIds[list[i]!]!;
  return out;
}

/** The ids of a list's links in project order (lists are grouped by pair and class, not by link). */
export function linkIdsInProjectOrder(figures: Pick<DivisionFigures, 'linkIds'>, list: LinkList): string[] {
  return linkIdsOf(figures, Int32Array.from(list).sort());
}

/**
 * A list's links strongest first, then in project order, looked up in `linkById` (the project's links): how the
 * app and the text report show the links behind a figure, so the ties that matter most head the list.
 */
export function strongestLinksFirst<L extends { strength: number }>(
  figures: Pick<DivisionFigures, 'linkIds'>,
  list: LinkList,
  linkById: ReadonlyMap<string, L>,
): L[] {
  return linkIdsInProjectOrder(figures, list)
    .map((id) => linkById.get(id))
    .filter((l) => l !== undefined)
    .sort((a, b) => b.strength - a.strength);
}

/**
 * The goals at either end of a coordination pair's links: `goalsA` those of portfolio a, `goalsB` those of b,
 * each distinct and in first-seen order. Derived from the links on demand; the report does not store them.
 */
export function pairGoals(
  g: CompactGraph,
  parts: Int32Array,
  keys: readonly string[],
  pair: CoordinationPair,
): { goalsA: string[]; goalsB: string[] } {
  const a = keys.indexOf(pair.a);
  const seen = new Set<number>();
  const goalsA: string[] = [];
  const goalsB: string[] = [];
  for (const e of pair.links) {
    for (const v of [g.src[e]!, g.dst[e]!]) {
      if (seen.has(v)) continue;
      seen.add(v);
      (parts[v] === a ? goalsA : goalsB).push(g.goalIds[v]!);
    }
  }
  return { goalsA, goalsB };
}

// Within each group of links (a portfolio's kept links, a pair's split links, the unassigned ones) links are
// ordered by class in this slot order, so the cross-domain ones (flags 1 and 3) and the Omgevingswet ones (3 and 2)
// each form one run: every list is then a view or a concatenation of runs, never a filter.
const SLOT_OF_FLAGS = [0, LINK_CROSS_DOMAIN, LINK_CROSS_DOMAIN | LINK_OMGEVINGSWET, LINK_OMGEVINGSWET].reduce<number[]>(
  (slots, flags, slot) => {
    slots[flags] = slot;
    return slots;
  },
  [],
);
const CROSS_FROM = 1;
const CROSS_TO = 3;
const OW_FROM = 2;
const OW_TO = 4;

function cutFigures(total: number, totalCount: number, cut: number, cutCount: number, links: LinkList): CutFigures {
  return { total, totalCount, cut, cutCount, share: total > 0 ? cut / total : null, splitLinks: links };
}

/**
 * Turns a PartScore into figures whose every number can be traced to its links. One counting sort places each
 * link once (by group, then class, then direction, then link order) into a single index array; every list is a
 * view into it or a concatenation of its runs.
 */
export function divisionFigures(
  g: CompactGraph,
  parts: Int32Array,
  keys: readonly string[],
  s: PartScore,
): DivisionFigures {
  const k = keys.length;
  const K = k + 1;
  const KK = K * K;
  const pairCount = (k * (k - 1)) / 2;
  // Groups: 0..k−1 the kept links of each part, then one per pair a < b, then the unassigned links. Each cell
  // gets the start of its run, laid out by group, then class slot, then direction, so placing a link needs only
  // its cell.
  const pairGroup = new Int32Array(k * k);
  for (let a = 0, gi = k; a < k; a++)
    for (let b = a + 1; b < k; b++) pairGroup[a * k + b] = pairGroup[b * k + a] = gi++;
  const unassignedGroup = k + pairCount;
  const groupOf = (a: number, b: number) =>
    a === k || b === k ? unassignedGroup : a === b ? a : pairGroup[a * k + b]!;
  const cellsBySlot: number[][] = Array.from({ length: 4 * (unassignedGroup + 1) }, () => []);
  for (let f = 0; f < 4; f++) {
    for (let a = 0; a < K; a++)
      for (let b = 0; b < K; b++) cellsBySlot[groupOf(a, b) * 4 + SLOT_OF_FLAGS[f]!]!.push(f * KK + a * K + b);
  }
  // start[group · 4 + slot] is where that run begins; next[cell] is where the cell's next link goes.
  const start = new Int32Array(cellsBySlot.length + 1);
  const next = new Int32Array(4 * KK);
  let at = 0;
  cellsBySlot.forEach((cells, slot) => {
    start[slot] = at;
    for (const cell of cells) {
      next[cell] = at;
      at += s.cellCount[cell]!;
    }
  });
  start[cellsBySlot.length] = at;
  const order = new Int32Array(g.m);
  const cellOf = s.cell;
  for (let e = 0, m = g.m; e < m; e++) order[next[cellOf[e]!]!++] = e;

  const run = (group: number, from: number, to: number) =>
    order.subarray(start[group * 4 + from]!, start[group * 4 + to]!);
  const joinRuns = (count: number, runs: LinkList[]) => {
    const out = new Int32Array(count);
    let at = 0;
    for (const r of runs) {
      out.set(r, at);
      at += r.length;
    }
    return out;
  };

  const coordination: CoordinationPair[] = [];
  const crossRuns: LinkList[] = [];
  const owRuns: LinkList[] = [];
  const owSpRuns: LinkList[] = [];
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const group = pairGroup[a * k + b]!;
      const links = run(group, 0, 4);
      if (links.length === 0) continue;
      coordination.push({ a: keys[a]!, b: keys[b]!, count: links.length, weight: s.matrix[a * k + b]!, links });
      crossRuns.push(run(group, CROSS_FROM, CROSS_TO));
      const ow = run(group, OW_FROM, OW_TO);
      owRuns.push(ow);
      const la = s.leaning[a]!;
      const lb = s.leaning[b]!;
      if ((la === SOCIAL && lb === PHYSICAL) || (la === PHYSICAL && lb === SOCIAL)) owSpRuns.push(ow);
    }
  }

  const portfolioGoals: string[][] = [];
  for (let p = 0; p < k; p++) portfolioGoals.push([]);
  const goalIds = g.goalIds;
  for (let v = 0; v < g.n; v++) {
    const p = parts[v]!;
    if (p >= 0 && p < k && !g.isSubject[v]) portfolioGoals[p]!.push(goalIds[v]!);
  }
  const nd = g.domainIds.length;
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
      keptLinks: run(p, 0, 4),
      cohesion: internal + external > 0 ? internal / (internal + external) : null,
      leaning: lean >= 0 ? CLASSIC_DOMAINS[lean]! : null,
      domains,
    };
  });

  const keptEnd = start[k * 4]!;
  const splitEnd = start[unassignedGroup * 4]!;
  return {
    linkIds: g.linkIds,
    cut: cutFigures(s.total, s.totalCount, s.cut, s.cutCount, order.subarray(keptEnd, splitEnd)),
    kept: { count: s.keptCount, weight: s.kept, links: order.subarray(0, keptEnd) },
    unassigned: { count: s.unassignedCount, weight: s.unassigned, links: order.subarray(splitEnd) },
    crossDomain: cutFigures(
      s.crossDomainTotal,
      s.crossDomainTotalCount,
      s.crossDomainCut,
      s.crossDomainCutCount,
      joinRuns(s.crossDomainCutCount, crossRuns),
    ),
    omgevingswet: cutFigures(s.owTotal, s.owTotalCount, s.owCut, s.owCutCount, joinRuns(s.owCutCount, owRuns)),
    owSocialPhysical: {
      count: s.owSocialPhysicalCutCount,
      weight: s.owSocialPhysicalCut,
      links: joinRuns(s.owSocialPhysicalCutCount, owSpRuns),
    },
    portfolios,
    coordination,
    modularity: s.modularity,
  };
}

import type { CompactGraph } from './compactGraph';
import { CLASSIC_DOMAINS, type ClassicDomain } from '../model/domain';
import { CLASSIC_PHYSICAL, CLASSIC_SOCIAL, type PartScore } from './scoreParts';
import { linkClassesOf, LINK_CROSS_DOMAIN, LINK_OMGEVINGSWET } from './linkClasses';

// Imported constants read in hot loops are copied into locals: a CommonJS transpile (tsx, vitest) turns each
// read of an imported binding into a getter call.
const CROSS = LINK_CROSS_DOMAIN;
const OWB = LINK_OMGEVINGSWET;
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

/** Index buffers, each one slot past the link count: the last gather may write there without advancing. */
interface Scratch {
  kept: Int32Array;
  split: Int32Array;
  unassigned: Int32Array;
  pairLinks: Int32Array;
  goalsABuf: Int32Array;
  goalsBBuf: Int32Array;
  crossBuf: Int32Array;
  owBuf: Int32Array;
  spBuf: Int32Array;
}

// Index buffers of a graph's link count, reused by every call on that graph: fresh ones of this size come from
// the operating system each time and cost more than the pass that fills them. Safe to share because a call
// empties them into fresh id arrays before it returns.
const scratchCache = new WeakMap<CompactGraph, Scratch>();

function scratchOf(g: CompactGraph): Scratch {
  let s = scratchCache.get(g);
  if (!s) {
    const size = g.m + 1;
    const all = new Int32Array(9 * size);
    const at = (i: number) => all.subarray(i * size, (i + 1) * size);
    s = {
      kept: at(0),
      split: at(1),
      unassigned: at(2),
      pairLinks: at(3),
      goalsABuf: at(4),
      goalsBBuf: at(5),
      crossBuf: at(6),
      owBuf: at(7),
      spBuf: at(8),
    };
    scratchCache.set(g, s);
  }
  return s;
}

/** ids[buf[from]], …, ids[buf[to − 1]] as a fresh array. */
function idsAt(ids: readonly string[], buf: Int32Array, from: number, to: number): string[] {
  const out = new Array<string>(to - from);
  for (let i = from; i < to; i++) out[i - from] = ids[buf[i]!]!;
  return out;
}

/**
 * Turns a PartScore into id-based figures. Link indices are first gathered per class into typed arrays, then
 * mapped to ids in tight loops. Gathering writes every index and advances the class's fill by 0 or 1, so the loops
 * have no branch that depends on the division: on a scattered draft such branches mispredict often enough to
 * cost several bare passes.
 */
export function divisionFigures(g: CompactGraph, parts: Int32Array, keys: readonly string[], s: PartScore): DivisionFigures {
  const k = keys.length;
  const nd = g.domainIds.length;
  const goalIds = g.goalIds;
  const linkIds = g.linkIds;
  const m = g.m;
  const portfolioGoals: string[][] = [];
  const goalFill = new Int32Array(k);
  for (let p = 0; p < k; p++) portfolioGoals.push(new Array<string>(s.goals[p]!));
  for (let v = 0; v < g.n; v++) {
    const p = parts[v]!;
    if (p >= 0 && p < k) portfolioGoals[p]![goalFill[p]!++] = goalIds[v]!;
  }

  // Cells a·K + b over parts with K − 1 = k standing for unassigned. Per cell: the verdict, and for a split link
  // its pair lo·k + hi (lo < hi), both parts, whether it runs from hi to lo, and whether it is social–physical.
  // Other links go to a dummy pair (index k·k, laid out after the split links) and have lo = hi = k, so their
  // writes land in slots no real pair reads, and the loop needs no branch.
  const K = k + 1;
  const dummy = k * k;
  const keptOf = new Int32Array(K * K);
  const splitOf = new Int32Array(K * K);
  const pairOf = new Int32Array(K * K).fill(dummy);
  const loOf = new Int32Array(K * K).fill(k);
  const hiOf = new Int32Array(K * K).fill(k);
  const flipOf = new Int32Array(K * K);
  const spOf = new Int32Array(K * K);
  const pairStart = new Int32Array(k * k + 1);
  let at = 0;
  for (let a = 0; a < K; a++) {
    for (let b = 0; b < K; b++) {
      const c = a * K + b;
      if (a === k || b === k) continue;
      if (a === b) {
        keptOf[c] = 1;
        continue;
      }
      splitOf[c] = 1;
      const lo = a < b ? a : b;
      const hi = a < b ? b : a;
      pairOf[c] = lo * k + hi;
      loOf[c] = lo;
      hiOf[c] = hi;
      flipOf[c] = a > b ? -1 : 0;
      const la = s.leaning[a]!;
      const lb = s.leaning[b]!;
      spOf[c] = (la === SOCIAL && lb === PHYSICAL) || (la === PHYSICAL && lb === SOCIAL) ? 1 : 0;
      if (a < b) {
        pairStart[a * k + b] = at;
        at += s.matrixCount[a * k + b]!;
      }
    }
  }
  pairStart[dummy] = s.cutCount;
  const pairFill = pairStart.slice();
  const goalsAFill = new Int32Array(k * k + 1);
  const goalsBFill = new Int32Array(k * k + 1);
  const part = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) {
    const p = parts[v]!;
    part[v] = p < 0 || p >= k ? k : p;
  }
  // Links in link order per verdict; every link is written to all three lists and advances one of them.
  const { kept: keptBuf, split: splitBuf, unassigned: unassignedBuf, pairLinks, goalsABuf, goalsBBuf, crossBuf, owBuf, spBuf } =
    scratchOf(g);
  // seen[v·K + q]: goal v is already listed as an end towards part q.
  const seen = new Uint8Array(g.n * K);
  const { src, dst } = g;
  const flags = linkClassesOf(g).flags;
  let nk = 0, ns = 0, nu = 0, nc = 0, no = 0, nsp = 0;
  for (let e = 0; e < m; e++) {
    const x = src[e]!;
    const y = dst[e]!;
    const cell = part[x]! * K + part[y]!;
    const isSplit = splitOf[cell]!;
    const isKept = keptOf[cell]!;
    keptBuf[nk] = e;
    nk += isKept;
    splitBuf[ns] = e;
    ns += isSplit;
    unassignedBuf[nu] = e;
    nu += 1 - isKept - isSplit;
    const f = flags[e]! & -isSplit;
    crossBuf[nc] = e;
    nc += f & CROSS;
    const ow = (f & OWB) >> 1;
    owBuf[no] = e;
    no += ow;
    spBuf[nsp] = e;
    nsp += ow & spOf[cell]!;
    const pair = pairOf[cell]!;
    pairLinks[pairFill[pair]!++] = e;
    // The end in part lo and the one in part hi, swapped without a branch when the link runs from hi to lo.
    const swap = (x ^ y) & flipOf[cell]!;
    const ga = x ^ swap;
    const gb = y ^ swap;
    const start = pairStart[pair]!;
    const sa = ga * K + hiOf[cell]!;
    goalsABuf[start + goalsAFill[pair]!] = ga;
    goalsAFill[pair]! += 1 - seen[sa]!;
    seen[sa] = 1;
    const sb = gb * K + loOf[cell]!;
    goalsBBuf[start + goalsBFill[pair]!] = gb;
    goalsBFill[pair]! += 1 - seen[sb]!;
    seen[sb] = 1;
  }

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
        goalsA: idsAt(goalIds, goalsABuf, from, from + goalsAFill[pair]!),
        goalsB: idsAt(goalIds, goalsBBuf, from, from + goalsBFill[pair]!),
      });
    }
  }
  const kept = idsAt(linkIds, keptBuf, 0, nk);
  const split = idsAt(linkIds, splitBuf, 0, ns);
  const unassigned = idsAt(linkIds, unassignedBuf, 0, nu);
  const cross = idsAt(linkIds, crossBuf, 0, nc);
  const ow = idsAt(linkIds, owBuf, 0, no);
  const owSp = idsAt(linkIds, spBuf, 0, nsp);

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

import { nodeHolder } from '../model/division';
import type { CompactGraph } from '../analysis/compactGraph';
import type { LinkList } from '../analysis/divisionFigures';
import {
  arrangementIndex,
  deliberateIndex,
  LinkBag,
  markArrangements,
  markSplits,
  subjectIndexOf,
  type CoverageDivision,
} from './coverageIndex';

/** Status of a link in `SplitCoverage.status`: kept or with an unassigned end (not split), or split and how. */
export const LINK_NOT_SPLIT = 0,
  LINK_UNCOVERED = 1,
  LINK_COVERED = 2,
  LINK_DELIBERATE = 3;

// Copied into locals: hot loops must not read imported or exported bindings (a getter call under CommonJS).
const NOT_SPLIT = 0;
const UNCOVERED = 1;
const COVERED = 2;
const DELIBERATE = 3;

/** Some split links with their summed strength; `links` in link index order (views into one array). */
export interface CoverageGroup {
  count: number;
  weight: number;
  links: LinkList;
}

export interface ArrangementCoverage {
  arrangementId: string;
  count: number;
  weight: number;
  links: LinkList;
}

export interface DeliberateCoverage {
  splitId: string;
  count: number;
  weight: number;
  links: LinkList;
  /** False when the draft now gives a and b one holder (the split it names is gone). */
  apart: boolean;
}

/** How a draft's split links stand against its arrangements and deliberate splits. */
export interface SplitCoverage {
  /** Per link index of the graph: one of the four LINK_ constants. */
  status: Uint8Array;
  covered: CoverageGroup;
  uncovered: CoverageGroup;
  deliberate: CoverageGroup;
  /** Uncovered weight / split weight; null when nothing is split. */
  uncoveredShare: number | null;
  /** Draft order; the covered split links of each (a link may appear under several arrangements). */
  arrangements: ArrangementCoverage[];
  /** Draft order; the split links each names (a link may appear under several splits). */
  deliberateSplits: DeliberateCoverage[];
}

const NONE = new Int32Array(0);
const NO_MEMBERS = new Uint8Array(0);
// Imported bindings read in the link pass are copied into locals (a getter call each under a CommonJS transpile).
const markDeliberate = markSplits;
const markCovered = markArrangements;

/**
 * Each split link of the draft as deliberate (a deliberate split names its ends: each end is the split's `a` / `b`
 * or a goal under it, either order), else covered (an arrangement has both holders and at least one end in scope),
 * else uncovered. One pass over the links; the per-node work (id lookups) is done once, and only when the draft has
 * arrangements or deliberate splits.
 */
export function splitCoverage(g: CompactGraph, parts: Int32Array, division: CoverageDivision): SplitCoverage {
  const { m, src, dst, weight } = g;
  const status = new Uint8Array(m);
  const subjects = division.arrangements.length || division.deliberate.length ? subjectIndexOf(g) : null;
  const arr = subjects && division.arrangements.length ? arrangementIndex(g, division, subjects) : null;
  const del = subjects && division.deliberate.length ? deliberateIndex(g, division, subjects) : null;
  const arrBags = division.arrangements.map(() => new LinkBag());
  const delBags = division.deliberate.map(() => new LinkBag());
  const arrStamp = new Int32Array(division.arrangements.length).fill(-1);
  const delStamp = new Int32Array(division.deliberate.length).fill(-1);
  let nCovered = 0,
    nUncovered = 0,
    nDeliberate = 0;
  let wCovered = 0,
    wUncovered = 0,
    wDeliberate = 0;

  const T = del ? del.T : 0;
  const pairs = del ? del.pairs : null;
  const own = del ? del.own : NONE;
  const sub = del ? del.sub : NONE;
  const k = arr ? arr.k : 0;
  const member = arr ? arr.member : NO_MEMBERS;
  const start = arr ? arr.start : NONE;
  const scope = arr ? arr.scope : NONE;

  for (let e = 0; e < m; e++) {
    const s = src[e]!;
    const t = dst[e]!;
    const ps = parts[s]!;
    const pt = parts[t]!;
    if (ps < 0 || pt < 0 || ps === pt) continue;
    const w = weight[e]!;
    // Deliberate wins: a deliberate link is listed under no arrangement. Both ends' scopes are read (no short
    // circuit) so that every arrangement covering the link lists it.
    let st = UNCOVERED;
    if (pairs) {
      // All four pairs of end tokens are tried (no short circuit): a link two splits name is listed under both.
      const os = own[s]!;
      const ss = sub[s]!;
      const ot = own[t]!;
      const stt = sub[t]!;
      let hit = false;
      if (os >= 0 && ot >= 0) hit = markDeliberate(pairs.get(os * T + ot), e, w, delStamp, delBags) || hit;
      if (os >= 0 && stt >= 0) hit = markDeliberate(pairs.get(os * T + stt), e, w, delStamp, delBags) || hit;
      if (ss >= 0 && ot >= 0) hit = markDeliberate(pairs.get(ss * T + ot), e, w, delStamp, delBags) || hit;
      if (ss >= 0 && stt >= 0) hit = markDeliberate(pairs.get(ss * T + stt), e, w, delStamp, delBags) || hit;
      if (hit) st = DELIBERATE;
    }
    if (st !== DELIBERATE && k > 0 && start[s + 1]! + start[t + 1]! > start[s]! + start[t]!) {
      const fromS = markCovered(member, k, scope, start[s]!, start[s + 1]!, e, ps, pt, w, arrStamp, arrBags);
      const fromT = markCovered(member, k, scope, start[t]!, start[t + 1]!, e, ps, pt, w, arrStamp, arrBags);
      if (fromS || fromT) st = COVERED;
    }
    status[e] = st;
    if (st === DELIBERATE) {
      nDeliberate++;
      wDeliberate += w;
    } else if (st === COVERED) {
      nCovered++;
      wCovered += w;
    } else {
      nUncovered++;
      wUncovered += w;
    }
  }

  // One array, by group then link index; each group a view.
  const all = new Int32Array(nCovered + nUncovered + nDeliberate);
  // Write positions by status: uncovered after the covered, deliberate last.
  const at = [0, nCovered, 0, nCovered + nUncovered];
  for (let e = 0; e < m; e++) {
    const st = status[e]!;
    if (st !== NOT_SPLIT) all[at[st]!++] = e;
  }
  const group = (from: number, count: number, w: number): CoverageGroup => ({
    count,
    weight: w,
    links: all.subarray(from, from + count),
  });
  const splitWeight = wCovered + wUncovered + wDeliberate;
  return {
    status,
    covered: group(0, nCovered, wCovered),
    uncovered: group(nCovered, nUncovered, wUncovered),
    deliberate: group(nCovered + nUncovered, nDeliberate, wDeliberate),
    uncoveredShare: splitWeight > 0 ? wUncovered / splitWeight : null,
    arrangements: division.arrangements.map((a, j) => ({
      arrangementId: a.id,
      count: arrBags[j]!.count,
      weight: arrBags[j]!.weight,
      links: arrBags[j]!.links(),
    })),
    deliberateSplits: division.deliberate.map((d, j) => ({
      splitId: d.id,
      count: delBags[j]!.count,
      weight: delBags[j]!.weight,
      links: delBags[j]!.links(),
      apart: apartInDraft(g, parts, division, d.a, d.b),
    })),
  };
}

/** Whether the draft gives a and b different holders (or leaves one unheld): not one holder for both. */
function apartInDraft(g: CompactGraph, parts: Int32Array, division: CoverageDivision, a: string, b: string): boolean {
  const ha = holderOfNode(g, parts, division, a);
  return ha === undefined || ha !== holderOfNode(g, parts, division, b);
}

/** A node's holder: read off the parts when it is a node of the graph, else a subject's lead (or its own word). */
function holderOfNode(g: CompactGraph, parts: Int32Array, division: CoverageDivision, id: string): string | undefined {
  const v = g.goalIndex.get(id);
  if (v !== undefined) {
    const p = parts[v]!;
    return p >= 0 ? division.portfolioIds[p] : undefined;
  }
  // A subject that is no node of its own (it has goals, no links): its own word, else its lead.
  return nodeHolder(division, id, id);
}

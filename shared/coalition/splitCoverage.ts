import type { Division } from '../model/division';
import { nodeHolder } from '../model/division';
import type { CompactGraph } from '../analysis/compactGraph';
import type { LinkList } from '../analysis/divisionFigures';

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

type CoverageDivision = Pick<Division, 'portfolioIds' | 'assignments' | 'subjects' | 'arrangements' | 'deliberate'>;

/** Subjects of a graph as dense indices (`list` by index), and each node's subject index (−1 for a loose goal). */
export interface SubjectIndex {
  ids: Map<string, number>;
  list: string[];
  of: Int32Array;
}

// Depends on the graph alone: a UI re-reporting after every move pays the per-node string lookups once per revision.
const subjectIndexCache = new WeakMap<CompactGraph, SubjectIndex>();

/** The graph's subjects as dense indices, remembered per graph. */
export function subjectIndexOf(g: CompactGraph): SubjectIndex {
  let x = subjectIndexCache.get(g);
  if (!x) {
    const ids = new Map<string, number>();
    const of = new Int32Array(g.n).fill(-1);
    for (let v = 0; v < g.n; v++) {
      const sid = g.subjectOf[v];
      if (sid === undefined) continue;
      let i = ids.get(sid);
      if (i === undefined) {
        i = ids.size;
        ids.set(sid, i);
      }
      of[v] = i;
    }
    x = { ids, list: [...ids.keys()], of };
    subjectIndexCache.set(g, x);
  }
  return x;
}

/**
 * Per node, the arrangements whose scope holds it (the node in `goalIds`, its subject in `subjectIds`), as CSR
 * lists; and per arrangement, which parts take part (`member[j * k + part]`). Ids are looked up per arrangement
 * entry, never per node.
 */
function arrangementIndex(g: CompactGraph, division: CoverageDivision, subjects: SubjectIndex) {
  const arrangements = division.arrangements;
  const k = division.portfolioIds.length;
  const partOf = new Map(division.portfolioIds.map((id, i) => [id, i]));
  const member = new Uint8Array(arrangements.length * k);
  const byNode: (number[] | undefined)[] = new Array<number[] | undefined>(g.n);
  const bySubject: (number[] | undefined)[] = new Array<number[] | undefined>(subjects.ids.size);
  const add = (lists: (number[] | undefined)[], i: number | undefined, j: number) => {
    if (i === undefined) return;
    const list = lists[i];
    if (list) list.push(j);
    else lists[i] = [j];
  };
  arrangements.forEach((a, j) => {
    for (const h of [a.leadId, ...a.holderIds]) {
      const p = partOf.get(h);
      if (p !== undefined) member[j * k + p] = 1;
    }
    for (const id of a.goalIds) add(byNode, g.goalIndex.get(id), j);
    for (const id of a.subjectIds) add(bySubject, subjects.ids.get(id), j);
  });
  const start = new Int32Array(g.n + 1);
  const items: number[] = [];
  const stamp = new Int32Array(arrangements.length).fill(-1);
  const take = (list: number[] | undefined, v: number) => {
    if (list)
      for (const j of list)
        if (stamp[j] !== v) {
          stamp[j] = v;
          items.push(j);
        }
  };
  const of = subjects.of;
  for (let v = 0; v < g.n; v++) {
    take(byNode[v], v);
    if (of[v]! >= 0) take(bySubject[of[v]!], v);
    start[v + 1] = items.length;
  }
  return { k, member, start, scope: Int32Array.from(items) };
}

/**
 * The deliberate splits as integer tokens: a node a split names (`own`) and a subject it names (`sub`, for the goals
 * under it) get a token, and a split is found by the pair of tokens (both orders), so the link pass does no string
 * work and the per-node pass no lookups.
 */
function deliberateIndex(g: CompactGraph, division: CoverageDivision, subjects: SubjectIndex) {
  const token = new Map<string, number>();
  const tokenOf = (id: string) => {
    let t = token.get(id);
    if (t === undefined) {
      t = token.size;
      token.set(id, t);
    }
    return t;
  };
  const ends = division.deliberate.map((d) => [tokenOf(d.a), tokenOf(d.b)] as const);
  const T = token.size;
  const pairs = new Map<number, number[]>();
  ends.forEach(([a, b], j) => {
    for (const key of a === b ? [a * T + b] : [a * T + b, b * T + a]) {
      const list = pairs.get(key);
      if (list) list.push(j);
      else pairs.set(key, [j]);
    }
  });
  const own = new Int32Array(g.n).fill(-1);
  const sub = new Int32Array(g.n).fill(-1);
  const subjectToken = new Int32Array(subjects.ids.size).fill(-1);
  for (const [id, t] of token) {
    const v = g.goalIndex.get(id);
    if (v !== undefined) own[v] = t;
    const si = subjects.ids.get(id);
    if (si !== undefined) subjectToken[si] = t;
  }
  const of = subjects.of;
  // A subject node's subject is itself: its own token is enough.
  for (let v = 0; v < g.n; v++) if (of[v]! >= 0 && !g.isSubject[v]) sub[v] = subjectToken[of[v]!]!;
  return { T, pairs, own, sub };
}

const NONE = new Int32Array(0);
const NO_MEMBERS = new Uint8Array(0);

/** Records link e under every split of `list` not yet holding it; true when there was one. */
function markSplits(list: number[] | undefined, e: number, w: number, stamp: Int32Array, bags: LinkBag[]): boolean {
  if (!list) return false;
  let hit = false;
  for (let i = 0; i < list.length; i++) {
    const j = list[i]!;
    if (stamp[j] === e) continue;
    stamp[j] = e;
    bags[j]!.push(e, w);
    hit = true;
  }
  return hit;
}

/** Records link e under every arrangement of scope[from..to) that both its holders take part in. */
function markArrangements(
  member: Uint8Array,
  k: number,
  scope: Int32Array,
  from: number,
  to: number,
  e: number,
  ps: number,
  pt: number,
  w: number,
  stamp: Int32Array,
  bags: LinkBag[],
): boolean {
  let hit = false;
  for (let i = from; i < to; i++) {
    const j = scope[i]!;
    if (stamp[j] === e || !member[j * k + ps] || !member[j * k + pt]) continue;
    stamp[j] = e;
    bags[j]!.push(e, w);
    hit = true;
  }
  return hit;
}

/** A growing list of link indices per arrangement or split, without a JS array of boxed numbers per entry. */
class LinkBag {
  private data = new Int32Array(4);
  count = 0;
  weight = 0;
  push(e: number, w: number) {
    if (this.count === this.data.length) {
      const next = new Int32Array(this.count * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.count++] = e;
    this.weight += w;
  }
  links(): LinkList {
    return this.data.slice(0, this.count);
  }
}

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
      if (os >= 0 && ot >= 0) hit = markSplits(pairs.get(os * T + ot), e, w, delStamp, delBags) || hit;
      if (os >= 0 && stt >= 0) hit = markSplits(pairs.get(os * T + stt), e, w, delStamp, delBags) || hit;
      if (ss >= 0 && ot >= 0) hit = markSplits(pairs.get(ss * T + ot), e, w, delStamp, delBags) || hit;
      if (ss >= 0 && stt >= 0) hit = markSplits(pairs.get(ss * T + stt), e, w, delStamp, delBags) || hit;
      if (hit) st = DELIBERATE;
    }
    if (st !== DELIBERATE && k > 0 && start[s + 1]! + start[t + 1]! > start[s]! + start[t]!) {
      const fromS = markArrangements(member, k, scope, start[s]!, start[s + 1]!, e, ps, pt, w, arrStamp, arrBags);
      const fromT = markArrangements(member, k, scope, start[t]!, start[t + 1]!, e, ps, pt, w, arrStamp, arrBags);
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

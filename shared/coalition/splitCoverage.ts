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

/**
 * Per node, the arrangements whose scope holds it (its goal id in `goalIds`, its subject in `subjectIds`), as CSR
 * lists; and per arrangement, which parts take part (`member[j * k + part]`).
 */
function arrangementIndex(g: CompactGraph, division: CoverageDivision) {
  const arrangements = division.arrangements;
  const k = division.portfolioIds.length;
  const partOf = new Map(division.portfolioIds.map((id, i) => [id, i]));
  const member = new Uint8Array(arrangements.length * k);
  const byGoal = new Map<string, number[]>();
  const bySubject = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, id: string, j: number) => {
    const list = map.get(id);
    if (list) list.push(j);
    else map.set(id, [j]);
  };
  arrangements.forEach((a, j) => {
    for (const h of [a.leadId, ...a.holderIds]) {
      const p = partOf.get(h);
      if (p !== undefined) member[j * k + p] = 1;
    }
    for (const id of a.goalIds) add(byGoal, id, j);
    for (const id of a.subjectIds) add(bySubject, id, j);
  });
  const start = new Int32Array(g.n + 1);
  const items: number[] = [];
  const stamp = new Int32Array(arrangements.length).fill(-1);
  for (let v = 0; v < g.n; v++) {
    const own = byGoal.size ? byGoal.get(g.goalIds[v]!) : undefined;
    const sid = g.subjectOf[v];
    const under = sid !== undefined && bySubject.size ? bySubject.get(sid) : undefined;
    for (const list of [own, under])
      if (list)
        for (const j of list)
          if (stamp[j] !== v) {
            stamp[j] = v;
            items.push(j);
          }
    start[v + 1] = items.length;
  }
  return { k, member, start, scope: Int32Array.from(items) };
}

/**
 * The deliberate splits as integer tokens: each node's own id and its subject get a token when a split names them,
 * and a split is found by the pair of tokens (both orders), so the link pass does no string work.
 */
function deliberateIndex(g: CompactGraph, division: CoverageDivision) {
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
  for (let v = 0; v < g.n; v++) {
    own[v] = token.get(g.goalIds[v]!) ?? -1;
    const sid = g.subjectOf[v];
    // A subject node's subject is itself: one token is enough.
    if (sid !== undefined && sid !== g.goalIds[v]) sub[v] = token.get(sid) ?? -1;
  }
  return { T, pairs, own, sub };
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
  const arr = division.arrangements.length ? arrangementIndex(g, division) : null;
  const del = division.deliberate.length ? deliberateIndex(g, division) : null;
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

  // Tries one (token of s's end, token of t's end) pair; records every split it names once per link.
  const tryPair = (e: number, a: number, b: number, w: number): boolean => {
    if (a < 0 || b < 0) return false;
    const list = del!.pairs.get(a * del!.T + b);
    if (!list) return false;
    let hit = false;
    for (const j of list)
      if (delStamp[j] !== e) {
        delStamp[j] = e;
        delBags[j]!.push(e, w);
        hit = true;
      }
    return hit;
  };
  const deliberateHit = (e: number, s: number, t: number, w: number): boolean => {
    const { own, sub } = del!;
    // Not short-circuited: a link two splits name is listed under both.
    const h1 = tryPair(e, own[s]!, own[t]!, w);
    const h2 = tryPair(e, own[s]!, sub[t]!, w);
    const h3 = tryPair(e, sub[s]!, own[t]!, w);
    const h4 = tryPair(e, sub[s]!, sub[t]!, w);
    return h1 || h2 || h3 || h4;
  };

  const scopeHit = (e: number, v: number, ps: number, pt: number, w: number): boolean => {
    const { k, member, start, scope } = arr!;
    let hit = false;
    for (let i = start[v]!; i < start[v + 1]!; i++) {
      const j = scope[i]!;
      if (arrStamp[j] === e || !member[j * k + ps] || !member[j * k + pt]) continue;
      arrStamp[j] = e;
      arrBags[j]!.push(e, w);
      hit = true;
    }
    return hit;
  };

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
    if (del && deliberateHit(e, s, t, w)) st = DELIBERATE;
    else if (arr) {
      const fromS = scopeHit(e, s, ps, pt, w);
      const fromT = scopeHit(e, t, ps, pt, w);
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

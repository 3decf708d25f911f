import type { Division } from '../model/division';
import type { CompactGraph } from '../analysis/compactGraph';
import type { LinkList } from '../analysis/divisionFigures';

// The integer forms `splitCoverage` reads in its link pass: arrangement scopes and deliberate ends per node, built
// once per call (subjects once per graph), so the pass itself does no string work.

export type CoverageDivision = Pick<
  Division,
  'portfolioIds' | 'assignments' | 'subjects' | 'arrangements' | 'deliberate'
>;

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
export function arrangementIndex(g: CompactGraph, division: CoverageDivision, subjects: SubjectIndex) {
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
export function deliberateIndex(g: CompactGraph, division: CoverageDivision, subjects: SubjectIndex) {
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

/** Records link e under every split of `list` not yet holding it; true when there was one. */
export function markSplits(
  list: number[] | undefined,
  e: number,
  w: number,
  stamp: Int32Array,
  bags: LinkBag[],
): boolean {
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
export function markArrangements(
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
export class LinkBag {
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

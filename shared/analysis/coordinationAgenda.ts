import type { CompactGraph } from './compactGraph';
import type { CoordinationPair, LinkList } from './divisionFigures';
import type { SharedSubject } from './subjectLevel';
import {
  LINK_COVERED,
  LINK_DELIBERATE,
  LINK_UNCOVERED,
  type CoverageGroup,
  type SplitCoverage,
} from '../coalition/splitCoverage';

/**
 * One pair of holders on the college's coordination agenda: the links the draft splits between them, together with
 * the links of subjects they share. A link counts once per pair even when it is both.
 */
export interface AgendaPair extends CoordinationPair {
  /** The split links alone (the pair's `CoordinationPair.links` in the figures). */
  splitLinks: LinkList;
  /** Links that are on the agenda because the two share a subject (some may be split as well). */
  sharedLinks: LinkList;
  sharedSubjectIds: string[];
  /** The pair's split links by how they stand (see `splitCoverage`); each in the order of `splitLinks`. */
  covered: CoverageGroup;
  uncovered: CoverageGroup;
  deliberate: CoverageGroup;
  /** The draft's arrangements covering at least one of the pair's split links, in draft order. */
  arrangementIds: string[];
}

const EMPTY = new Int32Array(0);

/** A pair's split links parted by their coverage status (covered, uncovered, deliberate), in one array. */
function groupsOf(
  g: CompactGraph,
  split: LinkList,
  status: Uint8Array,
): Pick<AgendaPair, 'covered' | 'uncovered' | 'deliberate'> {
  const count = [0, 0, 0, 0];
  const weight = [0, 0, 0, 0];
  for (const e of split) {
    const st = status[e]!;
    count[st]!++;
    weight[st]! += g.weight[e]!;
  }
  const C = LINK_COVERED;
  const U = LINK_UNCOVERED;
  const D = LINK_DELIBERATE;
  // Laid out covered, uncovered, deliberate.
  const at = [0, 0, 0, 0];
  at[C] = 0;
  at[U] = count[C]!;
  at[D] = count[C]! + count[U]!;
  const all = split.length ? new Int32Array(count[C]! + count[U]! + count[D]!) : EMPTY;
  const from = [...at];
  for (const e of split) {
    const st = status[e]!;
    if (st) all[at[st]!++] = e;
  }
  const group = (st: number): CoverageGroup => ({
    count: count[st]!,
    weight: weight[st]!,
    links: all.subarray(from[st]!, from[st]! + count[st]!),
  });
  return { covered: group(C), uncovered: group(U), deliberate: group(D) };
}

/**
 * The agenda: every coordination pair of the figures, plus the pairs that share a subject, heaviest first (ties in
 * the figures' order). `count`, `weight` and `links` cover the union of split and shared links.
 */
export function coordinationAgenda(
  g: CompactGraph,
  portfolioIds: readonly string[],
  coordination: readonly CoordinationPair[],
  shared: readonly SharedSubject[],
  coverage: SplitCoverage,
): AgendaPair[] {
  const order = new Map(portfolioIds.map((id, i) => [id, i]));
  const keyOf = (a: string, b: string) =>
    (order.get(a) ?? 0) < (order.get(b) ?? 0) ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  type Entry = { a: string; b: string; split: LinkList; splitWeight: number; shared: Set<number>; subjects: string[] };
  const pairs = new Map<string, Entry>();
  for (const c of coordination)
    pairs.set(keyOf(c.a, c.b), {
      a: c.a,
      b: c.b,
      split: c.links,
      splitWeight: c.weight,
      shared: new Set(),
      subjects: [],
    });
  for (const s of shared) {
    for (let i = 0; i < s.portfolioIds.length; i++) {
      for (let j = i + 1; j < s.portfolioIds.length; j++) {
        const [x, y] = [s.portfolioIds[i]!, s.portfolioIds[j]!];
        const key = keyOf(x, y);
        let pair = pairs.get(key);
        if (!pair) {
          const [a, b] = (order.get(x) ?? 0) < (order.get(y) ?? 0) ? [x, y] : [y, x];
          pair = { a, b, split: new Int32Array(0), splitWeight: 0, shared: new Set(), subjects: [] };
          pairs.set(key, pair);
        }
        for (const e of s.links) pair.shared.add(e);
        pair.subjects.push(s.subjectId);
      }
    }
  }
  // Which pair each split link belongs to, so that each arrangement's covered links name its pairs in one pass.
  const entries = [...pairs.values()];
  const pairOf = new Int32Array(g.m).fill(-1);
  entries.forEach((p, i) => {
    for (const e of p.split) pairOf[e] = i;
  });
  const arrangementIds: string[][] = entries.map(() => []);
  for (const a of coverage.arrangements) {
    const seen = new Set<number>();
    for (const e of a.links) {
      const i = pairOf[e]!;
      if (i >= 0 && !seen.has(i)) {
        seen.add(i);
        arrangementIds[i]!.push(a.arrangementId);
      }
    }
  }
  const out: AgendaPair[] = [];
  entries.forEach((p, i) => {
    const sharedLinks = Int32Array.from(p.shared).sort();
    const union = new Set<number>(p.split);
    for (const e of sharedLinks) union.add(e);
    const onlySplit = union.size === p.split.length;
    const links = onlySplit ? p.split : Int32Array.from(union);
    // Without shared links the pair keeps the figures' own weight, to the last bit.
    let weight = onlySplit ? p.splitWeight : 0;
    if (!onlySplit) for (const e of links) weight += g.weight[e]!;
    out.push({
      a: p.a,
      b: p.b,
      count: links.length,
      weight,
      links,
      splitLinks: p.split,
      sharedLinks,
      sharedSubjectIds: p.subjects,
      ...groupsOf(g, p.split, coverage.status),
      arrangementIds: arrangementIds[i]!,
    });
  });
  // A stable sort keeps the figures' order among equal weights.
  return out.sort((x, y) => y.weight - x.weight);
}

import type { Division, Project } from '../../../shared/model';
import type { CompactGraph } from '../../../shared/analysis/compactGraph';
import type { LinkList } from '../../../shared/analysis/divisionFigures';
import {
  LINK_COVERED,
  LINK_DELIBERATE,
  LINK_UNCOVERED,
  type CoverageGroup,
  type SplitCoverage,
} from '../../../shared/coalition/splitCoverage';

/** What the draft does with a split link beside its arrangements and deliberate splits. */
export type LinkCover = 'notSplit' | 'uncovered' | 'covered' | 'deliberate';

export function linkCover(status: Uint8Array | null | undefined, e: number): LinkCover {
  const s = status?.[e];
  return s === LINK_UNCOVERED
    ? 'uncovered'
    : s === LINK_COVERED
      ? 'covered'
      : s === LINK_DELIBERATE
        ? 'deliberate'
        : 'notSplit';
}

/** Whether a sorted link list holds e (the coverage lists are in link index order). */
function holds(list: LinkList, e: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]!;
    if (x === e) return true;
    if (x < e) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** One split link with what covers it: the arrangements whose scope and holders take it in, the splits naming it. */
export interface LinkCoverage {
  cover: LinkCover;
  arrangementIds: string[];
  splitIds: string[];
}

export function linkCoverage(c: SplitCoverage | null | undefined, e: number): LinkCoverage {
  const cover = linkCover(c?.status, e);
  if (!c || cover === 'notSplit' || cover === 'uncovered') return { cover, arrangementIds: [], splitIds: [] };
  return {
    cover,
    arrangementIds: c.arrangements.filter((a) => holds(a.links, e)).map((a) => a.arrangementId),
    splitIds: c.deliberateSplits.filter((d) => holds(d.links, e)).map((d) => d.splitId),
  };
}

/**
 * How a pair of holders on the agenda stands: every one of its non-deliberate split links covered, some, none; only
 * deliberate splits left; or nothing split at all (a pair a shared subject alone brings).
 */
export type PairCover = 'covered' | 'partly' | 'uncovered' | 'deliberate' | 'none';

export interface PairCoverage {
  state: PairCover;
  /** Covered split links, of `of` split links that are not deliberate. */
  covered: number;
  of: number;
  deliberate: number;
  arrangementIds: string[];
}

export function pairCoverage(p: {
  covered: CoverageGroup;
  uncovered: CoverageGroup;
  deliberate: CoverageGroup;
  arrangementIds: readonly string[];
}): PairCoverage {
  const of = p.covered.count + p.uncovered.count;
  const state: PairCover =
    of === 0
      ? p.deliberate.count
        ? 'deliberate'
        : 'none'
      : p.uncovered.count === 0
        ? 'covered'
        : p.covered.count === 0
          ? 'uncovered'
          : 'partly';
  return { state, covered: p.covered.count, of, deliberate: p.deliberate.count, arrangementIds: [...p.arrangementIds] };
}

/** The headline's figures: split weight and how it divides, with the uncovered share (null when nothing is split). */
export interface CoverageHeadline {
  weight: number;
  count: number;
  uncovered: number;
  uncoveredShare: number | null;
  covered: number;
  deliberate: number;
}

export function coverageHeadline(c: SplitCoverage): CoverageHeadline {
  return {
    weight: c.covered.weight + c.uncovered.weight + c.deliberate.weight,
    count: c.covered.count + c.uncovered.count + c.deliberate.count,
    uncovered: c.uncovered.weight,
    uncoveredShare: c.uncoveredShare,
    covered: c.covered.weight,
    deliberate: c.deliberate.weight,
  };
}

/** The node a link end counts under as a subject: a goal's subject, a subject node itself; none for a loose goal. */
function subjectOfNode(project: Pick<Project, 'goals' | 'subjects'>, id: string): string | undefined {
  if (project.subjects.some((s) => s.id === id)) return id;
  return project.goals.find((g) => g.id === id)?.subjectId;
}

/**
 * What marking a split link deliberate can name: its two ends (goals, or subject nodes at subject level), or,
 * when both ends have subjects and those differ from the ends, the two subjects (then every link between them
 * counts). Null subjects when that choice does not exist.
 */
export interface DeliberateChoice {
  nodes: readonly [string, string];
  subjects: readonly [string, string] | null;
}

export function deliberateChoice(
  project: Pick<Project, 'goals' | 'subjects'>,
  source: string,
  target: string,
): DeliberateChoice {
  const sa = subjectOfNode(project, source);
  const sb = subjectOfNode(project, target);
  const differs = sa !== undefined && sb !== undefined && sa !== sb && !(sa === source && sb === target);
  return { nodes: [source, target], subjects: differs ? [sa, sb] : null };
}

/** The deliberate splits of a draft for the list that shows them apart: each with its reason and the links it names. */
export interface DeliberateRow {
  splitId: string;
  a: string;
  b: string;
  reason: string;
  count: number;
  weight: number;
  links: LinkList;
  /** False when the draft now gives both ends one holder: the split it names no longer exists. */
  apart: boolean;
}

export function deliberateRows(division: Pick<Division, 'deliberate'>, c: SplitCoverage): DeliberateRow[] {
  const byId = new Map(c.deliberateSplits.map((d) => [d.splitId, d]));
  return division.deliberate.map((d) => {
    const cov = byId.get(d.id);
    return {
      splitId: d.id,
      a: d.a,
      b: d.b,
      reason: d.reason,
      count: cov?.count ?? 0,
      weight: cov?.weight ?? 0,
      links: cov?.links ?? new Int32Array(0),
      apart: cov?.apart ?? true,
    };
  });
}

/** The arrangements of a draft with the split links each covers, in draft order (for the covered list). */
export interface ArrangementRow {
  arrangementId: string;
  name: string;
  kind: Division['arrangements'][number]['kind'];
  holderIds: string[];
  count: number;
  weight: number;
  links: LinkList;
}

export function arrangementRows(division: Pick<Division, 'arrangements'>, c: SplitCoverage): ArrangementRow[] {
  const byId = new Map(c.arrangements.map((a) => [a.arrangementId, a]));
  return division.arrangements.map((a) => {
    const cov = byId.get(a.id);
    return {
      arrangementId: a.id,
      name: a.name,
      kind: a.kind,
      holderIds: [a.leadId, ...a.holderIds.filter((h) => h !== a.leadId)],
      count: cov?.count ?? 0,
      weight: cov?.weight ?? 0,
      links: cov?.links ?? new Int32Array(0),
    };
  });
}

/** Link id → link index of the graph, built once per graph (lists of link ids reach back to the coverage). */
const linkIndexCache = new WeakMap<CompactGraph, ReadonlyMap<string, number>>();
export function linkIndexOf(g: CompactGraph): ReadonlyMap<string, number> {
  let m = linkIndexCache.get(g);
  if (!m) {
    m = new Map(g.linkIds.map((id, e) => [id, e]));
    linkIndexCache.set(g, m);
  }
  return m;
}

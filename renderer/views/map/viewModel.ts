import type { Division, LinkKind, Project } from '../../../shared/model';
import { LINK_KINDS, isException } from '../../../shared/model';
import { divisionParts, type CompactGraph } from '../../../shared/analysis/compactGraph';
import type { ApartReason } from '../../../shared/analysis/levelTies';

export { coverMarkOf, coverStatusOf, type CoverMark } from './coverMarks';
import { coverMarkOf, coverStatusOf, type CoverMark } from './coverMarks';

/** What the chosen draft does with a link: both ends with one holder, with two, or an end nobody holds yet. */
export type LinkStatus = 'kept' | 'split' | 'unassigned';

/**
 * How a link differs in the compare draft: split here but not there (`splitHere`), or split there but not here
 * (`splitThere`). Null when both drafts agree or no compare draft is chosen.
 */
export type CompareMark = 'splitHere' | 'splitThere' | null;

/** A goal shown on its own although it has a subject (an exception above all: always marked as such). */
export interface MapApart {
  subjectId: string;
  subjectName: string;
  reason: ApartReason;
}

/**
 * One node on the map: a goal, or a subject (at subject level a subject with the goals that follow it; at goal
 * level only a subject that is a node of its own, without goals or with links of its own).
 */
export interface MapNode {
  id: string;
  kind: 'goal' | 'subject';
  label: string;
  /** Goals grouped in the node: 1 for a goal, the subject's goals for a subject (0 for a subject without goals). */
  goalCount: number;
  /** Radius relative to a goal's: subjects grow with their goal count. */
  size: number;
  /** The goal ids behind the node (its own id for a goal). */
  memberIds: readonly string[];
  /** The subject a goal belongs to, by name; null for subjects and goals without one. */
  subjectName: string | null;
  apart: MapApart | null;
  /** Links with both ends inside the node (a subject's own coherence): count and weight. */
  inside: { count: number; weight: number };
  domainId: string;
  /** Holder in the chosen draft, or null when unassigned (or the draft has none). */
  holderId: string | null;
  /** Holder in the compare draft; undefined when no compare draft is chosen. */
  compareHolderId?: string | null;
  /** The compare draft gives this goal to another holder. */
  moved: boolean;
  budget: number | null;
  themes: readonly string[];
  laws: readonly string[];
  taakvelden: readonly string[];
}

/**
 * A line on the map: one link at goal level; at subject level a tie, the sum of the goal-level links between two
 * nodes (`linkIds`), with the strongest kind by weight as its kind and the summed strength.
 */
export interface MapLink {
  id: string;
  source: number;
  target: number;
  kind: LinkKind;
  strength: number;
  /** The goal-level links behind the line (one at goal level). */
  linkIds: readonly string[];
  rationale: string;
  status: LinkStatus;
  compare: CompareMark;
  /** Only on split lines: covered by an arrangement, or split deliberately (a tie: every split link behind it). */
  cover?: CoverMark;
}

export interface MapGroupInfo {
  id: string;
  name: string;
  colour: string;
}

export interface MapModel {
  level: 'goal' | 'subject';
  nodes: readonly MapNode[];
  links: readonly MapLink[];
  index: ReadonlyMap<string, number>;
  /** Ids that resolve to another node: at subject level, each goal to the node it is grouped in. */
  aliases: ReadonlyMap<string, number>;
  /** The line each goal-level link is drawn in (itself at goal level, its tie at subject level). */
  linkIndex: ReadonlyMap<string, number>;
  /** Per node, the indices of its links. */
  linksOf: readonly (readonly number[])[];
  /** Holders of the chosen draft in its order. */
  holders: readonly MapGroupInfo[];
  domains: readonly MapGroupInfo[];
  draftId: string | null;
  compareId: string | null;
  /** Goal-level links by status (at subject level summed over the ties), compare marks and moved nodes. */
  counts: Record<LinkStatus, number> & { splitHere: number; splitThere: number; moved: number };
  /** Lines by status: the ties at subject level; equal to `counts` at goal level. */
  ties: Record<LinkStatus, number>;
  /** Goal-level split links covered by an arrangement or split deliberately (the report's counts). */
  covers?: Record<CoverMark, number>;
}

/** A subject's radius grows with the square root of its goals, so area follows the count; a goal is 1. */
export const nodeSize = (kind: 'goal' | 'subject', goalCount: number): number =>
  kind === 'goal' ? 1 : Math.min(2.4, 1 + 0.3 * Math.sqrt(goalCount));

/** The node with this id, or the node a goal is grouped in (subject level); undefined when neither is on the map. */
export const nodeOf = (model: MapModel, id: string): number | undefined => model.index.get(id) ?? model.aliases.get(id);

export const UNASSIGNED_COLOUR = '#8a939c';

export function statusOf(parts: Int32Array | null, s: number, t: number): LinkStatus {
  if (!parts) return 'unassigned';
  const a = parts[s]!;
  const b = parts[t]!;
  return a < 0 || b < 0 ? 'unassigned' : a === b ? 'kept' : 'split';
}

/**
 * The map of a project for one draft (and a compare draft): every goal with its holder, every link with what the
 * draft does to it. A link is split exactly when the report counts it split (both ends held, by two holders of the
 * draft), since both read the draft through the same `divisionParts`; covered or deliberate as the report's
 * `coverage` says (`coverage`: its status array, to share the report's work). Pure; memoised per project revision
 * through `Derived.memo`.
 */
export function mapModel(
  project: Project,
  graph: CompactGraph,
  draft: Division | undefined,
  compare: Division | undefined,
  coverage?: Uint8Array,
): MapModel {
  const parts = draft ? divisionParts(graph, draft) : null;
  const cover = coverStatusOf(graph, draft, parts, coverage);
  const compareParts = compare ? divisionParts(graph, compare) : null;
  const holderOf = (p: Int32Array | null, d: Division | undefined, v: number) =>
    p && d && p[v]! >= 0 ? d.portfolioIds[p[v]!]! : null;
  const goals = new Map(project.goals.map((g) => [g.id, g]));
  const subjects = new Map(project.subjects.map((s) => [s.id, s]));
  const nodes: MapNode[] = [];
  const index = new Map<string, number>();
  let moved = 0;
  for (let v = 0; v < graph.n; v++) {
    const id = graph.goalIds[v]!;
    const g = goals.get(id);
    const subject = subjects.get(graph.subjectOf[v] ?? '');
    const holderId = holderOf(parts, draft, v);
    const exception = !!g && !!subject && !!draft && isException(draft, id, subject.id);
    const node: MapNode = {
      id,
      kind: g ? 'goal' : 'subject',
      label: g?.title ?? subject?.name ?? id,
      goalCount: g ? 1 : 0,
      size: 1,
      memberIds: g ? [id] : [],
      subjectName: g && subject ? subject.name : null,
      apart: exception ? { subjectId: subject.id, subjectName: subject.name, reason: 'exception' } : null,
      inside: { count: 0, weight: 0 },
      domainId: g?.domainId ?? subject?.domainId ?? '',
      holderId,
      moved: false,
      budget: g?.budget ?? null,
      themes: g?.themes ?? [],
      laws: g?.laws ?? [],
      taakvelden: g?.taakvelden ?? subject?.taakvelden ?? [],
    };
    if (compare) {
      node.compareHolderId = holderOf(compareParts, compare, v);
      node.moved = node.compareHolderId !== holderId;
      if (node.moved) moved++;
    }
    index.set(id, v);
    nodes.push(node);
  }

  const rationale = new Map(project.links.map((l) => [l.id, l.rationale]));
  const counts = { kept: 0, split: 0, unassigned: 0, splitHere: 0, splitThere: 0, moved };
  const covers = { covered: 0, deliberate: 0 };
  const linksOf: number[][] = nodes.map(() => []);
  const links: MapLink[] = [];
  for (let e = 0; e < graph.m; e++) {
    const s = graph.src[e]!;
    const t = graph.dst[e]!;
    const status = statusOf(parts, s, t);
    let mark: CompareMark = null;
    if (compare) {
      const there = statusOf(compareParts, s, t) === 'split';
      if (status === 'split' && !there) mark = 'splitHere';
      else if (status !== 'split' && there) mark = 'splitThere';
      if (mark) counts[mark]++;
    }
    counts[status]++;
    linksOf[s]!.push(e);
    linksOf[t]!.push(e);
    const link: MapLink = {
      id: graph.linkIds[e]!,
      source: s,
      target: t,
      kind: LINK_KINDS[graph.kind[e]!]!,
      strength: graph.weight[e]!,
      linkIds: [graph.linkIds[e]!],
      rationale: rationale.get(graph.linkIds[e]!) ?? '',
      status,
      compare: mark,
    };
    const c = status === 'split' ? coverMarkOf(cover, e) : undefined;
    if (c) {
      link.cover = c;
      covers[c]++;
    }
    links.push(link);
  }

  return {
    level: 'goal',
    nodes,
    links,
    index,
    aliases: new Map(),
    linkIndex: new Map(links.map((l, e) => [l.id, e])),
    linksOf,
    ...groupsOf(project, draft),
    draftId: draft?.id ?? null,
    compareId: compare?.id ?? null,
    counts,
    ties: { kept: counts.kept, split: counts.split, unassigned: counts.unassigned },
    covers,
  };
}

/** The draft's holders (in its order) and the project's domains, with names and colours. */
export function groupsOf(
  project: Pick<Project, 'portfolios' | 'domains'>,
  draft: Division | undefined,
): Pick<MapModel, 'holders' | 'domains'> {
  const portfolios = new Map(project.portfolios.map((p) => [p.id, p]));
  return {
    holders: (draft?.portfolioIds ?? []).map((id) => ({
      id,
      name: portfolios.get(id)?.holder ?? id,
      colour: portfolios.get(id)?.colour ?? UNASSIGNED_COLOUR,
    })),
    domains: project.domains.map((d) => ({ id: d.id, name: d.name, colour: d.colour })),
  };
}

/** The other end of link `e` seen from node `v`. */
export const otherEnd = (l: MapLink, v: number): number => (l.source === v ? l.target : l.source);

/**
 * The neighbours of a node in the order the side panel lists its links and the arrow keys visit them: strongest
 * link first, split before kept, then by title. A neighbour reached by two links is listed once, at its strongest.
 */
export function neighbourOrder(model: MapModel, id: string, locale: string): string[] {
  const v = model.index.get(id);
  if (v === undefined) return [];
  return linkOrder(model, v, locale)
    .map((e) => model.nodes[otherEnd(model.links[e]!, v)]!.id)
    .filter((n, i, all) => all.indexOf(n) === i);
}

const STATUS_RANK: Record<LinkStatus, number> = { split: 0, kept: 1, unassigned: 2 };

/** The links of node `v`, strongest first, split before kept, then by the other goal's title. */
export function linkOrder(model: MapModel, v: number, locale: string): number[] {
  const title = (e: number) => model.nodes[otherEnd(model.links[e]!, v)]!.label;
  return [...(model.linksOf[v] ?? [])].sort((a, b) => {
    const la = model.links[a]!;
    const lb = model.links[b]!;
    return (
      lb.strength - la.strength ||
      STATUS_RANK[la.status] - STATUS_RANK[lb.status] ||
      title(a).localeCompare(title(b), locale)
    );
  });
}

/**
 * The next item of a cyclic list after `current` (`delta` 1) or before it (-1); from nothing, the first or the
 * last. Arrow keys step through a goal's neighbours with it.
 */
export function stepThrough(order: readonly string[], current: string | null, delta: 1 | -1): string | null {
  if (!order.length) return null;
  const i = current === null ? -1 : order.indexOf(current);
  if (i < 0) return delta > 0 ? order[0]! : order[order.length - 1]!;
  return order[(i + delta + order.length) % order.length]!;
}

import type { Division, LinkKind, Project } from '../../../shared/model';
import { LINK_KINDS } from '../../../shared/model';
import { divisionParts, type CompactGraph } from '../../../shared/analysis/compactGraph';
import type { SubjectLevel } from '../../../shared/analysis/subjectLevel';
import { apartOf } from '../../../shared/analysis/levelTies';
import {
  coverMarkOf,
  coverStatusOf,
  groupsOf,
  nodeSize,
  statusOf,
  type CompareMark,
  type CoverMark,
  type MapLink,
  type MapModel,
  type MapNode,
} from './viewModel';

/**
 * The map at subject level: one node per level node of the chosen draft (a subject with the goals that follow it,
 * or a goal standing alone), one line per tie between two nodes, summing the goal-level links behind it. A node
 * never spans two holders, so a tie is split exactly when the goal-level links behind it are, and the split
 * figures equal the goal level's. Pure; memoised per revision, draft, compare draft and level through `Derived.memo`.
 */
export function levelMapModel(
  project: Project,
  graph: CompactGraph,
  draft: Division,
  compare: Division | undefined,
  level: SubjectLevel,
  coverage?: Uint8Array,
): MapModel {
  const cover = coverStatusOf(graph, draft, null, coverage);
  const goals = new Map(project.goals.map((g) => [g.id, g]));
  const subjects = new Map(project.subjects.map((s) => [s.id, s]));
  const compareParts = compare ? divisionParts(graph, compare) : null;
  const holderAt = (d: Division, part: number) => (part >= 0 ? d.portfolioIds[part]! : null);
  const nodes: MapNode[] = [];
  const index = new Map<string, number>();
  const aliases = new Map<string, number>();
  let moved = 0;
  level.nodes.forEach((ln, i) => {
    const subject = ln.kind === 'subject' ? subjects.get(ln.id) : undefined;
    const goal = ln.kind === 'goal' ? goals.get(ln.id) : undefined;
    const apart = apartOf(graph, level, i, draft);
    const inside = level.inside[i]!;
    let insideWeight = 0;
    for (const e of inside) insideWeight += graph.weight[e]!;
    let budget: number | null = null;
    for (const id of ln.goalIds) {
      const b = goals.get(id)?.budget;
      if (b !== undefined) budget = (budget ?? 0) + b;
    }
    const node: MapNode = {
      id: ln.id,
      kind: ln.kind,
      label: subject?.name ?? goal?.title ?? ln.id,
      goalCount: ln.goalIds.length,
      size: nodeSize(ln.kind, ln.goalIds.length),
      memberIds: ln.goalIds,
      subjectName: goal?.subjectId ? (subjects.get(goal.subjectId)?.name ?? null) : null,
      apart: apart ? { ...apart, subjectName: subjects.get(apart.subjectId)?.name ?? apart.subjectId } : null,
      inside: { count: inside.length, weight: insideWeight },
      domainId: subject?.domainId ?? goal?.domainId ?? '',
      holderId: holderAt(draft, ln.part),
      moved: false,
      budget,
      themes: [...new Set(ln.goalIds.flatMap((id) => goals.get(id)?.themes ?? []))],
      laws: [...new Set(ln.goalIds.flatMap((id) => goals.get(id)?.laws ?? []))],
      taakvelden: [
        ...new Set([...(subject?.taakvelden ?? []), ...ln.goalIds.flatMap((id) => goals.get(id)?.taakvelden ?? [])]),
      ],
    };
    if (compare && compareParts) {
      // Where most of the node's goals sit in the compare draft; moved when any of them sits elsewhere than here.
      const tally = new Map<number, number>();
      for (const v of ln.members) tally.set(compareParts[v]!, (tally.get(compareParts[v]!) ?? 0) + 1);
      const most = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
      node.compareHolderId = holderAt(compare, most);
      node.moved = [...ln.members].some((v) => holderAt(compare, compareParts[v]!) !== node.holderId);
      if (node.moved) moved++;
    }
    index.set(ln.id, i);
    for (const id of ln.goalIds) if (id !== ln.id) aliases.set(id, i);
    nodes.push(node);
  });

  const rationale = new Map(project.links.map((l) => [l.id, l.rationale]));
  const parts = Int32Array.from(level.nodes, (n) => n.part);
  const counts = { kept: 0, split: 0, unassigned: 0, splitHere: 0, splitThere: 0, moved };
  const ties = { kept: 0, split: 0, unassigned: 0 };
  const covers = { covered: 0, deliberate: 0 };
  const linksOf: number[][] = nodes.map(() => []);
  const links: MapLink[] = [];
  const linkIndex = new Map<string, number>();
  level.edges.forEach((edge, at) => {
    const status = statusOf(parts, edge.a, edge.b);
    const byKind = new Float64Array(LINK_KINDS.length);
    let splitThere = false;
    // A split tie is covered or deliberate only when every link behind it is (deliberate when all are): a tie
    // with one uncovered link still asks for coordination.
    let tieCover: CoverMark | undefined = status === 'split' && cover ? 'deliberate' : undefined;
    for (const e of edge.links) {
      const c = status === 'split' ? coverMarkOf(cover, e) : undefined;
      if (c) covers[c]++;
      if (tieCover) {
        if (!c) tieCover = undefined;
        else if (c === 'covered') tieCover = 'covered';
      }
      byKind[graph.kind[e]!]! += graph.weight[e]!;
      if (compareParts) splitThere ||= statusOf(compareParts, graph.src[e]!, graph.dst[e]!) === 'split';
      linkIndex.set(graph.linkIds[e]!, at);
    }
    let kind = 0;
    for (let k = 1; k < byKind.length; k++) if (byKind[k]! > byKind[kind]!) kind = k;
    let mark: CompareMark = null;
    if (compare) {
      if (status === 'split' && !splitThere) mark = 'splitHere';
      else if (status !== 'split' && splitThere) mark = 'splitThere';
      if (mark) counts[mark]++;
    }
    counts[status] += edge.count;
    ties[status]++;
    linksOf[edge.a]!.push(at);
    linksOf[edge.b]!.push(at);
    const linkIds = Array.from(edge.links, (e) => graph.linkIds[e]!);
    const line: MapLink = {
      id: `${nodes[edge.a]!.id}\u0000${nodes[edge.b]!.id}`,
      source: edge.a,
      target: edge.b,
      kind: LINK_KINDS[kind]! as LinkKind,
      strength: edge.weight,
      linkIds,
      rationale: linkIds.length === 1 ? (rationale.get(linkIds[0]!) ?? '') : '',
      status,
      compare: mark,
    };
    if (tieCover) line.cover = tieCover;
    links.push(line);
  });

  return {
    level: 'subject',
    nodes,
    links,
    index,
    aliases,
    linkIndex,
    linksOf,
    ...groupsOf(project, draft),
    draftId: draft.id,
    compareId: compare?.id ?? null,
    counts,
    ties,
    covers,
  };
}

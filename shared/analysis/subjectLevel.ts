import type { CompactGraph } from './compactGraph';
import type { LinkList } from './divisionFigures';
import { subjectHolders, type Division } from '../model/division';

/**
 * One node of the subject level: a subject with the goals that follow it (and its own node, when it is one), or a
 * goal standing alone: a goal without a subject, or an exception the draft gives to another holder than its
 * subject's lead.
 */
export interface LevelNode {
  id: string;
  kind: 'subject' | 'goal';
  /** Graph node indices grouped here (a subject's goals that follow it, and the subject's own node). */
  members: Int32Array;
  /** The goals grouped here (subject nodes of their own excluded). */
  goalIds: string[];
  /** Part index (position in the draft's holders), −1 when unassigned. */
  part: number;
}

/** All links between two level nodes, summed: what the subject-level map, matrix and lists draw as one tie. */
export interface LevelEdge {
  a: number;
  b: number;
  count: number;
  weight: number;
  /** The goal-level links behind the tie, as indices into the graph's links. */
  links: LinkList;
}

export interface SubjectLevel {
  nodes: LevelNode[];
  /** Level node index of each graph node. */
  nodeOf: Int32Array;
  index: ReadonlyMap<string, number>;
  /** Ties between different level nodes, in order of their first link. */
  edges: LevelEdge[];
  /** Per level node: the links with both ends inside it (a subject's own coherence), as indices into the graph's links. */
  inside: LinkList[];
}

/**
 * The goal graph contracted to subjects for one draft. A goal joins its subject's node when it sits where its subject's
 * lead holder sits; any other goal stands alone, so no level node spans two holders and every split figure at subject
 * level is exactly the sum of the goal-level links behind it.
 */
export function subjectLevel(
  g: CompactGraph,
  parts: Int32Array,
  division: Pick<Division, 'portfolioIds' | 'subjects'>,
): SubjectLevel {
  const pIndex = new Map(division.portfolioIds.map((id, i) => [id, i]));
  const leadPart = new Map<string, number>();
  const partOfSubject = (s: string) => {
    let p = leadPart.get(s);
    if (p === undefined) {
      const lead = subjectHolders(division, s)[0];
      p = lead === undefined ? -1 : (pIndex.get(lead) ?? -1);
      leadPart.set(s, p);
    }
    return p;
  };
  const nodes: LevelNode[] = [];
  const index = new Map<string, number>();
  const nodeOf = new Int32Array(g.n);
  const members: number[][] = [];
  for (let v = 0; v < g.n; v++) {
    const s = g.subjectOf[v];
    const grouped = s !== undefined && (g.isSubject[v] === 1 || parts[v] === partOfSubject(s));
    const id = grouped ? s : g.goalIds[v]!;
    let at = index.get(id);
    if (at === undefined) {
      at = nodes.length;
      index.set(id, at);
      nodes.push({ id, kind: grouped ? 'subject' : 'goal', members: new Int32Array(0), goalIds: [], part: parts[v]! });
      members.push([]);
    }
    nodeOf[v] = at;
    members[at]!.push(v);
    if (!g.isSubject[v]) nodes[at]!.goalIds.push(g.goalIds[v]!);
  }
  nodes.forEach((node, i) => {
    node.members = Int32Array.from(members[i]!);
    // A subject node of its own (no goals) has the subject's part; grouped goals share it by construction.
    node.part = parts[node.members[0]!]!;
  });

  const edgeAt = new Map<number, number>();
  const edgeLinks: number[][] = [];
  const insideLinks: number[][] = nodes.map(() => []);
  const edges: LevelEdge[] = [];
  const L = nodes.length;
  for (let e = 0; e < g.m; e++) {
    const a = nodeOf[g.src[e]!]!;
    const b = nodeOf[g.dst[e]!]!;
    if (a === b) {
      insideLinks[a]!.push(e);
      continue;
    }
    const key = a < b ? a * L + b : b * L + a;
    let at = edgeAt.get(key);
    if (at === undefined) {
      at = edges.length;
      edgeAt.set(key, at);
      edges.push({ a: Math.min(a, b), b: Math.max(a, b), count: 0, weight: 0, links: new Int32Array(0) });
      edgeLinks.push([]);
    }
    const edge = edges[at]!;
    edge.count++;
    edge.weight += g.weight[e]!;
    edgeLinks[at]!.push(e);
  }
  edges.forEach((edge, i) => (edge.links = Int32Array.from(edgeLinks[i]!)));
  return { nodes, nodeOf, index, edges, inside: insideLinks.map((l) => Int32Array.from(l)) };
}

/** A subject the draft gives to more than one holder, with the links that make its holders coordinate. */
export interface SharedSubject {
  subjectId: string;
  /** The holders, lead first, that take part in the draft. */
  portfolioIds: string[];
  /** Every link touching a node that follows the subject, as indices into the graph's links. */
  links: LinkList;
  weight: number;
}

/**
 * The shared subjects of a draft. Holders of one subject must agree on everything touching it, so each link of the
 * subject counts as coordination between every two of its holders (see `coordinationAgenda`).
 */
export function sharedSubjects(
  g: CompactGraph,
  level: SubjectLevel,
  division: Pick<Division, 'portfolioIds' | 'subjects'>,
): SharedSubject[] {
  const inDraft = new Set(division.portfolioIds);
  const out: SharedSubject[] = [];
  for (const subjectId of Object.keys(division.subjects)) {
    const holders = subjectHolders(division, subjectId).filter((h) => inDraft.has(h));
    if (holders.length < 2) continue;
    const at = level.index.get(subjectId);
    const node = at === undefined ? undefined : level.nodes[at];
    if (!node || node.kind !== 'subject') {
      out.push({ subjectId, portfolioIds: holders, links: new Int32Array(0), weight: 0 });
      continue;
    }
    const touching = new Set<number>(level.inside[at!]);
    for (const v of node.members) for (let k = g.adjStart[v]!; k < g.adjStart[v + 1]!; k++) touching.add(g.adjLink[k]!);
    const links = Int32Array.from(touching).sort();
    let weight = 0;
    for (const e of links) weight += g.weight[e]!;
    out.push({ subjectId, portfolioIds: holders, links, weight });
  }
  return out;
}

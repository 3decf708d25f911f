import { buildCompactGraph, divisionParts, type CompactGraph } from './compactGraph';
import type { LinkList } from './divisionFigures';
import { subjectLevel } from './subjectLevel';
import { CLASSIC_DOMAINS } from '../model/domain';
import { LINK_KINDS } from '../model/link';
import { subjectHolders, type Division } from '../model/division';
import type { Placement } from '../model/operations/placementOps';

/** What a search or a suggestion moves: whole subjects with their goals, or single goals. */
export type MoveLevel = 'subject' | 'goal';

/**
 * The division problem the optimiser and the suggestions work on, for one draft. At goal level it is the goal graph
 * itself. At subject level each subject with the goals that follow its lead holder (and its own node) is one node,
 * exceptions and goals without a subject stay single nodes (the grouping of `subjectLevel`), and the links between
 * two nodes are summed. Links inside a subject are kept whatever happens, so the cut of any division of this graph
 * equals the cut of the goal division it stands for: the contraction is exact, and so is a bound on it.
 */
export interface PlacementProblem {
  level: MoveLevel;
  /** The graph to divide; node ids are the goal, subject and level-node ids. */
  graph: CompactGraph;
  /** Problem node of each goal-graph node. */
  nodeOf: Int32Array;
  /** Goal-graph nodes behind a problem node. */
  members(i: number): Int32Array;
  /** 'subject' for a node that stands for a subject (it moves with its goals), else 'goal'. */
  kind: readonly MoveLevel[];
  /** Goals each node holds, what balance by number of goals counts: its goals, or 1 for a node without goals. */
  goalCount: Float64Array;
  /** Goal-level links behind each link of `graph` (indices into the goal graph's links); the identity at goal level. */
  linksBehind(e: number): LinkList;
  /** Part of each node in the draft (position in `division.portfolioIds`), −1 unassigned. */
  parts: Int32Array;
  /** 1 where the node must stay where it is: locks, and subjects the search leaves alone (see `placementProblem`). */
  locked: Uint8Array;
}

type DraftPart = Pick<Division, 'portfolioIds' | 'assignments' | 'subjects' | 'locked'>;

/**
 * The problem for one draft at one level. What stays put:
 * - goal level: locked goals and subjects (a locked subject keeps the goals that follow it), and a subject node that
 *   has goals (single goals move; a subject keeps its holders, a goal moved away from it becomes an exception);
 * - subject level: a node with a locked member (the subject itself, or a goal that follows it), and a shared
 *   subject (more than one holder): sharing is a decision of the college the search should not undo.
 */
export function placementProblem(g: CompactGraph, division: DraftPart, level: MoveLevel): PlacementProblem {
  const goalParts = divisionParts(g, division);
  const lockedIds = new Set(division.locked);
  const subjectLocked = (s: string | undefined) => s !== undefined && lockedIds.has(s);
  if (level === 'goal') {
    const withGoals = new Set<string>();
    for (let v = 0; v < g.n; v++) if (!g.isSubject[v] && g.subjectOf[v] !== undefined) withGoals.add(g.subjectOf[v]!);
    const pIndex = new Map(division.portfolioIds.map((id, i) => [id, i]));
    const leadPart = (s: string) => pIndex.get(subjectHolders(division, s)[0] ?? '') ?? -1;
    const locked = new Uint8Array(g.n);
    for (let v = 0; v < g.n; v++) {
      const s = g.subjectOf[v];
      const id = g.goalIds[v]!;
      if (lockedIds.has(id)) locked[v] = 1;
      else if (g.isSubject[v]) locked[v] = withGoals.has(id) && goalParts[v]! >= 0 ? 1 : 0;
      // A goal follows its locked subject when it sits with the subject's lead.
      else if (subjectLocked(s) && goalParts[v]! >= 0 && goalParts[v] === leadPart(s!)) locked[v] = 1;
    }
    return {
      level,
      graph: g,
      nodeOf: Int32Array.from({ length: g.n }, (_, v) => v),
      members: (v) => Int32Array.of(v),
      kind: Array.from(g.isSubject, (x) => (x ? 'subject' : 'goal')),
      goalCount: new Float64Array(g.n).fill(1),
      linksBehind: (e) => Int32Array.of(e),
      parts: goalParts.slice(),
      locked,
    };
  }

  const level_ = subjectLevel(g, goalParts, division);
  const nodes = level_.nodes;
  const locked = new Uint8Array(nodes.length);
  nodes.forEach((node, i) => {
    if (lockedIds.has(node.id)) locked[i] = 1;
    for (const v of node.members) if (lockedIds.has(g.goalIds[v]!)) locked[i] = 1;
    if (node.kind === 'subject' && subjectHolders(division, node.id).length > 1) locked[i] = 1;
  });
  const domains = g.domainIds.map((id, i) => ({ id, classic: CLASSIC_DOMAINS[g.domainClassic[i]!]! }));
  const contracted = buildCompactGraph({
    goals: nodes.map((node) => {
      let budget = 0;
      let known = false;
      for (const v of node.members)
        if (g.hasBudget[v]) {
          budget += g.budget[v]!;
          known = true;
        }
      return {
        id: node.id,
        domainId: g.domainIds[g.domain[node.members[0]!]!]!,
        ...(known ? { budget } : {}),
      };
    }),
    links: level_.edges.map((edge, i) => ({
      id: `tie${i}`,
      source: nodes[edge.a]!.id,
      target: nodes[edge.b]!.id,
      kind: LINK_KINDS[g.kind[edge.links[0]!]!]!,
      strength: edge.weight,
    })),
    domains,
  });
  const graph: CompactGraph = {
    ...contracted,
    subjectOf: nodes.map((node) => (node.kind === 'subject' ? node.id : undefined)),
    isSubject: Uint8Array.from(nodes, (node) => (node.kind === 'subject' ? 1 : 0)),
  };
  return {
    level,
    graph,
    nodeOf: level_.nodeOf,
    members: (i) => nodes[i]!.members,
    kind: nodes.map((node) => node.kind),
    goalCount: Float64Array.from(nodes, (node) => Math.max(1, node.goalIds.length)),
    linksBehind: (e) => level_.edges[e]!.links,
    parts: Int32Array.from(nodes, (node) => node.part),
    locked,
  };
}

/**
 * The draft's placement (`assignments` and `subjects`) that puts every problem node in `nodeParts` (−1 leaves a node
 * where it is). A subject node's part becomes the subject's lead holder (a shared subject keeps its other holders);
 * a goal that lands with its subject's lead follows it (no own assignment, so it moves with it later), any other goal
 * gets its holder as an own assignment (an exception when its subject is held elsewhere). Every node then has
 * exactly the holder the parts give it: `nodeHolder(placement, id)` is `portfolioIds[part]`.
 */
export function placementOf(
  problem: Pick<PlacementProblem, 'members' | 'kind' | 'parts'>,
  g: CompactGraph,
  division: Pick<Division, 'portfolioIds' | 'assignments' | 'subjects'>,
  nodeParts: Int32Array,
): Placement {
  const subjects = new Map(Object.entries(division.subjects));
  const assignments = new Map(Object.entries(division.assignments));
  const holderAt = (p: number) => (p >= 0 ? division.portfolioIds[p] : undefined);
  const lead = (s: string, h: string) => {
    const before = subjects.get(s) ?? [];
    if (before[0] === h) return;
    subjects.set(s, before.includes(h) ? [h, ...before.filter((x) => x !== h)] : [h, ...before.slice(1)]);
  };
  const partOf = new Int32Array(g.n).fill(-1);
  for (let i = 0; i < problem.parts.length; i++) {
    const members = problem.members(i);
    const p = nodeParts[i]! >= 0 ? nodeParts[i]! : problem.parts[i]!;
    for (const v of members) partOf[v] = p;
    const h = holderAt(p);
    // At subject level the node's id is the subject's; at goal level only a subject's own node is of this kind.
    if (problem.kind[i] === 'subject' && h !== undefined) lead(g.subjectOf[members[0]!]!, h);
  }
  for (let v = 0; v < g.n; v++) {
    const id = g.goalIds[v]!;
    const h = holderAt(partOf[v]!);
    if (g.isSubject[v]) {
      // The subject's holders say where it is; an own entry would hide them.
      if (h !== undefined) assignments.delete(id);
      continue;
    }
    if (h === undefined) continue;
    const s = g.subjectOf[v];
    if (s !== undefined && subjects.get(s)?.[0] === h) assignments.delete(id);
    else assignments.set(id, h);
  }
  return { assignments: Object.fromEntries(assignments), subjects: Object.fromEntries(subjects) };
}

/**
 * The placement after one move of the problem at `level`: the node `nodeId` (a subject with its goals, or a single
 * goal) to holder `to`, everything else where it is. What a suggestion applies, as one edit.
 */
export function movePlacement(
  g: CompactGraph,
  division: DraftPart,
  level: MoveLevel,
  nodeId: string,
  to: string,
): Placement | null {
  const problem = placementProblem(g, division, level);
  const v = problem.graph.goalIndex.get(nodeId);
  const p = division.portfolioIds.indexOf(to);
  if (v === undefined || p < 0) return null;
  const parts = problem.parts.slice();
  parts[v] = p;
  return placementOf(problem, g, division, parts);
}

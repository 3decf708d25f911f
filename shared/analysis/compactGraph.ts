import type { Project } from '../model/project';
import { nodeHolder, type Division } from '../model/division';
import { LINK_KINDS, type LinkKind } from '../model/link';
import { CLASSIC_DOMAINS } from '../model/domain';

/**
 * The project as typed arrays, built once per project revision; every analysis scores over this form.
 * Goals and links get dense indices here only: ids stay the identity everywhere else.
 */
export interface CompactGraph {
  /** Number of nodes: the goals, then the subjects that are nodes of their own (see `graphNodesOf`). */
  n: number;
  /** Number of links. */
  m: number;
  /** Node ids (goal ids, then subject ids); the name stays from before subjects. */
  goalIds: readonly string[];
  goalIndex: ReadonlyMap<string, number>;
  /** The subject a node follows in a draft: a goal's subject, a subject node's own id; undefined for a loose goal. */
  subjectOf: readonly (string | undefined)[];
  /** 1 for a subject node, 0 for a goal. */
  isSubject: Uint8Array;
  /** Domain index of each goal into `domainIds`. */
  domain: Uint16Array;
  domainIds: readonly string[];
  /** Classic domain (index into CLASSIC_DOMAINS) of each domain. */
  domainClassic: Uint8Array;
  /** Yearly budget in euros; 0 where unknown (see `hasBudget`). */
  budget: Float64Array;
  hasBudget: Uint8Array;
  linkIds: readonly string[];
  src: Uint32Array;
  dst: Uint32Array;
  weight: Float64Array;
  /** Index into LINK_KINDS. */
  kind: Uint8Array;
  /** CSR adjacency, both directions of every link: neighbours of v are adjNode[adjStart[v] .. adjStart[v+1]). */
  adjStart: Uint32Array;
  adjNode: Uint32Array;
  adjWeight: Float64Array;
  adjLink: Uint32Array;
  /** Sum of link weights at each goal. */
  degree: Float64Array;
  totalWeight: number;
}

export const KIND_INDEX: Readonly<Record<LinkKind, number>> = Object.fromEntries(
  LINK_KINDS.map((k, i) => [k, i]),
) as Record<LinkKind, number>;

export interface GraphInput {
  goals: readonly { id: string; domainId: string; budget?: number | undefined; subjectId?: string | undefined }[];
  /** Subjects; those without goals, and those a link names, become nodes after the goals. */
  subjects?: readonly { id: string; domainId: string }[];
  links: readonly { id: string; source: string; target: string; kind: LinkKind; strength: number }[];
  domains: readonly { id: string; classic: (typeof CLASSIC_DOMAINS)[number] }[];
}

/** Links whose ends are unknown goals or equal are skipped: invariants report them, analysis must not crash. */
export function buildCompactGraph(input: GraphInput | Project): CompactGraph {
  const p = { ...input, goals: graphNodesOf(input) };
  const n = p.goals.length;
  const goalIds = p.goals.map((g) => g.id);
  const subjectOf = p.goals.map((g) => g.subjectId);
  const isSubject = Uint8Array.from(p.goals, (g) => (g.isSubject ? 1 : 0));
  const goalIndex = new Map<string, number>();
  goalIds.forEach((id, i) => goalIndex.set(id, i));
  const domainIds = p.domains.map((d) => d.id);
  const domainIdx = new Map(domainIds.map((id, i) => [id, i]));
  const domainClassic = Uint8Array.from(p.domains, (d) => CLASSIC_DOMAINS.indexOf(d.classic));
  const domain = new Uint16Array(n);
  const budget = new Float64Array(n);
  const hasBudget = new Uint8Array(n);
  p.goals.forEach((g, i) => {
    domain[i] = domainIdx.get(g.domainId) ?? 0;
    if (g.budget !== undefined) {
      budget[i] = g.budget;
      hasBudget[i] = 1;
    }
  });

  const valid = p.links.filter((l) => {
    const s = goalIndex.get(l.source);
    const t = goalIndex.get(l.target);
    return s !== undefined && t !== undefined && s !== t;
  });
  const m = valid.length;
  const src = new Uint32Array(m);
  const dst = new Uint32Array(m);
  const weight = new Float64Array(m);
  const kind = new Uint8Array(m);
  const degree = new Float64Array(n);
  const adjCount = new Uint32Array(n + 1);
  let totalWeight = 0;
  valid.forEach((l, e) => {
    const s = goalIndex.get(l.source)!;
    const t = goalIndex.get(l.target)!;
    src[e] = s;
    dst[e] = t;
    weight[e] = l.strength;
    kind[e] = KIND_INDEX[l.kind];
    degree[s]! += l.strength;
    degree[t]! += l.strength;
    adjCount[s + 1]!++;
    adjCount[t + 1]!++;
    totalWeight += l.strength;
  });
  const adjStart = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) adjStart[v + 1] = adjStart[v]! + adjCount[v + 1]!;
  const fill = adjStart.slice(0, n);
  const adjNode = new Uint32Array(2 * m);
  const adjWeight = new Float64Array(2 * m);
  const adjLink = new Uint32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const s = src[e]!;
    const t = dst[e]!;
    let k = fill[s]!++;
    adjNode[k] = t;
    adjWeight[k] = weight[e]!;
    adjLink[k] = e;
    k = fill[t]!++;
    adjNode[k] = s;
    adjWeight[k] = weight[e]!;
    adjLink[k] = e;
  }
  return {
    n,
    m,
    goalIds,
    goalIndex,
    subjectOf,
    isSubject,
    domain,
    domainIds,
    domainClassic,
    budget,
    hasBudget,
    linkIds: valid.map((l) => l.id),
    src,
    dst,
    weight,
    kind,
    adjStart,
    adjNode,
    adjWeight,
    adjLink,
    degree,
    totalWeight,
  };
}

type GraphNode = { id: string; domainId: string; budget?: number | undefined; subjectId?: string; isSubject?: true };

/**
 * The nodes the analysis sees: every goal (following its subject), then each subject that has no goals yet (a node
 * in its own right) or that a link names (its own links need an end). A subject with goals and no links of its own
 * is present through its goals only.
 */
export function graphNodesOf(p: GraphInput | Project): GraphNode[] {
  const nodes: GraphNode[] = p.goals.map((g) => ({
    id: g.id,
    domainId: g.domainId,
    budget: g.budget,
    ...(g.subjectId !== undefined ? { subjectId: g.subjectId } : {}),
  }));
  const subjects = p.subjects ?? [];
  if (!subjects.length) return nodes;
  const withGoals = new Set(p.goals.map((g) => g.subjectId));
  const linked = new Set(p.links.flatMap((l) => [l.source, l.target]));
  for (const s of subjects)
    if (!withGoals.has(s.id) || linked.has(s.id))
      nodes.push({ id: s.id, domainId: s.domainId, subjectId: s.id, isSubject: true });
  return nodes;
}

/** Part index of each node (position in `division.portfolioIds`), or -1 when unassigned. */
export function partsOf(
  g: CompactGraph,
  division: Pick<Division, 'portfolioIds' | 'assignments'> & Partial<Pick<Division, 'subjects'>>,
): Int32Array {
  const pIndex = new Map(division.portfolioIds.map((id, i) => [id, i]));
  const part = new Int32Array(g.n).fill(-1);
  const d = { assignments: division.assignments, subjects: division.subjects ?? {} };
  for (let v = 0; v < g.n; v++) {
    const pf = nodeHolder(d, g.goalIds[v]!, g.subjectOf[v]);
    if (pf !== undefined) part[v] = pIndex.get(pf) ?? -1;
  }
  return part;
}

// Per graph, per assignments object: the app's state is immutable, so the same assignments object means the same
// division, and the report, the suggestions and a comparison of one draft share one ids → indices pass.
const partsCache = new WeakMap<
  CompactGraph,
  WeakMap<object, { portfolioIds: readonly string[]; subjects: object | undefined; parts: Int32Array }>
>();

/**
 * `partsOf`, remembered per graph and assignments object (and checked against the portfolio list). The array is
 * shared between callers: read it, never write to it; callers that change parts use `partsOf`.
 */
export function divisionParts(
  g: CompactGraph,
  division: Pick<Division, 'portfolioIds' | 'assignments'> & Partial<Pick<Division, 'subjects'>>,
): Int32Array {
  let byAssignments = partsCache.get(g);
  if (!byAssignments) {
    byAssignments = new WeakMap();
    partsCache.set(g, byAssignments);
  }
  const hit = byAssignments.get(division.assignments);
  if (hit && hit.portfolioIds === division.portfolioIds && hit.subjects === division.subjects) return hit.parts;
  const parts = partsOf(g, division);
  byAssignments.set(division.assignments, { portfolioIds: division.portfolioIds, subjects: division.subjects, parts });
  return parts;
}

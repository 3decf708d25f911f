import type { Division, Portfolio, Project } from '../model';
import { isException, nodeHolder } from '../model/division';
import { buildCompactGraph, type CompactGraph } from '../analysis/compactGraph';
import { coherenceReport, type CoherenceReport } from '../analysis/coherenceReport';
import { LINK_COVERED, LINK_DELIBERATE, LINK_NOT_SPLIT, LINK_UNCOVERED } from '../coalition/splitCoverage';

/** How a link stands in the chosen draft. */
export type LinkState = 'notSplit' | 'uncovered' | 'covered' | 'deliberate';

const STATE: Readonly<Record<number, LinkState>> = {
  [LINK_NOT_SPLIT]: 'notSplit',
  [LINK_UNCOVERED]: 'uncovered',
  [LINK_COVERED]: 'covered',
  [LINK_DELIBERATE]: 'deliberate',
};

/** What the exports say about the chosen draft: who holds each node, exceptions, each link's state, the report. */
export interface DraftFacts {
  division: Division;
  /** The draft's holders in its order (portfolios that exist). */
  holders: Portfolio[];
  /** The holder of a goal or subject in this draft, as the figures count it (a holder inside the draft). */
  holderOf(nodeId: string): Portfolio | undefined;
  /** A goal the draft gives to someone other than its subject's holders. */
  isException(goalId: string): boolean;
  linkState(linkId: string): LinkState;
  /** The names of the draft's arrangements that cover a split link, in draft order. */
  arrangementsOf(linkId: string): string[];
  report: CoherenceReport;
  graph: CompactGraph;
}

/**
 * The draft asked for, else the first (what every view shows when none is chosen); undefined when the project has
 * no drafts.
 */
export function chosenDivision(project: Project, divisionId?: string): Division | undefined {
  return project.divisions.find((d) => d.id === divisionId) ?? project.divisions[0];
}

export function draftFacts(project: Project, divisionId?: string, graph?: CompactGraph): DraftFacts | undefined {
  const division = chosenDivision(project, divisionId);
  if (!division) return undefined;
  const g = graph ?? buildCompactGraph(project);
  const report = coherenceReport(project, division.id, g);
  const portfolioById = new Map(project.portfolios.map((p) => [p.id, p]));
  const inDraft = new Set(division.portfolioIds);
  const subjectOf = new Map<string, string | undefined>();
  for (const goal of project.goals) subjectOf.set(goal.id, goal.subjectId);
  for (const s of project.subjects) subjectOf.set(s.id, s.id);
  const stateById = new Map<string, LinkState>();
  report.linkIds.forEach((id, e) => stateById.set(id, STATE[report.coverage.status[e]!] ?? 'notSplit'));
  const nameOfArrangement = new Map(division.arrangements.map((a) => [a.id, a.name]));
  const arrangements = new Map<string, string[]>();
  for (const a of report.coverage.arrangements)
    for (const e of a.links) {
      const id = report.linkIds[e]!;
      const list = arrangements.get(id) ?? [];
      list.push(nameOfArrangement.get(a.arrangementId) ?? a.arrangementId);
      arrangements.set(id, list);
    }
  return {
    division,
    holders: division.portfolioIds.map((id) => portfolioById.get(id)).filter((p) => p !== undefined),
    holderOf: (nodeId) => {
      const id = nodeHolder(division, nodeId, subjectOf.get(nodeId));
      return id !== undefined && inDraft.has(id) ? portfolioById.get(id) : undefined;
    },
    isException: (goalId) => isException(division, goalId, subjectOf.get(goalId)),
    linkState: (linkId) => stateById.get(linkId) ?? 'notSplit',
    arrangementsOf: (linkId) => arrangements.get(linkId) ?? [],
    report,
    graph: g,
  };
}

import type { Project } from '../../../shared/model';
import { buildCompactGraph, type CompactGraph } from '../../../shared/analysis/compactGraph';
import { coherenceReport, type CoherenceReport } from '../../../shared/analysis/coherenceReport';
import { suggestMoves, type SuggestionResult } from '../../../shared/analysis/suggestMoves';

/**
 * Analysis is derived, never stored: the compact graph is built once per project version (goals and links
 * unchanged means the same graph), the report once per division change.
 */
let lastGraph: {
  goals: Project['goals'];
  links: Project['links'];
  domains: Project['domains'];
  graph: CompactGraph;
} | null = null;

export function graphOf(project: Project): CompactGraph {
  if (
    lastGraph &&
    lastGraph.goals === project.goals &&
    lastGraph.links === project.links &&
    lastGraph.domains === project.domains
  )
    return lastGraph.graph;
  const graph = buildCompactGraph(project);
  lastGraph = { goals: project.goals, links: project.links, domains: project.domains, graph };
  return graph;
}

export function reportOf(project: Project, divisionId: string): CoherenceReport {
  return coherenceReport(project, divisionId, graphOf(project), { bridging: { top: 8 } });
}

export function suggestionsOf(
  project: Project,
  divisionId: string,
  balance: 'goals' | 'budget',
  tolerance: number,
): SuggestionResult {
  return suggestMoves(project, divisionId, { balance, tolerance, limit: 8 }, graphOf(project));
}

export interface Names {
  goal(id: string): string;
  portfolio(id: string): string;
  colour(id: string): string | undefined;
}

export function namesOf(project: Project): Names {
  const goals = new Map(project.goals.map((g) => [g.id, g.title]));
  const pfs = new Map(project.portfolios.map((p) => [p.id, p]));
  return {
    goal: (id) => goals.get(id) ?? id,
    portfolio: (id) => pfs.get(id)?.holder ?? id,
    colour: (id) => pfs.get(id)?.colour,
  };
}

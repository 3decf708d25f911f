import type { KeepRule, Problem, Project } from '../../../shared/model';

/**
 * Keep-together rules the optimiser cannot honour because part of the group stays with a holder who does not take
 * part in the search: said as problems, naming the group, before any search runs.
 */
export function fixedRuleProblems(project: Project, straddling: readonly KeepRule[]): Problem[] {
  const nameOf = (id: string) =>
    project.subjects.find((s) => s.id === id)?.name ?? project.goals.find((g) => g.id === id)?.title ?? id;
  return straddling.map((r) => ({
    code: 'coalition.togetherFixedHolder',
    params: { nodes: r.nodeIds.map(nameOf).join(', ') },
  }));
}

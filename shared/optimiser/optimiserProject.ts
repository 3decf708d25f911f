import type { Project } from '../model/project';
import { problem, type Problem } from '../model/problem';
import { buildCompactGraph, partsOf, type CompactGraph } from '../analysis/compactGraph';
import { optimiseDivision, type Balance, type OptimiseHooks, type OptimiseStats } from './optimiser';

export interface DivisionConstraints {
  graph: CompactGraph;
  portfolioIds: readonly string[];
  k: number;
  /** Part of each locked goal, -1 for free goals. */
  locked: Int32Array;
  /** The division as it stands (-1 unassigned). */
  initialParts: Int32Array;
}

/** The optimiser's view of one division: goals as indices, portfolios as parts, locks as fixed parts. */
export function divisionConstraints(
  project: Project,
  divisionId: string,
  graph?: CompactGraph,
): DivisionConstraints | Problem[] {
  const di = project.divisions.findIndex((d) => d.id === divisionId);
  const division = project.divisions[di];
  if (!division) return [problem('unknownDivision', { id: divisionId })];
  const g = graph ?? buildCompactGraph(project);
  const initialParts = partsOf(g, division);
  const locked = new Int32Array(g.n).fill(-1);
  const problems: Problem[] = [];
  division.locked.forEach((id, j) => {
    const v = g.goalIndex.get(id);
    if (v === undefined) return;
    if (initialParts[v]! < 0)
      problems.push(
        problem('optimiserLockedUnassigned', { goal: titleOf(project, id) }, ['divisions', di, 'locked', j]),
      );
    locked[v] = initialParts[v]!;
  });
  if (division.portfolioIds.length === 0)
    problems.push(problem('optimiserNoPortfolios', {}, ['divisions', di, 'portfolioIds']));
  if (problems.length > 0) return problems;
  return { graph: g, portfolioIds: division.portfolioIds, k: division.portfolioIds.length, locked, initialParts };
}

/** A goal's title, or a subject's name (problems at subject level name subjects where goals stood). */
function titleOf(project: Project, id: string): string {
  return project.goals.find((g) => g.id === id)?.title ?? project.subjects.find((s) => s.id === id)?.name ?? id;
}

/** Problems from the optimiser name goals by id and portfolios by index: show titles and holders instead. */
export function describeProblems(project: Project, divisionId: string, problems: readonly Problem[]): Problem[] {
  const division = project.divisions.find((d) => d.id === divisionId);
  const holder = (part: number): string => {
    const id = division?.portfolioIds[part];
    return project.portfolios.find((p) => p.id === id)?.holder ?? String(part + 1);
  };
  return problems.map((p) => {
    if (!p.params) return p;
    const params = { ...p.params };
    if (typeof params.part === 'number') params.portfolio = holder(params.part);
    if (typeof params.goals === 'string')
      params.goals = params.goals
        .split(', ')
        .map((id) => titleOf(project, id))
        .join(', ');
    if (typeof params.goal === 'string') params.goal = titleOf(project, params.goal);
    if (typeof params.subject === 'string') params.subject = titleOf(project, params.subject);
    return { ...p, params };
  });
}

export interface ProjectOptimiseOptions {
  balance: Balance;
  seed: number;
  timeLimitMs?: number;
  effort?: number;
}

export type ProjectOptimiseResult =
  | { ok: true; assignments: Record<string, string>; cut: number; cancelled: boolean; stats: OptimiseStats }
  | { ok: false; problems: Problem[] };

/**
 * Runs the optimiser on one division of a project and returns assignments (goal id → portfolio id) for every
 * goal, ready for `setAssignments`; locked goals keep their portfolio.
 */
export function optimiseProjectDivision(
  project: Project,
  divisionId: string,
  options: ProjectOptimiseOptions,
  hooks: OptimiseHooks = {},
): ProjectOptimiseResult {
  const c = divisionConstraints(project, divisionId);
  if (Array.isArray(c)) return { ok: false, problems: c };
  const res = optimiseDivision(
    c.graph,
    {
      k: c.k,
      initialParts: c.initialParts,
      locked: c.locked,
      balance: options.balance,
      seed: options.seed,
      ...(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {}),
      ...(options.effort !== undefined ? { effort: options.effort } : {}),
    },
    hooks,
  );
  if (!res.ok) return { ok: false, problems: describeProblems(project, divisionId, res.problems) };
  const assignments: Record<string, string> = {};
  for (let v = 0; v < c.graph.n; v++) assignments[c.graph.goalIds[v]!] = c.portfolioIds[res.parts[v]!]!;
  return { ok: true, assignments, cut: res.cut, cancelled: res.cancelled, stats: res.stats };
}

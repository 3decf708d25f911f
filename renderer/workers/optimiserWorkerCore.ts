import {
  optimiseProjectDivision,
  divisionConstraints,
  lowerBound,
  type LowerBoundResult,
  type SolverLocation,
} from '../../shared/optimiser';
import type { OptimiserMessage, OptimiserRequest, OptimiserRunOptions } from './optimiserProtocol';
import type { Project } from '../../shared/model/project';

const BEST_EVERY_MS = 250;

async function boundOf(
  project: Project,
  divisionId: string,
  options: OptimiserRunOptions,
  upperBound: number,
  post: (m: OptimiserMessage) => void,
  solver: SolverLocation,
): Promise<LowerBoundResult | null> {
  const c = divisionConstraints(project, divisionId);
  if (Array.isArray(c)) return null;
  return lowerBound(
    c.graph,
    {
      k: c.k,
      locked: c.locked,
      balance: options.balance,
      upperBound,
      timeLimitMs: options.boundTimeLimitMs ?? 5_000,
      solver,
    },
    { onProgress: (p) => post({ type: 'progress', progress: { kind: 'bound', bound: p.bound, bestCut: upperBound } }) },
  );
}

/**
 * What the worker does with one request, apart from the Worker plumbing (so tests can run it in-process):
 * search, report progress and the best division now and then, then bound the cut when asked; or only bound.
 */
export async function handleOptimiserRequest(
  req: OptimiserRequest,
  post: (m: OptimiserMessage) => void,
  solver: SolverLocation = {},
): Promise<void> {
  const { project, divisionId, options } = req;
  if (req.type === 'bound') {
    post({ type: 'bound', bound: await boundOf(project, divisionId, options, req.upperBound, post, solver) });
    return;
  }
  let lastBest = -Infinity;
  const res = optimiseProjectDivision(project, divisionId, options, {
    onProgress: (p) => post({ type: 'progress', progress: { kind: 'search', ...p } }),
    onImprove: (parts, cut) => {
      const now = performance.now();
      if (now - lastBest < BEST_EVERY_MS) return;
      lastBest = now;
      const c = divisionConstraints(project, divisionId);
      if (Array.isArray(c)) return;
      const assignments: Record<string, string> = {};
      for (let v = 0; v < parts.length; v++) assignments[c.graph.goalIds[v]!] = c.portfolioIds[parts[v]!]!;
      post({ type: 'best', assignments, cut });
    },
  });
  if (!res.ok) {
    post({ type: 'result', outcome: { ok: false, problems: res.problems } });
    return;
  }
  post({ type: 'best', assignments: res.assignments, cut: res.cut });
  const bound = options.bound === false ? null : await boundOf(project, divisionId, options, res.cut, post, solver);
  post({ type: 'result', outcome: bound ? { ...res, bound } : { ...res } });
}

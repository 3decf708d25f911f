import { optimiseProjectDivision, divisionConstraints } from '../../shared/analysis/optimiserProject';
import { lowerBound } from '../../shared/analysis/bound';
import type { SolverLocation } from '../../shared/analysis/boundSolver';
import type { OptimiserMessage, OptimiserRequest } from './optimiserProtocol';

const BEST_EVERY_MS = 250;

/**
 * What the worker does with one request, apart from the Worker plumbing (so tests can run it in-process):
 * search, report progress and the best division now and then, then bound the cut when asked.
 */
export async function handleOptimiserRequest(
  req: OptimiserRequest,
  post: (m: OptimiserMessage) => void,
  solver: SolverLocation = {},
): Promise<void> {
  const { project, divisionId, options } = req;
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
  if (options.bound === false) {
    post({ type: 'result', outcome: { ...res } });
    return;
  }
  const c = divisionConstraints(project, divisionId);
  if (Array.isArray(c)) {
    post({ type: 'result', outcome: { ...res } });
    return;
  }
  const bound = await lowerBound(
    c.graph,
    { k: c.k, locked: c.locked, balance: options.balance, upperBound: res.cut, timeLimitMs: options.boundTimeLimitMs ?? 5_000, solver },
    { onProgress: (p) => post({ type: 'progress', progress: { kind: 'bound', bound: p.bound, bestCut: res.cut } }) },
  );
  post({ type: 'result', outcome: { ...res, bound } });
}

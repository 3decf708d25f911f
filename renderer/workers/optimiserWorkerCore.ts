import {
  moveCurve,
  optimiseProjectPlacement,
  placementBound,
  placementConstraints,
  type LowerBoundResult,
  type PlacementConstraints,
  type SolverLocation,
} from '../../shared/optimiser';
import type { OptimiserMessage, OptimiserRequest, OptimiserRunOptions } from './optimiserProtocol';
import type { Project } from '../../shared/model/project';
import type { Problem } from '../../shared/model/problem';

const BEST_EVERY_MS = 250;

async function boundOf(
  project: Project,
  divisionId: string,
  options: OptimiserRunOptions,
  upperBound: number,
  post: (m: OptimiserMessage) => void,
  solver: SolverLocation,
): Promise<LowerBoundResult | null> {
  return placementBound(
    project,
    divisionId,
    options.level ?? 'goal',
    options.balance,
    // The bound's work is counted, so its figure is the same on every machine; the time limit is only a safety
    // stop (the bound's own 60 s unless the request says otherwise), and the result says when it fired.
    {
      upperBound,
      solver,
      ...(options.boundTimeLimitMs !== undefined ? { timeLimitMs: options.boundTimeLimitMs } : {}),
    },
    { onProgress: (p) => post({ type: 'progress', progress: { kind: 'bound', bound: p.bound, bestCut: upperBound } }) },
  );
}

/**
 * What the worker does with one request, apart from the Worker plumbing (so tests can run it in-process):
 * search, report progress and the best division now and then, then bound the cut when asked; or only bound; or
 * the move curve from the draft to a proposal.
 */
export async function handleOptimiserRequest(
  req: OptimiserRequest,
  post: (m: OptimiserMessage) => void,
  solver: SolverLocation = {},
): Promise<void> {
  const { project, divisionId, options } = req;
  if (req.type === 'curve') {
    post({ type: 'curve', curve: moveCurve(project, divisionId, options, { assignments: req.assignments }) });
    return;
  }
  if (req.type === 'bound') {
    post({ type: 'bound', bound: await boundOf(project, divisionId, options, req.upperBound, post, solver) });
    return;
  }
  let lastBest = -Infinity;
  // Built on the first improvement only: most runs report their best once, at the end.
  let constraints: PlacementConstraints | Problem[] | null = null;
  const res = optimiseProjectPlacement(project, divisionId, options, {
    onProgress: (p) => post({ type: 'progress', progress: { kind: 'search', ...p } }),
    onImprove: (parts, cut) => {
      const now = performance.now();
      if (now - lastBest < BEST_EVERY_MS) return;
      lastBest = now;
      constraints ??= placementConstraints(project, divisionId, options.level ?? 'goal', options.balance);
      if (Array.isArray(constraints)) return;
      {
        const named = constraints.relabel(parts);
        post({
          type: 'best',
          placement: constraints.placementOf(named),
          assignments: constraints.holdersOf(named),
          cut,
        });
      }
    },
  });
  if (!res.ok) {
    post({ type: 'result', outcome: { ok: false, problems: res.problems } });
    return;
  }
  post({ type: 'best', placement: res.placement, assignments: res.assignments, cut: res.cut });
  const bound = options.bound === false ? null : await boundOf(project, divisionId, options, res.cut, post, solver);
  post({ type: 'result', outcome: bound ? { ...res, bound } : { ...res } });
}

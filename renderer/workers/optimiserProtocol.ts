import type { Project } from '../../shared/model/project';
import type { Problem } from '../../shared/model/problem';
import type { OptimiseProgress, OptimiseStats, ProjectOptimiseOptions, LowerBoundResult } from '../../shared/optimiser';

export interface OptimiserRunOptions extends ProjectOptimiseOptions {
  /** Also compute a lower bound after the search (default true), within this many milliseconds (default 5,000). */
  bound?: boolean;
  boundTimeLimitMs?: number;
}

export type OptimiserRequest =
  | {
      /** One search (one lane: the client derives its seed); with `bound` also the bound on its own cut. */
      type: 'run';
      project: Project;
      divisionId: string;
      options: OptimiserRunOptions;
    }
  | {
      /** Only the lower bound, once the lanes are done and the best cut is known. */
      type: 'bound';
      project: Project;
      divisionId: string;
      options: OptimiserRunOptions;
      upperBound: number;
    };

export type OptimiserClientProgress =
  ({ kind: 'search' } & OptimiseProgress) | { kind: 'bound'; bound: number; bestCut: number };

export type OptimiserOutcome =
  | {
      ok: true;
      /** Goal id → portfolio id for every goal, for `setAssignments`. */
      assignments: Record<string, string>;
      cut: number;
      /** The run was cancelled: these are the best assignments found before that. */
      cancelled: boolean;
      stats?: OptimiseStats;
      bound?: LowerBoundResult;
    }
  | { ok: false; cancelled?: false; problems: Problem[] }
  | { ok: false; cancelled: true; problems: [] };

export type OptimiserMessage =
  | { type: 'progress'; progress: OptimiserClientProgress }
  /** The best division so far, so that cancelling (which ends the worker) can still return it. */
  | { type: 'best'; assignments: Record<string, string>; cut: number }
  | { type: 'result'; outcome: OptimiserOutcome }
  /** The answer to a 'bound' request (null when the division's constraints did not hold). */
  | { type: 'bound'; bound: LowerBoundResult | null }
  | { type: 'error'; message: string };

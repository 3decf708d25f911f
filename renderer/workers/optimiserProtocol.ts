import type { Project } from '../../shared/model/project';
import type { Problem } from '../../shared/model/problem';
import type { OptimiseProgress, OptimiseStats } from '../../shared/analysis/optimiser';
import type { ProjectOptimiseOptions } from '../../shared/analysis/optimiserProject';
import type { LowerBoundResult } from '../../shared/analysis/bound';

export interface OptimiserRunOptions extends ProjectOptimiseOptions {
  /** Also compute a lower bound after the search (default true), within this many milliseconds (default 5,000). */
  bound?: boolean;
  boundTimeLimitMs?: number;
}

export interface OptimiserRequest {
  type: 'run';
  project: Project;
  divisionId: string;
  options: OptimiserRunOptions;
}

export type OptimiserClientProgress =
  | ({ kind: 'search' } & OptimiseProgress)
  | { kind: 'bound'; bound: number; bestCut: number };

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
  | { type: 'error'; message: string };

import type { Project } from '../../shared/model/project';
import type { Problem } from '../../shared/model/problem';
import type { Placement } from '../../shared/model/operations/placementOps';
import type {
  OptimiseProgress,
  OptimiseStats,
  PlacementOptimiseOptions,
  LowerBoundResult,
  MoveCurve,
} from '../../shared/optimiser';

/**
 * `level` says what moves: whole subjects with their goals, or single goals (the default). The worker builds the
 * grouping itself from the project and draft in the request (`placementProblem`), the same in every lane and in the
 * bound, so only the level travels. The draft's keep rules and deliberate splits travel with the project;
 * `partyBand` (checked by `PartyBandSchema` in `optimiseProjectPlacement`, a bad one comes back as problems) with
 * the options.
 */
export interface OptimiserRunOptions extends PlacementOptimiseOptions {
  /**
   * Also compute a lower bound after the search (default true). Its work is counted; this is only its safety stop
   * in milliseconds (default 60,000), after which the bound says `details.stoppedBy: 'time'`.
   */
  bound?: boolean;
  boundTimeLimitMs?: number;
  /** Also compute the move curve of the proposal (client only; default true). */
  curve?: boolean;
}

/** The move curve of a proposal, or the problems that kept it from being computed. */
export type CurveOutcome = MoveCurve | { problems: Problem[] };

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
    }
  | {
      /** The move curve from the draft to the chosen proposal (`moveCurve`), once the lanes are done. */
      type: 'curve';
      project: Project;
      divisionId: string;
      options: OptimiserRunOptions;
      assignments: Record<string, string>;
    };

export type OptimiserClientProgress =
  ({ kind: 'search' } & OptimiseProgress) | { kind: 'bound'; bound: number; bestCut: number };

export type OptimiserOutcome =
  | {
      ok: true;
      /** The draft's new placement (assignments and subjects), for `setPlacement` or a new draft. */
      placement: Placement;
      /** Goal (and subject) id → portfolio id for every node, as the placement resolves it: what changes hands. */
      assignments: Record<string, string>;
      /** The weighted cut, without links a deliberate split names. */
      cut: number;
      /** With deliberate splits in the draft: the weight of their links the proposal splits (not in `cut`). */
      deliberateCut?: number;
      /** The run was cancelled: these are the best assignments found before that. */
      cancelled: boolean;
      stats?: OptimiseStats;
      bound?: LowerBoundResult;
      /** The move curve (from the client; absent when not asked for or not reached). */
      curve?: CurveOutcome;
      /** Stopped after the proposal was found: the curve or the bound that had not arrived is missing. */
      stopped?: boolean;
    }
  | { ok: false; cancelled?: false; problems: Problem[] }
  | { ok: false; cancelled: true; problems: [] };

export type OptimiserMessage =
  | { type: 'progress'; progress: OptimiserClientProgress }
  /** The best division so far, so that cancelling (which ends the worker) can still return it. */
  | { type: 'best'; placement: Placement; assignments: Record<string, string>; cut: number }
  | { type: 'result'; outcome: OptimiserOutcome }
  /** The answer to a 'bound' request (null when the division's constraints did not hold). */
  | { type: 'bound'; bound: LowerBoundResult | null }
  /** The answer to a 'curve' request. */
  | { type: 'curve'; curve: CurveOutcome }
  | { type: 'error'; message: string };

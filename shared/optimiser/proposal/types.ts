import type { MoveLevel } from '../../analysis/placementProblem';

/** One node (a goal, or at subject level a subject with the goals that follow it) handed to another holder. */
export interface PointMove {
  /** Goal or subject id (a node of the placement problem). */
  nodeId: string;
  kind: MoveLevel;
  /** The goals that move with it (a subject's following goals; the goal itself for a goal). */
  goalIds: string[];
  /** Holder ids; `from` is null for a node the draft has not given to anyone yet. */
  from: string | null;
  to: string;
}

/** A move with the links it changes (`explainPoint`): what the panel lists when a point is opened. */
export interface ProposalMove extends PointMove {
  /** Goal-level link ids this move brings inside one holder in the proposal (split before, kept after). */
  joins: string[];
  /** Goal-level link ids kept before that the proposal splits because of this move. */
  splits: string[];
}

/** One point of the move curve: the lowest cut found with at most `cap` moves away from the draft. */
export interface CurvePoint {
  /** At most this many moves (goals or subjects that change holder). */
  cap: number;
  /** Moves the point's division makes (≤ cap). */
  moves: number;
  /** Weighted cut of the problem the search sees (deliberate links weightless), as `PlacementOptimiseResult.cut`. */
  cut: number;
  /** Summed strength of every split link, deliberate ones included: the report's figure. */
  splitWeight: number;
  /** The moves, in the order they were found (`explainPoint` adds the links each one joins and splits). */
  list: PointMove[];
  /**
   * No division within `cap` moves can cut less than this: the cut less the split links the `cap` most cut nodes
   * carry, raised to the global lower bound once known (`withGlobalBound`); null when none can be computed.
   */
  lowerBound: number | null;
}

export interface MoveCurve {
  /** The draft: its cut (as `cut` above) and the report's split weight. */
  before: { cut: number; splitWeight: number };
  /** One point per cap from 1 up, ending with the full proposal; the cut never rises from one point to the next. */
  points: CurvePoint[];
  /** The unconstrained proposal the curve ends with. */
  full: { cut: number; splitWeight: number; moves: number };
  /**
   * The draft gives every goal and subject a holder and keeps every holder within its limits: only then does the
   * global lower bound hold for every point.
   */
  complete: boolean;
}

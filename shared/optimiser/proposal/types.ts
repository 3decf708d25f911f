import type { MoveLevel } from '../../analysis/placementProblem';

/** One node (a goal, or at subject level a subject with the goals that follow it) handed to another holder. */
export interface ProposalMove {
  /** Goal or subject id (a node of the placement problem). */
  nodeId: string;
  kind: MoveLevel;
  /** The goals that move with it (a subject's following goals; the goal itself for a goal). */
  goalIds: string[];
  /** Holder ids; `from` is null for a node the draft has not given to anyone yet. */
  from: string | null;
  to: string;
  /** Goal-level link ids this move brings inside one holder in the proposal (split before, kept after). */
  joins: string[];
  /** Goal-level link ids kept before that the proposal splits because of this move. */
  splits: string[];
}

/** One point of the move curve: the best split weight found with at most `moves` moves away from the draft. */
export interface CurvePoint {
  /** Number of moves (nodes that change holder); ≤ the point's index + 1, the curve never rises. */
  moves: number;
  /** Weighted cut of the problem the search sees (deliberate links weightless), as `PlacementOptimiseResult.cut`. */
  cut: number;
  /** The moves, in the order they were found (each move's joins/splits relative to the draft and this point). */
  list: ProposalMove[];
  /**
   * No division within `moves` moves can cut less than this (max of the reach bound and, once known, the global
   * lower bound); null when none can be computed.
   */
  lowerBound: number | null;
}

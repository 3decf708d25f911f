import type { Division, Problem } from '../../../shared/model';
import type { CompactGraph } from '../../../shared/analysis/compactGraph';
import type { MoveLevel } from '../../../shared/analysis/placementProblem';
import { swapNodeId, swapPlacement, type SwapSuggestion } from '../../../shared/analysis/suggestSwaps';
import type { AppStore } from '../../store/appStore';
import { dispatch } from '../../store/commands/dispatch';
import { setPlacement } from '../../store/commands/divisionCommands';

/**
 * A swap applied to its draft: both nodes change holder in one placement, so one undo step puts both back. Null
 * when the draft no longer has either node with a holder (nothing is changed).
 */
export function applySwap(
  store: AppStore,
  graph: CompactGraph,
  division: Division,
  level: MoveLevel,
  swap: Pick<SwapSuggestion, 'a' | 'b'>,
): Problem[] | null {
  const placement = swapPlacement(graph, division, level, swapNodeId(swap.a), swapNodeId(swap.b));
  if (!placement) return null;
  return dispatch(store, setPlacement, { divisionId: division.id, placement });
}

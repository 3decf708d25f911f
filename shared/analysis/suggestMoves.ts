import type { Project } from '../model/project';
import type { Problem } from '../model/problem';
import type { CompactGraph } from './compactGraph';
import {
  bestSingleMoves,
  suggestContext,
  type BalanceBand,
  type NoSuggestionReason,
  type SuggestOptions,
} from './suggestContext';

export type { BalanceBand, NoSuggestionReason, SuggestOptions } from './suggestContext';

interface MoveEffect {
  from: string;
  to: string;
  /**
   * How much the weighted cut drops, links a deliberate split names left out (they give no gain): cutBefore −
   * cutAfter (> 0) when the move joins or splits none of those.
   */
  gain: number;
  /** The draft's weighted cut before and after the move, every split link counted (the report's figure). */
  cutBefore: number;
  cutAfter: number;
  /** Split links that the move brings inside `to`. */
  becomeInternal: string[];
  /** Links kept inside `from` that the move splits. */
  becomeSplit: string[];
  /** The balance measure of both portfolios before and after, to check against the band. */
  fromSize: { before: number; after: number };
  toSize: { before: number; after: number };
}

/** One goal to another holder (at subject level: an exception or a goal without a subject). */
export interface GoalMoveSuggestion extends MoveEffect {
  goalId: string;
}

/** One subject with the goals that follow it (`goalIds`, none for a subject without goals) to another holder. */
export interface SubjectMoveSuggestion extends MoveEffect {
  subjectId: string;
  goalIds: string[];
}

export type MoveSuggestion = GoalMoveSuggestion | SubjectMoveSuggestion;

export interface SuggestionResult<S extends MoveSuggestion = MoveSuggestion> {
  suggestions: S[];
  /** Why there is no suggestion; null when there is at least one. */
  reason: NoSuggestionReason | null;
  balance: BalanceBand | null;
  problems: Problem[];
}

/**
 * The single moves (one goal, or at subject level one subject with its goals, to another portfolio of the draft)
 * that lower the weighted cut most. A move is allowed when it pushes neither portfolio out of the band
 * mean·(1 ± tolerance): the source may not drop below the band and the target may not rise above it (a portfolio
 * already outside may move toward it). `options.bands` gives each holder a band of its own instead. Balance by goals counts a subject's goals (a subject without goals counts
 * one). What the problem keeps in place (locks, shared subjects: `placementProblem`) and unassigned nodes never
 * move. The draft's rules hold too: a node of a keep-together group is not moved alone, no move joins the nodes of
 * a keep-apart rule or a deliberate split, and links a deliberate split names give no gain. One suggestion per
 * node, its best target; ties by node id then portfolio order.
 */
export function suggestMoves(
  project: Project,
  divisionId: string,
  options?: SuggestOptions & { level?: 'goal' },
  graph?: CompactGraph,
): SuggestionResult<GoalMoveSuggestion>;
export function suggestMoves(
  project: Project,
  divisionId: string,
  options: SuggestOptions,
  graph?: CompactGraph,
): SuggestionResult;
export function suggestMoves(
  project: Project,
  divisionId: string,
  options: SuggestOptions = {},
  graph?: CompactGraph,
): SuggestionResult {
  const c = suggestContext(project, divisionId, options, graph);
  if ('reason' in c) return { suggestions: [], ...c };
  const limit = Math.max(0, options.limit ?? 10);
  const g = c.prob.graph;
  const parts = c.prob.parts;
  const single = bestSingleMoves(c);
  const best: { v: number; to: number; gain: number }[] = [];
  let movable = 0;
  for (let v = 0; v < g.n; v++) {
    if (!c.movable[v]) continue;
    movable++;
    if (single.to[v]! >= 0) best.push({ v, to: single.to[v]!, gain: single.gain[v]! });
  }
  const none = (reason: NoSuggestionReason): SuggestionResult => ({
    suggestions: [],
    reason,
    balance: c.band,
    problems: [],
  });
  if (best.length === 0) {
    if (movable === 0) return none('allLocked');
    return none(single.blocked > 0 ? 'balanceBlocks' : 'noImprovingMove');
  }
  best.sort((a, b) => b.gain - a.gain || (g.goalIds[a.v]! < g.goalIds[b.v]! ? -1 : 1));

  const suggestions = best.slice(0, limit).map(({ v, to, gain }): MoveSuggestion => {
    const from = parts[v]!;
    const becomeInternal: string[] = [];
    const becomeSplit: string[] = [];
    // The whole cut changes by every link's weight, deliberate ones too.
    let change = 0;
    for (let j = g.adjStart[v]!; j < g.adjStart[v + 1]!; j++) {
      const p = parts[g.adjNode[j]!]!;
      if (p === to) {
        c.linkIds(j, becomeInternal);
        change += g.adjWeight[j]!;
      } else if (p === from) {
        c.linkIds(j, becomeSplit);
        change -= g.adjWeight[j]!;
      }
    }
    const x = c.sizeOf(v);
    const effect: MoveEffect = {
      from: c.division.portfolioIds[from]!,
      to: c.division.portfolioIds[to]!,
      gain,
      cutBefore: c.cutBefore,
      cutAfter: c.cutBefore - change,
      becomeInternal,
      becomeSplit,
      fromSize: { before: c.size[from]!, after: c.size[from]! - x },
      toSize: { before: c.size[to]!, after: c.size[to]! + x },
    };
    return { ...c.node(v), ...effect };
  });
  return { suggestions, reason: null, balance: c.band, problems: [] };
}

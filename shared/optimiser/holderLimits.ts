import type { Project } from '../model/project';
import type { CompactGraph } from '../analysis/compactGraph';
import { holderBands, type BalanceRule } from '../analysis/balanceRule';
import type { Balance } from './search/balanceLimits';

/** The balance of a run: the search's rule, and which shares it measures against (`balanceRule.ts`). */
export type BalanceChoice = Balance & Pick<BalanceRule, 'kind' | 'max'>;

/**
 * Per-part limits of a balance measured per holder (FTE share, today's load, a maximum), in the search's units:
 * one per node when it counts goals, the node's goal count at subject level, else the budget.
 */
export function holderLimits(
  project: Project,
  portfolioIds: readonly string[],
  graph: CompactGraph,
  parts: Int32Array,
  by: Balance['by'],
  rule: BalanceChoice,
  byCount: boolean,
): { lo: number[]; hi: number[] } {
  const now = new Float64Array(portfolioIds.length);
  // At goal level a linked subject with goals is a node the search counts, held with its goals; the board and the
  // typed maxima (`draftLoads`) do not. It never moves: its weight goes on both limits after the board's bands.
  const withGoals = new Set(project.goals.map((g) => g.subjectId));
  const held = new Float64Array(portfolioIds.length);
  let tray = 0;
  for (let v = 0; v < graph.n; v++) {
    const w = by === 'goals' ? 1 : graph.hasBudget[v] ? graph.budget[v]! : 0;
    const follows = !byCount && graph.isSubject[v] && withGoals.has(graph.goalIds[v]) && parts[v]! >= 0;
    if (follows) held[parts[v]!]! += w;
    else if (parts[v]! >= 0) now[parts[v]!]! += w;
    else tray += w;
  }
  const fte = new Map(project.portfolios.map((p) => [p.id, p.fte]));
  const loads = portfolioIds.map((id, p) => ({ holderId: id, now: now[p]!, fte: fte.get(id) ?? 1 }));
  const bands = holderBands(loads, tray, rule, by === 'goals' || byCount);
  return { lo: bands.map((b, p) => b.low + held[p]!), hi: bands.map((b, p) => b.high + held[p]!) };
}

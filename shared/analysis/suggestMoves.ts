import type { Project } from '../model/project';
import { problem, type Problem } from '../model/problem';
import { buildCompactGraph, type CompactGraph } from './compactGraph';
import { placementProblem, type MoveLevel } from './placementProblem';

export interface SuggestOptions {
  /** What must stay balanced: number of goals (default) or known budget. */
  balance?: 'goals' | 'budget';
  /** Allowed deviation around the mean per portfolio, as a fraction (default 0.2 = ±20%). */
  tolerance?: number;
  /** At most this many suggestions (default 10). */
  limit?: number;
  /** Move whole subjects with their goals ('subject') or single goals ('goal', the default); see `placementProblem`. */
  level?: MoveLevel;
}

export interface BalanceBand {
  measure: 'goals' | 'budget';
  mean: number;
  low: number;
  high: number;
}

interface MoveEffect {
  from: string;
  to: string;
  /** How much the weighted cut drops: cutBefore − cutAfter (> 0). */
  gain: number;
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

export type NoSuggestionReason =
  'unknownDivision' | 'tooFewPortfolios' | 'noBudget' | 'allLocked' | 'noImprovingMove' | 'balanceBlocks';

export interface SuggestionResult<S extends MoveSuggestion = MoveSuggestion> {
  suggestions: S[];
  /** Why there is no suggestion; null when there is at least one. */
  reason: NoSuggestionReason | null;
  balance: BalanceBand | null;
  problems: Problem[];
}

// Sizes are sums of floats (budgets); a band edge reached exactly must not be refused over rounding.
const EPS = 1e-9;

/**
 * The single moves (one goal, or at subject level one subject with its goals, to another portfolio of the draft)
 * that lower the weighted cut most. A move is allowed when it pushes neither portfolio out of the band
 * mean·(1 ± tolerance): the source may not drop below the band and the target may not rise above it (a portfolio
 * already outside may move toward it). Balance by goals counts a subject's goals (a subject without goals counts
 * one). What the problem keeps in place (locks, shared subjects: `placementProblem`) and unassigned nodes never
 * move. One suggestion per node, its best target; ties by node id then portfolio order.
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
  const division = project.divisions.find((d) => d.id === divisionId);
  if (!division) {
    return {
      suggestions: [],
      reason: 'unknownDivision',
      balance: null,
      problems: [problem('unknownDivision', { id: divisionId })],
    };
  }
  const goalGraph = graph ?? buildCompactGraph(project);
  const measure = options.balance ?? 'goals';
  const tolerance = Math.max(0, options.tolerance ?? 0.2);
  const limit = Math.max(0, options.limit ?? 10);
  const k = division.portfolioIds.length;
  const none = (reason: NoSuggestionReason, balance: BalanceBand | null = null): SuggestionResult => ({
    suggestions: [],
    reason,
    balance,
    problems: [],
  });
  if (k < 2) return none('tooFewPortfolios');

  const prob = placementProblem(goalGraph, division, options.level ?? 'goal');
  const g = prob.graph;
  const parts = prob.parts;
  const locked = prob.locked;
  const sizeOf = (v: number) => (measure === 'goals' ? prob.goalCount[v]! : g.budget[v]!);
  const size = new Float64Array(k);
  let sum = 0;
  for (let v = 0; v < g.n; v++) {
    if (parts[v]! < 0) continue;
    size[parts[v]!]! += sizeOf(v);
    sum += sizeOf(v);
  }
  const mean = sum / k;
  const band: BalanceBand = { measure, mean, low: mean * (1 - tolerance), high: mean * (1 + tolerance) };
  if (measure === 'budget' && sum === 0) return none('noBudget', band);

  let cutBefore = 0;
  for (let e = 0; e < g.m; e++) {
    const a = parts[g.src[e]!]!;
    const b = parts[g.dst[e]!]!;
    if (a >= 0 && b >= 0 && a !== b) cutBefore += g.weight[e]!;
  }

  const acc = new Float64Array(k);
  const touched = new Int32Array(k);
  const best: { v: number; to: number; gain: number }[] = [];
  let movable = 0;
  let blocked = 0;
  for (let v = 0; v < g.n; v++) {
    const from = parts[v]!;
    if (from < 0 || locked[v]) continue;
    movable++;
    let nt = 0;
    for (let j = g.adjStart[v]!; j < g.adjStart[v + 1]!; j++) {
      const p = parts[g.adjNode[j]!]!;
      if (p < 0) continue;
      if (acc[p] === 0) touched[nt++] = p;
      acc[p]! += g.adjWeight[j]!;
    }
    const x = sizeOf(v);
    const fromOk = x === 0 || size[from]! - x >= band.low - EPS;
    let bestTo = -1;
    let bestGain = 0;
    for (let i = 0; i < nt; i++) {
      const to = touched[i]!;
      if (to === from) continue;
      const gain = acc[to]! - acc[from]!;
      if (gain <= EPS) continue;
      const toOk = x === 0 || size[to]! + x <= band.high + EPS;
      if (!fromOk || !toOk) {
        blocked++;
        continue;
      }
      if (gain > bestGain + EPS || (Math.abs(gain - bestGain) <= EPS && bestTo >= 0 && to < bestTo)) {
        bestGain = gain;
        bestTo = to;
      }
    }
    for (let i = 0; i < nt; i++) acc[touched[i]!] = 0;
    if (bestTo >= 0) best.push({ v, to: bestTo, gain: bestGain });
  }

  if (best.length === 0) {
    if (movable === 0) return none('allLocked', band);
    return none(blocked > 0 ? 'balanceBlocks' : 'noImprovingMove', band);
  }
  best.sort((a, b) => b.gain - a.gain || (g.goalIds[a.v]! < g.goalIds[b.v]! ? -1 : 1));

  // Each link of the problem stands for the goal-level links behind it: those are what the user can check.
  const linkIds = (j: number, into: string[]) => {
    for (const e of prob.linksBehind(g.adjLink[j]!)) into.push(goalGraph.linkIds[e]!);
  };
  const suggestions = best.slice(0, limit).map(({ v, to, gain }): MoveSuggestion => {
    const from = parts[v]!;
    const becomeInternal: string[] = [];
    const becomeSplit: string[] = [];
    for (let j = g.adjStart[v]!; j < g.adjStart[v + 1]!; j++) {
      const p = parts[g.adjNode[j]!]!;
      if (p === to) linkIds(j, becomeInternal);
      else if (p === from) linkIds(j, becomeSplit);
    }
    const x = sizeOf(v);
    const effect: MoveEffect = {
      from: division.portfolioIds[from]!,
      to: division.portfolioIds[to]!,
      gain,
      cutBefore,
      cutAfter: cutBefore - gain,
      becomeInternal,
      becomeSplit,
      fromSize: { before: size[from]!, after: size[from]! - x },
      toSize: { before: size[to]!, after: size[to]! + x },
    };
    if (prob.level === 'goal' || prob.kind[v] !== 'subject') return { goalId: g.goalIds[v]!, ...effect };
    const goalIds = [...prob.members(v)].filter((u) => !goalGraph.isSubject[u]).map((u) => goalGraph.goalIds[u]!);
    return { subjectId: g.goalIds[v]!, goalIds, ...effect };
  });
  return { suggestions, reason: null, balance: band, problems: [] };
}

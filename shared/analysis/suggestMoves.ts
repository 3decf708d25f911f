import type { Project } from '../model/project';
import { problem, type Problem } from '../model/problem';
import { buildCompactGraph, type CompactGraph } from './compactGraph';
import { placementProblem, type MoveLevel, type PlacementProblem } from './placementProblem';
import type { Division } from '../model/division';
import { hasRules, ruleGroups } from '../coalition/ruleGroups';
import { groupFacts } from '../coalition/ruleConflicts';
import { deliberateLinks } from '../coalition/deliberateLinks';

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
  const rules = ruleLimits(goalGraph, prob, division);
  // What a link weighs for the gain: deliberate links nothing.
  const weightOf = (j: number) => (rules.weight ? rules.weight[g.adjLink[j]!]! : g.adjWeight[j]!);
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
  // Marks the parts met at a node: with deliberate links weighing nothing an accumulator can stay at 0.
  const seen = new Uint8Array(k);
  const touched = new Int32Array(k);
  const best: { v: number; to: number; gain: number }[] = [];
  let movable = 0;
  let blocked = 0;
  for (let v = 0; v < g.n; v++) {
    const from = parts[v]!;
    if (from < 0 || locked[v] || rules.grouped[v]) continue;
    movable++;
    let nt = 0;
    for (let j = g.adjStart[v]!; j < g.adjStart[v + 1]!; j++) {
      const p = parts[g.adjNode[j]!]!;
      if (p < 0) continue;
      if (!seen[p]) {
        seen[p] = 1;
        touched[nt++] = p;
      }
      acc[p]! += weightOf(j);
    }
    const x = sizeOf(v);
    const fromOk = x === 0 || size[from]! - x >= band.low - EPS;
    let bestTo = -1;
    let bestGain = 0;
    for (let i = 0; i < nt; i++) {
      const to = touched[i]!;
      if (to === from || rules.barred(v, to, parts)) continue;
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
    for (let i = 0; i < nt; i++) {
      acc[touched[i]!] = 0;
      seen[touched[i]!] = 0;
    }
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
    // The whole cut changes by every link's weight, deliberate ones too.
    let change = 0;
    for (let j = g.adjStart[v]!; j < g.adjStart[v + 1]!; j++) {
      const p = parts[g.adjNode[j]!]!;
      if (p === to) change += g.adjWeight[j]!;
      else if (p === from) change -= g.adjWeight[j]!;
    }
    const effect: MoveEffect = {
      from: division.portfolioIds[from]!,
      to: division.portfolioIds[to]!,
      gain,
      cutBefore,
      cutAfter: cutBefore - change,
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

/**
 * The draft's rules as the suggestions need them: nodes of a keep-together group (not moved alone), the parts a
 * node may not go to (where a node a keep-apart rule or deliberate split keeps it from sits), and the problem's
 * link weights with deliberate links at 0 (null without deliberate splits).
 */
function ruleLimits(
  goalGraph: CompactGraph,
  prob: PlacementProblem,
  division: Division,
): { grouped: Uint8Array; barred: (v: number, to: number, parts: Int32Array) => boolean; weight: Float64Array | null } {
  const n = prob.graph.n;
  const grouped = new Uint8Array(n);
  if (!hasRules(division)) return { grouped, barred: () => false, weight: null };
  const rg = ruleGroups(goalGraph, prob, division);
  const size = new Map<number, number>();
  for (let x = 0; x < rg.nItems; x++) size.set(rg.groupOf[x]!, (size.get(rg.groupOf[x]!) ?? 0) + 1);
  for (let v = 0; v < n; v++) if (size.get(rg.groupOf[v]!)! > 1) grouped[v] = 1;
  const partners: number[][] = Array.from({ length: n }, () => []);
  for (const { rule, i, j } of groupFacts(rg).apartPairs) {
    const x = rule.items[i]!;
    const y = rule.items[j]!;
    if (x === y) continue;
    if (x < n) partners[x]!.push(y);
    if (y < n) partners[y]!.push(x);
  }
  const partOf = (item: number, parts: Int32Array) => (item < n ? parts[item]! : rg.fixedPart[item]!);
  const barred = (v: number, to: number, parts: Int32Array) => partners[v]!.some((u) => partOf(u, parts) === to);
  const delib = deliberateLinks(goalGraph, division);
  let weight: Float64Array | null = null;
  if (delib) {
    const g = prob.graph;
    weight = new Float64Array(g.m);
    for (let e = 0; e < g.m; e++)
      for (const l of prob.linksBehind(e)) if (!delib[l]) weight[e]! += goalGraph.weight[l]!;
  }
  return { grouped, barred, weight };
}

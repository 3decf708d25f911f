import type { Project } from '../model/project';
import { problem, type Problem } from '../model/problem';
import type { Placement } from '../model/operations/placementOps';
import { buildCompactGraph, type CompactGraph } from '../analysis/compactGraph';
import { placementOf, placementProblem, type MoveLevel, type PlacementProblem } from '../analysis/placementProblem';
import { optimiseDivision, type Balance, type OptimiseHooks, type OptimiseStats } from './optimiser';
import { balanceLimits } from './search/balanceLimits';
import { cutOf } from './search/partGraph';
import { lowerBound, type LowerBoundHooks, type LowerBoundOptions, type LowerBoundResult } from './bound/bound';
import { describeProblems, type ProjectOptimiseOptions } from './optimiserProject';
import { goalCountTolerance, goalLimits } from './goalLimits';
import { coalitionApplies, optimiseCoalition } from './optimiserCoalition';
import { coalitionSetup } from './coalition/contract';
import { PartyBandSchema, type PartyBand } from './coalition/partyBand';
import { hasRules } from '../coalition/ruleGroups';
import { zodProblems } from '../model/operations/result';
import { holderLimits, type BalanceChoice } from './holderLimits';
import { applyLabels, relabelToDraft } from './proposal/relabel';

export { goalCountTolerance, goalLimits } from './goalLimits';

export type { BalanceChoice } from './holderLimits';

/**
 * What the search and the bound see for one draft at one level. At goal level this is exactly the goal graph and
 * the balance as given (the optimiser as it always ran). At subject level the graph is the contracted one of
 * `placementProblem`; balance by budget sums each node's goals' budgets, and balance by goals gives every node its
 * number of goals as a weight through the optimiser's budget path (it already balances weighted nodes), with a
 * tolerance chosen so that the weight limits admit exactly the whole-goal counts balance by goals admits.
 */
export interface PlacementConstraints {
  problem: PlacementProblem;
  graph: CompactGraph;
  balance: Balance;
  portfolioIds: readonly string[];
  k: number;
  /** Part of each node that must stay, −1 for free nodes. */
  locked: Int32Array;
  initialParts: Int32Array;
  /** The draft's placement for a division of `graph`. */
  placementOf(parts: Int32Array): Placement;
  /** The holder of every goal and subject node for a division of `graph` (what changes hands, for lists). */
  holdersOf(parts: Int32Array): Record<string, string>;
  /** Problems of the search or the bound, said in goals and subjects again. */
  translate(problems: readonly Problem[]): Problem[];
  /** The division with its parts renamed to the draft's holders they overlap most (`relabelToDraft`). */
  relabel(parts: Int32Array): Int32Array;
}

function titleOf(project: Project, id: string): string {
  return project.goals.find((g) => g.id === id)?.title ?? project.subjects.find((s) => s.id === id)?.name ?? id;
}

/** The optimiser's view of one draft at one level, or the problems that stop it before any search. */
export function placementConstraints(
  project: Project,
  divisionId: string,
  level: MoveLevel,
  balance: BalanceChoice,
  goalGraph?: CompactGraph,
): PlacementConstraints | Problem[] {
  const di = project.divisions.findIndex((d) => d.id === divisionId);
  const division = project.divisions[di];
  if (!division) return [problem('unknownDivision', { id: divisionId })];
  const g = goalGraph ?? buildCompactGraph(project);
  const prob = placementProblem(g, division, level);
  const n = prob.graph.n;
  const locked = new Int32Array(n).fill(-1);
  const problems: Problem[] = [];
  for (let i = 0; i < n; i++) {
    if (!prob.locked[i]) continue;
    if (prob.parts[i]! >= 0) locked[i] = prob.parts[i]!;
    // Only an explicit lock can sit on a node without a holder (what follows a lock is locked only when held).
    else problems.push(problem('optimiserLockedUnassigned', { goal: titleOf(project, prob.graph.goalIds[i]!) }));
  }
  if (division.portfolioIds.length === 0)
    problems.push(problem('optimiserNoPortfolios', {}, ['divisions', di, 'portfolioIds']));
  if (problems.length > 0) return problems;
  const k = division.portfolioIds.length;
  let total = 0;
  for (const c of prob.goalCount) total += c;
  const byCount = level === 'subject' && balance.by === 'goals' && total > 0;
  const graph: CompactGraph = byCount
    ? { ...prob.graph, budget: prob.goalCount, hasBudget: new Uint8Array(n).fill(1) }
    : prob.graph;
  let searchBalance: Balance = byCount
    ? { by: 'budget', tolerance: goalCountTolerance(total, k, balance.tolerance) }
    : { by: balance.by, tolerance: balance.tolerance };
  let cap = goalLimits(total, k, balance.tolerance).hi;
  if ((balance.kind ?? 'mean') !== 'mean') {
    const limits = holderLimits(project, division.portfolioIds, graph, prob.parts, searchBalance.by, balance, byCount);
    searchBalance = { ...searchBalance, limits };
    cap = Math.max(0, ...limits.hi);
  }
  const isSubject = (id: unknown) =>
    typeof id === 'string' && prob.kind[prob.graph.goalIndex.get(id) ?? -1] === 'subject';
  const translate = (list: readonly Problem[]): Problem[] =>
    list.map((p) => {
      const params = p.params ?? {};
      if (p.code === 'optimiserGoalBudgetAboveCap' && isSubject(params.goal))
        return byCount
          ? problem('optimiserSubjectAboveCap', { subject: params.goal!, count: params.budget!, cap })
          : problem('optimiserSubjectBudgetAboveCap', {
              subject: params.goal!,
              budget: params.budget!,
              cap: params.cap!,
            });
      if (!byCount) return p;
      if (p.code === 'optimiserLockedBudgetAboveCap') {
        const { budget, ...rest } = params;
        return problem('optimiserLockedAboveCap', { ...rest, count: budget!, cap }, p.path);
      }
      if (p.code === 'optimiserBalanceUnreachable') return problem(p.code, { by: 'goals' });
      return p;
    });
  return {
    problem: prob,
    graph,
    balance: searchBalance,
    portfolioIds: division.portfolioIds,
    k,
    locked,
    initialParts: prob.parts,
    placementOf: (parts) => placementOf(prob, g, division, parts),
    holdersOf: (parts) => {
      const out: Record<string, string> = {};
      for (let v = 0; v < g.n; v++) {
        const p = parts[prob.nodeOf[v]!]!;
        if (p >= 0) out[g.goalIds[v]!] = division.portfolioIds[p]!;
      }
      return out;
    },
    translate,
    relabel: (parts) => {
      const { limits, nodeWeight } = balanceLimits(graph, k, searchBalance, locked);
      const lim = { fixed: locked, weight: nodeWeight, lo: limits.lo, hi: limits.hi, eps: limits.eps };
      return applyLabels(parts, relabelToDraft(parts, prob.parts, k, lim));
    },
  };
}

export interface PlacementOptimiseOptions extends ProjectOptimiseOptions {
  balance: BalanceChoice;
  /** 'subject': move whole subjects with their goals; 'goal' (default): single goals. */
  level?: MoveLevel;
  /** Keep each coalition party's share of goals or budget within ±tolerance of its seat share (0.1 = ±10 points). */
  partyBand?: PartyBand;
}

export type PlacementOptimiseResult =
  | {
      ok: true;
      /** The draft's new placement, for `setPlacement` or a new draft. */
      placement: Placement;
      /** Goal and subject id → holder for every node, as the placement resolves it. */
      assignments: Record<string, string>;
      /** The weighted cut, without links a deliberate split names (those are no cost to remove). */
      cut: number;
      /** With deliberate splits in the draft: the weight of their links the proposal splits (not in `cut`). */
      deliberateCut?: number;
      cancelled: boolean;
      stats: OptimiseStats;
    }
  | { ok: false; problems: Problem[] };

/**
 * Runs the optimiser on one draft at the chosen level and maps its division back to the draft's placement. The
 * search itself is the optimiser's, unchanged: only what it is given (the graph, the node weights) differs. Keep
 * rules, deliberate splits and the party band go through `optimiseCoalition`; a draft without them and a run
 * without a band take exactly the path they always took.
 */
export function optimiseProjectPlacement(
  project: Project,
  divisionId: string,
  options: PlacementOptimiseOptions,
  hooks: OptimiseHooks = {},
): PlacementOptimiseResult {
  const band = options.partyBand === undefined ? null : PartyBandSchema.safeParse(options.partyBand);
  if (band && !band.success) return { ok: false, problems: zodProblems(band.error, ['partyBand']) };
  const division = project.divisions.find((d) => d.id === divisionId);
  const goalGraph = buildCompactGraph(project);
  const c = placementConstraints(project, divisionId, options.level ?? 'goal', options.balance, goalGraph);
  if (Array.isArray(c)) return { ok: false, problems: c };
  if (division && coalitionApplies(division, band?.data))
    return optimiseCoalition(project, division, goalGraph, c, { ...options, partyBand: band?.data }, hooks);
  if (c.locked.every((p) => p >= 0)) {
    const res = nothingToMove(c);
    if (!res.ok) return { ok: false, problems: describeProblems(project, divisionId, c.translate(res.problems)) };
    const { cut, cancelled, stats } = res;
    return { ok: true, placement: c.placementOf(c.locked), assignments: c.holdersOf(c.locked), cut, cancelled, stats };
  }
  const res = optimiseDivision(
    c.graph,
    {
      k: c.k,
      initialParts: c.initialParts,
      locked: c.locked,
      balance: c.balance,
      seed: options.seed,
      ...(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {}),
      ...(options.effort !== undefined ? { effort: options.effort } : {}),
    },
    hooks,
  );
  if (!res.ok) return { ok: false, problems: describeProblems(project, divisionId, c.translate(res.problems)) };
  const parts = c.relabel(res.parts);
  return {
    ok: true,
    placement: c.placementOf(parts),
    assignments: c.holdersOf(parts),
    cut: res.cut,
    cancelled: res.cancelled,
    stats: res.stats,
  };
}

/**
 * Everything is locked (every subject shared or locked, say): the division as it stands is the only one, if it
 * meets the balance. Answered here because the search spends its budget only on moves, so with none to make it
 * would run until its time limit, or without one for ever.
 */
function nothingToMove(
  c: PlacementConstraints,
): { ok: true; cut: number; cancelled: false; stats: OptimiseStats } | { ok: false; problems: Problem[] } {
  const t0 = performance.now();
  const { limits, nodeWeight, problems } = balanceLimits(c.graph, c.k, c.balance, c.locked);
  if (problems.length) return { ok: false, problems };
  const sums = new Float64Array(c.k);
  for (let v = 0; v < c.graph.n; v++) sums[c.locked[v]!]! += nodeWeight[v]!;
  for (let p = 0; p < c.k; p++)
    if (sums[p]! < limits.lo[p]! - limits.eps || sums[p]! > limits.hi[p]! + limits.eps)
      return { ok: false, problems: [problem('optimiserBalanceUnreachable', { by: c.balance.by })] };
  const stats: OptimiseStats = {
    method: 'memetic',
    iterations: 0,
    starts: 0,
    elapsedMs: performance.now() - t0,
    stoppedBy: 'budget',
    limits: { lo: limits.lo[0] ?? 0, hi: limits.hi[0] ?? 0 },
  };
  return { ok: true, cut: cutOf(c.graph, c.locked), cancelled: false, stats };
}

/**
 * The lower bound for the same problem (valid for the subject-level problem: the contraction is exact). Under keep
 * rules it bounds the contracted problem (together groups as one node, exact) with deliberate links weightless, as
 * the search minimises; apart rules and the party band only remove divisions, so a bound without them stays valid.
 * Null when the rules contradict each other (there is nothing to bound).
 */
export async function placementBound(
  project: Project,
  divisionId: string,
  level: MoveLevel,
  balance: BalanceChoice,
  options: Omit<LowerBoundOptions, 'k' | 'locked' | 'balance'>,
  hooks: LowerBoundHooks = {},
): Promise<LowerBoundResult | null> {
  const division = project.divisions.find((d) => d.id === divisionId);
  const goalGraph = buildCompactGraph(project);
  const c = placementConstraints(project, divisionId, level, balance, goalGraph);
  if (Array.isArray(c) || !division) return null;
  let graph = c.graph;
  let fixed = { k: c.k, locked: c.locked, balance: c.balance };
  let translate = c.translate;
  if (hasRules(division)) {
    const s = coalitionSetup(project, division, goalGraph, c, undefined);
    if (!('cp' in s)) return null;
    graph = s.graph;
    fixed = { k: s.k, locked: s.locked, balance: s.balance };
    translate = s.translate;
  }
  const res = await lowerBound(graph, { ...options, ...fixed }, hooks);
  return res.problems ? { ...res, problems: translate(res.problems) } : res;
}

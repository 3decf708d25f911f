import type { Project } from '../model/project';
import { problem, type Problem } from '../model/problem';
import type { Division } from '../model/division';
import { buildCompactGraph, type CompactGraph } from './compactGraph';
import { placementProblem, type MoveLevel, type PlacementProblem } from './placementProblem';
import { hasRules, ruleGroups } from '../coalition/ruleGroups';
import { groupFacts } from '../coalition/ruleConflicts';
import { deliberateLinks } from '../coalition/deliberateLinks';

/** The options single moves (`suggestMoves`) and swaps (`suggestSwaps`) share. */
export interface SuggestOptions {
  /** What must stay balanced: number of goals (default) or known budget. */
  balance?: 'goals' | 'budget';
  /** Allowed deviation around the mean per portfolio, as a fraction (default 0.2 = ±20%). */
  tolerance?: number;
  /** At most this many suggestions (default 10). */
  limit?: number;
  /** Move whole subjects with their goals ('subject') or single goals ('goal', the default); see `placementProblem`. */
  level?: MoveLevel;
  /**
   * Holder id → allowed size on the balance measure (`holderBands` of a balance rule). Given, it replaces the band
   * around the mean for every holder; a holder without an entry has no limit.
   */
  bands?: Readonly<Record<string, { low: number; high: number }>>;
}

export interface BalanceBand {
  measure: 'goals' | 'budget';
  mean: number;
  /** The band around the mean, mean·(1 ± tolerance). */
  low: number;
  high: number;
  /** The per-holder bands the options gave, which then apply instead of `low`–`high`. */
  holders?: Readonly<Record<string, { low: number; high: number }>>;
}

export type NoSuggestionReason =
  'unknownDivision' | 'tooFewPortfolios' | 'noBudget' | 'allLocked' | 'noImprovingMove' | 'balanceBlocks';

// Sizes are sums of floats (budgets); a band edge reached exactly must not be refused over rounding.
const EPS = 1e-9;

/** What both kinds of suggestion read off one draft: its problem, rules, sizes, bands and cut. */
export interface SuggestContext {
  division: Division;
  goalGraph: CompactGraph;
  prob: PlacementProblem;
  k: number;
  band: BalanceBand;
  /** Size of each part on the balance measure, and its allowed range. */
  size: Float64Array;
  low: Float64Array;
  high: Float64Array;
  cutBefore: number;
  /** Nodes a suggestion may move: assigned, not kept in place, not in a keep-together group. */
  movable: Uint8Array;
  rules: RuleLimits;
  /** What the adjacency entry `j` weighs for the gain: deliberate links nothing. */
  weightOf(j: number): number;
  sizeOf(v: number): number;
  /** Whether part `p` may change its size by `delta`: growing not above its band, shrinking not below it. */
  fits(p: number, delta: number): boolean;
  /** The goal-level link ids behind adjacency entry `j`, pushed onto `into`. */
  linkIds(j: number, into: string[]): void;
  /** The node as a suggestion names it: a goal, or a subject with the goals that follow it. */
  node(v: number): { goalId: string } | { subjectId: string; goalIds: string[] };
}

export type ContextOrReason =
  SuggestContext | { reason: NoSuggestionReason; balance: BalanceBand | null; problems: Problem[] };

export function suggestContext(
  project: Project,
  divisionId: string,
  options: SuggestOptions,
  graph?: CompactGraph,
): ContextOrReason {
  const division = project.divisions.find((d) => d.id === divisionId);
  if (!division)
    return { reason: 'unknownDivision', balance: null, problems: [problem('unknownDivision', { id: divisionId })] };
  const k = division.portfolioIds.length;
  if (k < 2) return { reason: 'tooFewPortfolios', balance: null, problems: [] };
  const goalGraph = graph ?? buildCompactGraph(project);
  const measure = options.balance ?? 'goals';
  const tolerance = Math.max(0, options.tolerance ?? 0.2);
  const prob = placementProblem(goalGraph, division, options.level ?? 'goal');
  const g = prob.graph;
  const parts = prob.parts;
  const rules = ruleLimits(goalGraph, prob, division);
  const sizeOf = (v: number) => (measure === 'goals' ? prob.goalCount[v]! : g.budget[v]!);
  // At goal level a linked subject with goals is a node held with its goals: per-holder bands (`draftLoads`) count
  // only its goals. It never moves, so leaving it out of the sizes is all it takes.
  const withGoals = options.bands && prob.level === 'goal' ? new Set(project.goals.map((x) => x.subjectId)) : null;
  const size = new Float64Array(k);
  let sum = 0;
  for (let v = 0; v < g.n; v++) {
    if (parts[v]! < 0 || (withGoals && g.isSubject[v] && withGoals.has(g.goalIds[v]))) continue;
    size[parts[v]!]! += sizeOf(v);
    sum += sizeOf(v);
  }
  const mean = sum / k;
  const band: BalanceBand = { measure, mean, low: mean * (1 - tolerance), high: mean * (1 + tolerance) };
  const low = new Float64Array(k).fill(band.low);
  const high = new Float64Array(k).fill(band.high);
  if (options.bands) {
    band.holders = options.bands;
    division.portfolioIds.forEach((id, p) => {
      const b = options.bands![id];
      low[p] = b ? b.low : -Infinity;
      high[p] = b ? b.high : Infinity;
    });
  }
  if (measure === 'budget' && sum === 0) return { reason: 'noBudget', balance: band, problems: [] };

  let cutBefore = 0;
  for (let e = 0; e < g.m; e++) {
    const a = parts[g.src[e]!]!;
    const b = parts[g.dst[e]!]!;
    if (a >= 0 && b >= 0 && a !== b) cutBefore += g.weight[e]!;
  }
  const movable = new Uint8Array(g.n);
  for (let v = 0; v < g.n; v++) if (parts[v]! >= 0 && !prob.locked[v] && !rules.grouped[v]) movable[v] = 1;
  const weight = rules.weight;
  return {
    division,
    goalGraph,
    prob,
    k,
    band,
    size,
    low,
    high,
    cutBefore,
    movable,
    rules,
    weightOf: weight ? (j) => weight[g.adjLink[j]!]! : (j) => g.adjWeight[j]!,
    sizeOf,
    fits: (p, delta) =>
      delta === 0 || (delta < 0 ? size[p]! + delta >= low[p]! - EPS : size[p]! + delta <= high[p]! + EPS),
    // Each link of the problem stands for the goal-level links behind it: those are what the user can check.
    linkIds: (j, into) => {
      for (const e of prob.linksBehind(g.adjLink[j]!)) into.push(goalGraph.linkIds[e]!);
    },
    node: (v) => {
      if (prob.level === 'goal' || prob.kind[v] !== 'subject') return { goalId: g.goalIds[v]! };
      const goalIds = [...prob.members(v)].filter((u) => !goalGraph.isSubject[u]).map((u) => goalGraph.goalIds[u]!);
      return { subjectId: g.goalIds[v]!, goalIds };
    },
  };
}

interface RuleLimits {
  /** 1 for a node of a keep-together group: it is not moved alone. */
  grouped: Uint8Array;
  /** Whether `v` may not sit in part `to` under `parts` (a node a keep-apart rule or deliberate split names is there). */
  barred: (v: number, to: number, parts: Int32Array) => boolean;
  /** The problem's link weights with deliberate links at 0; null without deliberate splits. */
  weight: Float64Array | null;
}

/** The draft's rules as the suggestions need them. */
function ruleLimits(goalGraph: CompactGraph, prob: PlacementProblem, division: Division): RuleLimits {
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

/**
 * Every movable node's best single move within its bands and rules (`to` −1 where none gains), and how many
 * improving moves the bands refused. Ties go to the lower part index.
 */
export function bestSingleMoves(c: SuggestContext): { to: Int32Array; gain: Float64Array; blocked: number } {
  const g = c.prob.graph;
  const parts = c.prob.parts;
  const k = c.k;
  const bestTo = new Int32Array(g.n).fill(-1);
  const bestGain = new Float64Array(g.n);
  const acc = new Float64Array(k);
  // Marks the parts met at a node: with deliberate links weighing nothing an accumulator can stay at 0.
  const seen = new Uint8Array(k);
  const touched = new Int32Array(k);
  let blocked = 0;
  for (let v = 0; v < g.n; v++) {
    if (!c.movable[v]) continue;
    const from = parts[v]!;
    let nt = 0;
    for (let j = g.adjStart[v]!; j < g.adjStart[v + 1]!; j++) {
      const p = parts[g.adjNode[j]!]!;
      if (p < 0) continue;
      if (!seen[p]) {
        seen[p] = 1;
        touched[nt++] = p;
      }
      acc[p]! += c.weightOf(j);
    }
    const x = c.sizeOf(v);
    const fromOk = c.fits(from, -x);
    for (let i = 0; i < nt; i++) {
      const to = touched[i]!;
      if (to === from || c.rules.barred(v, to, parts)) continue;
      const gain = acc[to]! - acc[from]!;
      if (gain <= EPS) continue;
      if (!fromOk || !c.fits(to, x)) {
        blocked++;
        continue;
      }
      const b = bestTo[v]!;
      if (gain > bestGain[v]! + EPS || (Math.abs(gain - bestGain[v]!) <= EPS && b >= 0 && to < b)) {
        bestGain[v] = gain;
        bestTo[v] = to;
      }
    }
    for (let i = 0; i < nt; i++) {
      acc[touched[i]!] = 0;
      seen[touched[i]!] = 0;
    }
  }
  return { to: bestTo, gain: bestGain, blocked };
}

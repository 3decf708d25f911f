import type { CompactGraph } from '../../analysis/compactGraph';
import { problem, type Problem } from '../../model/problem';
import type { Limits } from './partGraph';

export interface Balance {
  by: 'goals' | 'budget';
  /** 0.05 means each portfolio within ±5 % of the mean; for goals never tighter than ⌊n/k⌋..⌈n/k⌉. */
  tolerance: number;
  /**
   * Per-part weight limits that replace the band around the mean (balance per FTE, against today's load, or a
   * maximum per holder: `shared/analysis/balanceRule.ts`), in the unit `by` counts. Absent: the mean band.
   */
  limits?: { lo: readonly number[]; hi: readonly number[] };
}

export interface BalancedLimits {
  limits: Limits;
  /** What the balance counts per goal: 1, or the budget (0 where unknown). */
  nodeWeight: Float64Array;
  problems: Problem[];
}

function goalList(g: CompactGraph, nodes: number[]): string {
  return nodes.map((v) => g.goalIds[v] ?? String(v)).join(', ');
}

/**
 * Turns the balance rule into weight limits per part, and checks what can be seen without search: more locked
 * goals (or locked budget) in one portfolio than its cap, a single goal above the budget cap, no budgets at all.
 */
export function balanceLimits(g: CompactGraph, k: number, balance: Balance, fixed: Int32Array): BalancedLimits {
  const n = g.n;
  const tol = Math.max(0, balance.tolerance);
  const problems: Problem[] = [];
  const nodeWeight = new Float64Array(n);
  const lo = new Float64Array(k);
  const hi = new Float64Array(k);
  let eps = 1e-9;
  if (balance.by === 'goals') {
    nodeWeight.fill(1);
    const t = n / k;
    // Whole goals: the tolerance rounds inwards, but never tighter than floor/ceil of the mean.
    const l = Math.min(Math.floor(t), Math.ceil(t * (1 - tol) - 1e-9));
    const h = Math.max(Math.ceil(t), Math.floor(t * (1 + tol) + 1e-9));
    lo.fill(Math.max(0, l));
    hi.fill(h);
  } else {
    let total = 0;
    for (let v = 0; v < n; v++) {
      nodeWeight[v] = g.hasBudget[v] ? g.budget[v]! : 0;
      total += nodeWeight[v]!;
    }
    if (total <= 0) problems.push(problem('optimiserNoBudgets'));
    lo.fill((total / k) * (1 - tol));
    hi.fill((total / k) * (1 + tol));
    eps = Math.max(1e-9, total * 1e-12);
  }
  if (balance.limits) explicitLimits(nodeWeight, balance.limits, lo, hi);
  if (balance.by === 'budget') {
    // A goal no holder may take: above the largest cap (the only cap under the mean band).
    let cap = 0;
    let total = 0;
    for (let p = 0; p < k; p++) cap = Math.max(cap, hi[p]!);
    for (let v = 0; v < n; v++) total += nodeWeight[v]!;
    for (let v = 0; v < n; v++)
      if (total > 0 && nodeWeight[v]! > cap + eps)
        problems.push(
          problem('optimiserGoalBudgetAboveCap', { goal: g.goalIds[v]!, budget: nodeWeight[v]!, cap }, [
            'goals',
            g.goalIds[v]!,
          ]),
        );
  }

  const lockedIn: number[][] = Array.from({ length: k }, () => []);
  for (let v = 0; v < n; v++) {
    const p = fixed[v]!;
    if (p >= k) problems.push(problem('optimiserLockedUnknownPortfolio', { goal: g.goalIds[v]!, part: p }, ['locked']));
    else if (p >= 0) lockedIn[p]!.push(v);
  }
  lockedIn.forEach((nodes, p) => {
    let w = 0;
    for (const v of nodes) w += nodeWeight[v]!;
    if (w <= hi[p]! + eps) return;
    const params = { part: p, goals: goalList(g, nodes), count: nodes.length, cap: hi[p]! };
    problems.push(
      balance.by === 'goals'
        ? problem('optimiserLockedAboveCap', params, ['locked'])
        : problem('optimiserLockedBudgetAboveCap', { ...params, budget: w }, ['locked']),
    );
  });
  return { limits: { k, lo, hi, fixed, eps }, nodeWeight, problems };
}

/** Per-part limits as given, a missing maximum as the whole weight (the search wants finite limits). */
function explicitLimits(
  nodeWeight: Float64Array,
  given: NonNullable<Balance['limits']>,
  lo: Float64Array,
  hi: Float64Array,
): void {
  let total = 0;
  for (const w of nodeWeight) total += w;
  for (let p = 0; p < lo.length; p++) {
    lo[p] = Math.max(0, given.lo[p] ?? 0);
    const h = given.hi[p];
    hi[p] = h === undefined || !Number.isFinite(h) ? Math.max(total, lo[p]!) : Math.max(0, h);
  }
}

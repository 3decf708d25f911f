import type { Project } from '../../model/project';
import type { Division } from '../../model/division';
import { problem, type Problem } from '../../model/problem';
import { LINK_KINDS } from '../../model/link';
import { CLASSIC_DOMAINS } from '../../model/domain';
import { buildCompactGraph, type CompactGraph } from '../../analysis/compactGraph';
import { ruleGroups, type RuleGroups } from '../../coalition/ruleGroups';
import { groupFacts, ruleConflicts, type GroupFacts, type WeighedConflict } from '../../coalition/ruleConflicts';
import { deliberateLinks } from '../../coalition/deliberateLinks';
import { balanceLimits, type Balance } from '../search/balanceLimits';
import type { PlacementConstraints } from '../optimiserPlacement';
import { goalCountTolerance, goalLimits } from '../goalLimits';
import { apartCsr, type ConstrainedProblem } from './constrainedProblem';
import { bandAmounts, bandSetup, type BandSetup, type PartyBand } from './partyBand';

/**
 * The problem the frozen search is given under the coalition's rules, and what it cannot be told. Keep-together
 * groups become one node each (exact: a group moves as one, its internal links are never cut; a group with a fixed
 * member is fixed there); links a deliberate split names weigh nothing (they are no cost to remove). Apart pairs,
 * parts barred by a fixed partner and the party band go to the constrained search (`cp`) that runs after it.
 */
export interface CoalitionSetup {
  graph: CompactGraph;
  balance: Balance;
  k: number;
  locked: Int32Array;
  initialParts: Int32Array;
  /** Node of `graph` for each node of the placement problem. */
  nodeOf: Int32Array;
  cp: ConstrainedProblem;
  rules: RuleGroups;
  facts: GroupFacts;
  /** Some group joined nodes of the placement problem. */
  contracted: boolean;
  band: BandSetup | null;
  /** The placement problem's division of a division of `graph`. */
  expand(parts: Int32Array): Int32Array;
  /** Problems of the search on `graph`, in the placement problem's terms (and then the draft's). */
  translate(problems: readonly Problem[]): Problem[];
}

export function coalitionSetup(
  project: Project,
  division: Division,
  g: CompactGraph,
  c: PlacementConstraints,
  partyBand: PartyBand | undefined,
): CoalitionSetup | { conflicts: WeighedConflict[]; band: BandSetup | null } {
  const { k } = c;
  const base = c.graph;
  const rules = ruleGroups(g, c.problem, division);
  const facts = groupFacts(rules);
  const baseLimits = balanceLimits(base, k, c.balance, c.locked);
  const band = partyBand ? bandSetup(project, division, partyBand) : null;
  const conflicts = ruleConflicts(rules, division.portfolioIds, {
    weight: baseLimits.nodeWeight,
    cap: Math.max(...baseLimits.limits.hi),
    eps: baseLimits.limits.eps,
  });
  if (conflicts.length || band?.unreachable.length) return { conflicts, band };

  const n0 = base.n;
  const nodeOf = new Int32Array(n0);
  const reps: number[] = [];
  const at = new Map<number, number>();
  for (let i = 0; i < n0; i++) {
    const r = rules.groupOf[i]!;
    let x = at.get(r);
    if (x === undefined) {
      x = reps.length;
      at.set(r, x);
      reps.push(r);
    }
    nodeOf[i] = x;
  }
  const n = reps.length;
  const contracted = n < n0;
  const delib = deliberateLinks(g, division);

  let graph = base;
  let balance = c.balance;
  if (contracted || delib) {
    const weight = new Float64Array(n);
    for (let i = 0; i < n0; i++) weight[nodeOf[i]!]! += baseLimits.nodeWeight[i]!;
    const byCount = contracted && c.balance.by === 'goals';
    // Per-holder limits count goals, as the merged nodes' weights do: they carry over unchanged.
    if (byCount)
      balance = {
        by: 'budget',
        tolerance: goalCountTolerance(n0, k, c.balance.tolerance),
        ...(c.balance.limits ? { limits: c.balance.limits } : {}),
      };
    const ties = new Map<number, { a: number; b: number; w: number; kind: number }>();
    for (let e = 0; e < base.m; e++) {
      const a = nodeOf[base.src[e]!]!;
      const b = nodeOf[base.dst[e]!]!;
      if (a === b) continue;
      let w = base.weight[e]!;
      if (delib) {
        w = 0;
        for (const l of c.problem.linksBehind(e)) if (!delib[l]) w += g.weight[l]!;
      }
      if (w === 0) continue;
      const key = a < b ? a * n + b : b * n + a;
      const tie = ties.get(key);
      if (tie) tie.w += w;
      else ties.set(key, { a, b, w, kind: base.kind[e]! });
    }
    const built = buildCompactGraph({
      goals: reps.map((r, x) => ({
        id: base.goalIds[r]!,
        domainId: base.domainIds[base.domain[r]!]!,
        // Merged nodes carry what the balance counts through the budget path; single nodes keep their own.
        ...(contracted ? { budget: weight[x]! } : base.hasBudget[r] ? { budget: base.budget[r]! } : {}),
      })),
      links: [...ties.values()].map((t, i) => ({
        id: `keep${i}`,
        source: base.goalIds[reps[t.a]!]!,
        target: base.goalIds[reps[t.b]!]!,
        kind: LINK_KINDS[t.kind]!,
        strength: t.w,
      })),
      domains: base.domainIds.map((id, i) => ({ id, classic: CLASSIC_DOMAINS[base.domainClassic[i]!]! })),
    });
    graph = {
      ...built,
      subjectOf: reps.map((r) => base.subjectOf[r]),
      isSubject: Uint8Array.from(reps, (r) => base.isSubject[r]!),
    };
  }

  const locked = Int32Array.from(reps, (r) => Math.max(-1, facts.groupFixed[r]!));
  const initialParts = Int32Array.from(reps, (r, x) => (locked[x]! >= 0 ? locked[x]! : c.initialParts[r]!));
  const { limits, nodeWeight } = balanceLimits(graph, k, balance, locked);
  const barred = new Uint8Array(n * k);
  const pairs = new Map<string, readonly [number, number]>();
  for (const { a, b } of facts.apartPairs) {
    const pa = facts.groupFixed[a]!;
    const pb = facts.groupFixed[b]!;
    if (pa >= 0 && pb >= 0) continue;
    if (pa >= 0) barred[nodeOf[b]! * k + pa] = 1;
    else if (pb >= 0) barred[nodeOf[a]! * k + pb] = 1;
    else {
      const x = Math.min(nodeOf[a]!, nodeOf[b]!);
      const y = Math.max(nodeOf[a]!, nodeOf[b]!);
      pairs.set(`${x},${y}`, [x, y]);
    }
  }
  let bandLimits: ConstrainedProblem['band'] = null;
  if (band) {
    const own = bandAmounts(g, c.problem, partyBand!.by);
    const amount = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n0; i++) {
      amount[nodeOf[i]!]! += own[i]!;
      total += own[i]!;
    }
    const eps = partyBand!.by === 'goals' ? 1e-9 : Math.max(1e-9, total * 1e-12);
    bandLimits = { partyOfPart: band.partyOfPart, amount, lo: band.lo, hi: band.hi, eps };
  }
  const cp: ConstrainedProblem = {
    n,
    k,
    adjStart: graph.adjStart,
    adjNode: graph.adjNode,
    adjWeight: graph.adjWeight,
    weight: nodeWeight,
    lo: limits.lo,
    hi: limits.hi,
    eps: limits.eps,
    fixed: locked,
    barred,
    ...apartCsr(n, [...pairs.values()]),
    band: bandLimits,
  };
  const switched = balance !== c.balance && c.balance.by === 'goals';
  const cap = goalLimits(n0, k, c.balance.tolerance).hi;
  return {
    graph,
    balance,
    k,
    locked,
    initialParts,
    nodeOf,
    cp,
    rules,
    facts,
    contracted,
    band,
    expand: (parts) => Int32Array.from(nodeOf, (x) => parts[x]!),
    translate: (list) =>
      c.translate(
        switched
          ? list.map((p) => {
              const params = p.params ?? {};
              if (p.code === 'optimiserLockedBudgetAboveCap') {
                const { budget, ...rest } = params;
                return problem('optimiserLockedAboveCap', { ...rest, count: budget!, cap }, p.path);
              }
              if (p.code === 'optimiserBalanceUnreachable') return problem(p.code, { by: 'goals' });
              return p;
            })
          : list,
      ),
  };
}

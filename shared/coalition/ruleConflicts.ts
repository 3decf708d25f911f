import { distinctItems, type MappedRule, type RuleGroups } from './ruleGroups';

export type ConflictCode =
  'togetherApart' | 'togetherLocked' | 'apartLocked' | 'apartTooMany' | 'togetherAboveCap' | 'partyBandUnreachable';

export interface CoalitionConflict {
  code: ConflictCode;
  nodeIds: string[];
  ruleIds: string[];
  holderIds: string[];
}

/** A conflict with what the optimiser's message needs besides: a together group's weight and the cap it exceeds. */
export interface WeighedConflict extends CoalitionConflict {
  amount?: number;
  cap?: number;
}

/** The balance as the search counts it: each problem node's weight and the most one holder may carry. */
export interface CapCheck {
  weight: Float64Array;
  cap: number;
  eps: number;
}

/** Groups over the items, with what the rules ask of them. */
export interface GroupFacts {
  /** Per item, valid at group representatives: the group's fixed part, −1 when free, −2 when its locks disagree. */
  groupFixed: Int32Array;
  /** Together rules of each group representative that has any. */
  togetherOf: Map<number, MappedRule[]>;
  /** Pairs of different groups an apart rule or a deliberate split keeps apart (representatives), with the rule. */
  apartPairs: { a: number; b: number; rule: MappedRule; i: number; j: number }[];
}

export function groupFacts(rg: RuleGroups): GroupFacts {
  const { groupOf, fixedPart } = rg;
  const groupFixed = new Int32Array(rg.nItems).fill(-1);
  for (let x = 0; x < rg.nItems; x++) {
    const p = fixedPart[x]!;
    if (p < 0) continue;
    const r = groupOf[x]!;
    if (groupFixed[r] === -1) groupFixed[r] = p;
    else if (groupFixed[r] !== p) groupFixed[r] = -2;
  }
  const togetherOf = new Map<number, MappedRule[]>();
  const apartPairs: GroupFacts['apartPairs'] = [];
  for (const rule of rg.rules) {
    if (rule.kind === 'together') {
      const first = rule.items.find((x) => x >= 0);
      if (first === undefined) continue;
      const r = groupOf[first]!;
      const list = togetherOf.get(r);
      if (list) list.push(rule);
      else togetherOf.set(r, [rule]);
      continue;
    }
    for (let i = 0; i < rule.items.length; i++)
      for (let j = i + 1; j < rule.items.length; j++) {
        const x = rule.items[i]!;
        const y = rule.items[j]!;
        if (x < 0 || y < 0) continue;
        apartPairs.push({ a: groupOf[x]!, b: groupOf[y]!, rule, i, j });
      }
  }
  return { groupFixed, togetherOf, apartPairs };
}

/**
 * What no division can honour, in the terms of the rules: a group kept together that an apart rule (or deliberate
 * split) also keeps apart, a group whose fixed members sit with different holders, an apart pair fixed with one
 * holder, apart rules that need more holders than the draft has, and (given the balance) a group heavier than one
 * holder may carry. Each conflict names the rules, the nodes and the holders that cause it.
 */
export function ruleConflicts(rg: RuleGroups, portfolioIds: readonly string[], balance?: CapCheck): WeighedConflict[] {
  const facts = groupFacts(rg);
  const { groupFixed, togetherOf, apartPairs } = facts;
  const { groupOf, fixedPart } = rg;
  const k = portfolioIds.length;
  const out: WeighedConflict[] = [];
  const seen = new Set<string>();
  const push = (c: WeighedConflict) => {
    const key = `${c.code}|${[...c.nodeIds].sort().join(',')}|${[...c.ruleIds].sort().join(',')}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };
  const ids = (rules: readonly MappedRule[]) => rules.map((r) => r.ruleId);
  const groupNodes = (rep: number) => [...new Set((togetherOf.get(rep) ?? []).flatMap((r) => r.nodeIds))];
  const reported = new Set<MappedRule>();

  for (const [rep, rules] of togetherOf) {
    if (groupFixed[rep] !== -2) continue;
    const nodeIds = new Set<string>();
    const parts = new Set<number>();
    for (const r of rules)
      r.items.forEach((x, i) => {
        if (x >= 0 && fixedPart[x]! >= 0) {
          nodeIds.add(r.nodeIds[i]!);
          parts.add(fixedPart[x]!);
        }
      });
    // A lock inside the group that no rule names (a goal locked under a subject the rule names) still shows as
    // its rule node's; parts come from every fixed item of the group.
    for (let x = 0; x < rg.nItems; x++) if (groupOf[x] === rep && fixedPart[x]! >= 0) parts.add(fixedPart[x]!);
    push({
      code: 'togetherLocked',
      nodeIds: [...nodeIds],
      ruleIds: ids(rules),
      holderIds: [...parts].sort((a, b) => a - b).map((p) => portfolioIds[p]!),
    });
  }

  for (const { a, b, rule, i, j } of apartPairs) {
    const pair = [rule.nodeIds[i]!, rule.nodeIds[j]!];
    if (a === b) {
      // Kept together by rules, or one node of the problem (a goal that follows its subject at subject level).
      push({
        code: 'togetherApart',
        nodeIds: pair,
        ruleIds: [...ids(togetherOf.get(a) ?? []), rule.ruleId],
        holderIds: [],
      });
      reported.add(rule);
      continue;
    }
    const pa = groupFixed[a]!;
    if (pa >= 0 && pa === groupFixed[b]) {
      const via = [a, b].flatMap((r, s) =>
        fixedPart[rule.items[s === 0 ? i : j]!]! >= 0 ? [] : ids(togetherOf.get(r) ?? []),
      );
      push({ code: 'apartLocked', nodeIds: pair, ruleIds: [rule.ruleId, ...via], holderIds: [portfolioIds[pa]!] });
      reported.add(rule);
    }
  }

  for (const rule of rg.rules) {
    if (rule.kind === 'together') continue;
    const groups = new Set(distinctItems(rule).map((x) => groupOf[x]!));
    if (groups.size <= k) continue;
    push({ code: 'apartTooMany', nodeIds: [...rule.nodeIds], ruleIds: [rule.ruleId], holderIds: [] });
    reported.add(rule);
  }
  for (const component of uncolourable(facts, k, reported))
    push({
      code: 'apartTooMany',
      nodeIds: [...new Set(component.flatMap((r) => r.nodeIds))],
      ruleIds: ids(component),
      holderIds: [],
    });

  if (balance) {
    const { weight, cap, eps } = balance;
    // Weight and problem nodes of each group (fixed subjects outside the problem weigh nothing here).
    const groupWeight = new Map<number, number>();
    const groupSize = new Map<number, number>();
    for (let x = 0; x < rg.n; x++) {
      const r = groupOf[x]!;
      groupWeight.set(r, (groupWeight.get(r) ?? 0) + weight[x]!);
      groupSize.set(r, (groupSize.get(r) ?? 0) + 1);
    }
    const fixedWeight = new Float64Array(k);
    const addedAt = new Map<number, number[]>();
    for (const [rep, rules] of togetherOf) {
      const w = groupWeight.get(rep) ?? 0;
      // One node above the cap is the search's own problem (a subject with too many goals, say).
      if (w > cap + eps && (groupSize.get(rep) ?? 0) > 1)
        push({
          code: 'togetherAboveCap',
          nodeIds: groupNodes(rep),
          ruleIds: ids(rules),
          holderIds: [],
          amount: w,
          cap,
        });
      const p = groupFixed[rep]!;
      if (p >= 0) (addedAt.get(p) ?? addedAt.set(p, []).get(p)!).push(rep);
    }
    for (let x = 0; x < rg.n; x++) {
      const p = groupFixed[groupOf[x]!]!;
      if (p >= 0) fixedWeight[p]! += weight[x]!;
    }
    for (const [p, reps] of addedAt) {
      if (fixedWeight[p]! <= cap + eps) continue;
      // Only when the group brings weight beyond the locks: locks alone are the search's own problem.
      const brings = reps.some((rep) => {
        for (let x = 0; x < rg.n; x++) if (groupOf[x] === rep && fixedPart[x]! < 0) return true;
        return false;
      });
      if (!brings) continue;
      push({
        code: 'togetherAboveCap',
        nodeIds: reps.flatMap(groupNodes),
        ruleIds: reps.flatMap((rep) => ids(togetherOf.get(rep)!)),
        holderIds: [portfolioIds[p]!],
        amount: fixedWeight[p]!,
        cap,
      });
    }
  }
  return out;
}

/** Steps of the colouring search per component; beyond it the component is taken as colourable (no claim). */
const COLOUR_STEPS = 50_000;

/**
 * Components of the apart graph over groups that cannot be spread over k holders given the fixed groups: a
 * backtracking colouring (most constrained group first). Components with a rule already reported are left out.
 */
function uncolourable(facts: GroupFacts, k: number, reported: ReadonlySet<MappedRule>): MappedRule[][] {
  const { groupFixed, apartPairs } = facts;
  const adj = new Map<number, Set<number>>();
  const link = (a: number, b: number) => (adj.get(a) ?? adj.set(a, new Set()).get(a)!).add(b);
  for (const { a, b } of apartPairs)
    if (a !== b) {
      link(a, b);
      link(b, a);
    }
  const seen = new Set<number>();
  const out: MappedRule[][] = [];
  for (const start of adj.keys()) {
    if (seen.has(start)) continue;
    const comp: number[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const v = stack.pop()!;
      comp.push(v);
      for (const u of adj.get(v)!) {
        if (seen.has(u)) continue;
        seen.add(u);
        stack.push(u);
      }
    }
    const inComp = new Set(comp);
    const rules = [...new Set(apartPairs.filter((p) => inComp.has(p.a)).map((p) => p.rule))];
    if (rules.some((r) => reported.has(r)) || comp.some((v) => groupFixed[v] === -2)) continue;
    if (colourable(comp, adj, groupFixed, k) === false) out.push(rules);
  }
  return out;
}

/** true, false, or null when the step limit ran out. */
function colourable(
  comp: readonly number[],
  adj: ReadonlyMap<number, ReadonlySet<number>>,
  groupFixed: Int32Array,
  k: number,
): boolean | null {
  const colour = new Map<number, number>();
  for (const v of comp) if (groupFixed[v]! >= 0) colour.set(v, groupFixed[v]!);
  for (const v of colour.keys()) for (const u of adj.get(v)!) if (colour.get(u) === colour.get(v)) return false;
  const free = comp.filter((v) => !colour.has(v));
  let steps = 0;
  const options = (v: number) => {
    const used = new Set<number>();
    for (const u of adj.get(v)!) if (colour.has(u)) used.add(colour.get(u)!);
    return k - used.size;
  };
  const visit = (left: number[]): boolean | null => {
    if (!left.length) return true;
    if (++steps > COLOUR_STEPS) return null;
    let at = 0;
    for (let i = 1; i < left.length; i++) if (options(left[i]!) < options(left[at]!)) at = i;
    const v = left[at]!;
    const rest = left.filter((_, i) => i !== at);
    const used = new Set<number>();
    for (const u of adj.get(v)!) if (colour.has(u)) used.add(colour.get(u)!);
    for (let c = 0; c < k; c++) {
      if (used.has(c)) continue;
      colour.set(v, c);
      const r = visit(rest);
      colour.delete(v);
      if (r !== false) return r;
    }
    return false;
  };
  return visit(free);
}

import type { CompactGraph } from '../analysis/compactGraph';
import type { PlacementProblem } from '../analysis/placementProblem';
import { subjectHolders, type Division } from '../model/division';

export type RuleKind = 'together' | 'apart' | 'deliberate';

/** A keep rule or a deliberate split (kind 'deliberate', nodes a and b) laid onto a placement problem. */
export interface MappedRule {
  ruleId: string;
  kind: RuleKind;
  nodeIds: readonly string[];
  /** Item of each node (same order as `nodeIds`), −1 for a node the problem cannot move or place (see `ruleGroups`). */
  items: Int32Array;
}

/**
 * The keep rules and deliberate splits of a draft over the problem the optimiser and the suggestions see. An *item*
 * is a node of the problem (0..n−1) or, after them, a subject that is no node of it: at goal level a subject with
 * goals (single goals move, the subject stays with its lead), at subject level a subject whose goals all went
 * elsewhere. Such a subject never moves, so it is an item fixed at its lead. Rule nodes map to items: a goal that
 * follows its subject at subject level is its subject's node. Together rules join items into groups.
 */
export interface RuleGroups {
  n: number;
  nItems: number;
  /** Part an item cannot leave (a locked or fixed node's, a fixed subject's lead), −1 for a free item. */
  fixedPart: Int32Array;
  /** Representative item of each item's group (the union of together rules through shared items). */
  groupOf: Int32Array;
  /** Keep rules in draft order, then deliberate splits. */
  rules: MappedRule[];
}

type RuleDraft = Pick<Division, 'portfolioIds' | 'subjects' | 'keep' | 'deliberate'>;

export function hasRules(division: Pick<Division, 'keep' | 'deliberate'>): boolean {
  return division.keep.length > 0 || division.deliberate.length > 0;
}

export function ruleGroups(
  g: CompactGraph,
  prob: Pick<PlacementProblem, 'graph' | 'nodeOf' | 'parts' | 'locked'>,
  division: RuleDraft,
): RuleGroups {
  const n = prob.graph.n;
  const pIndex = new Map(division.portfolioIds.map((id, i) => [id, i]));
  const virtual = new Map<string, number>();
  const virtualPart: number[] = [];
  const itemOf = (id: string): number => {
    const own = prob.graph.goalIndex.get(id);
    if (own !== undefined) return own;
    const v = g.goalIndex.get(id);
    if (v !== undefined) return prob.nodeOf[v]!;
    const known = virtual.get(id);
    if (known !== undefined) return known;
    // A subject outside the problem stays with its lead; without one (or a lead outside the draft) it is no one's.
    const lead = subjectHolders(division, id)[0];
    const part = lead === undefined ? -1 : (pIndex.get(lead) ?? -1);
    if (part < 0) return -1;
    const item = n + virtualPart.length;
    virtual.set(id, item);
    virtualPart.push(part);
    return item;
  };
  const rules: MappedRule[] = [
    ...division.keep.map((r) => ({
      ruleId: r.id,
      kind: r.kind,
      nodeIds: r.nodeIds,
      items: Int32Array.from(r.nodeIds, itemOf),
    })),
    ...division.deliberate.map((d) => ({
      ruleId: d.id,
      kind: 'deliberate' as const,
      nodeIds: [d.a, d.b],
      items: Int32Array.of(itemOf(d.a), itemOf(d.b)),
    })),
  ];
  const nItems = n + virtualPart.length;
  const fixedPart = new Int32Array(nItems).fill(-1);
  for (let i = 0; i < n; i++) if (prob.locked[i] && prob.parts[i]! >= 0) fixedPart[i] = prob.parts[i]!;
  virtualPart.forEach((p, j) => (fixedPart[n + j] = p));

  const parent = Int32Array.from({ length: nItems }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const r of rules) {
    if (r.kind !== 'together') continue;
    let first = -1;
    for (const item of r.items) {
      if (item < 0) continue;
      if (first < 0) first = item;
      else {
        const a = find(first);
        const b = find(item);
        // The smaller item represents the group, so problem nodes represent before fixed subjects.
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const groupOf = Int32Array.from({ length: nItems }, (_, i) => find(i));
  return { n, nItems, fixedPart, groupOf, rules };
}

/** The distinct items of a rule, in order (two nodes on one item count once). */
export function distinctItems(rule: MappedRule): number[] {
  return [...new Set([...rule.items].filter((x) => x >= 0))];
}

import type { Project } from '../model/project';
import { nodeHolder } from '../model/division';
import { buildCompactGraph, type CompactGraph } from '../analysis/compactGraph';
import { placementProblem, type MoveLevel, type PlacementProblem } from '../analysis/placementProblem';
import { balanceLimits, placementConstraints, type Balance } from '../optimiser';
import { ruleGroups } from './ruleGroups';
import { ruleConflicts, type CapCheck, type CoalitionConflict } from './ruleConflicts';

export type { ConflictCode, CoalitionConflict } from './ruleConflicts';

/**
 * The contradictions among a draft's keep rules, deliberate splits, locks and (given) the balance, at the level
 * the optimiser and the suggestions move things (what is fixed depends on it: at goal level a subject with goals
 * stays with its lead; shared subjects stay at both levels). See `ruleConflicts` for the kinds.
 */
export function keepConflicts(
  project: Project,
  divisionId: string,
  options: { level?: MoveLevel; balance?: Balance } = {},
): CoalitionConflict[] {
  const division = project.divisions.find((d) => d.id === divisionId);
  if (!division || (!division.keep.length && !division.deliberate.length)) return [];
  const level = options.level ?? 'goal';
  const g = buildCompactGraph(project);
  let prob: PlacementProblem | null = null;
  let cap: CapCheck | undefined;
  if (options.balance) {
    const c = placementConstraints(project, divisionId, level, options.balance, g);
    if (!Array.isArray(c)) {
      prob = c.problem;
      const { limits, nodeWeight } = balanceLimits(c.graph, c.k, c.balance, c.locked);
      cap = { weight: nodeWeight, cap: limits.hi[0] ?? Infinity, eps: limits.eps };
    }
  }
  prob ??= placementProblem(g, division, level);
  return ruleConflicts(ruleGroups(g, prob, division), division.portfolioIds, cap).map(
    ({ code, nodeIds, ruleIds, holderIds }) => ({ code, nodeIds, ruleIds, holderIds }),
  );
}

/** A rule the draft as it stands breaks, with the nodes that break it. */
export interface RuleBreach {
  ruleId: string;
  kind: 'together' | 'apart' | 'deliberate';
  nodeIds: string[];
}

/**
 * The keep rules and deliberate splits the draft as it stands breaks: a together rule whose nodes have more than one
 * holder (the nodes away from the holder of most of them), an apart rule with nodes sharing a holder (those nodes),
 * a deliberate split whose ends have one holder. A node counts for the holder that holds it in the draft (a goal for
 * its own holder or its subject's lead, a subject for its lead); nodes without a holder break nothing.
 */
export function keepBreaches(project: Project, divisionId: string, graph?: CompactGraph): RuleBreach[] {
  const division = project.divisions.find((d) => d.id === divisionId);
  if (!division || (!division.keep.length && !division.deliberate.length)) return [];
  const goalSubject = graph ? null : new Map(project.goals.map((goal) => [goal.id, goal.subjectId]));
  const subjectIds = new Set(project.subjects.map((s) => s.id));
  const subjectOf = (id: string): string | undefined => {
    if (subjectIds.has(id)) return id;
    if (goalSubject) return goalSubject.get(id);
    const v = graph!.goalIndex.get(id);
    return v === undefined ? undefined : graph!.subjectOf[v];
  };
  const holder = (id: string) => nodeHolder(division, id, subjectOf(id));
  const out: RuleBreach[] = [];
  for (const rule of division.keep) {
    const held = rule.nodeIds.map((id) => [id, holder(id)] as const).filter(([, h]) => h !== undefined);
    const count = new Map<string, number>();
    for (const [, h] of held) count.set(h!, (count.get(h!) ?? 0) + 1);
    if (rule.kind === 'together') {
      if (count.size < 2) continue;
      let main = held[0]![1]!;
      for (const [h, c] of count) if (c > count.get(main)!) main = h;
      out.push({ ruleId: rule.id, kind: 'together', nodeIds: held.filter(([, h]) => h !== main).map(([id]) => id) });
    } else {
      const shared = held.filter(([, h]) => count.get(h!)! > 1).map(([id]) => id);
      if (shared.length) out.push({ ruleId: rule.id, kind: 'apart', nodeIds: shared });
    }
  }
  for (const split of division.deliberate) {
    const h = holder(split.a);
    if (h !== undefined && h === holder(split.b))
      out.push({ ruleId: split.id, kind: 'deliberate', nodeIds: [split.a, split.b] });
  }
  return out;
}

import type { Division, KeepKind, KeepRule } from '../../../shared/model';
import type { ConflictCode } from '../../../shared/coalition/keepRules';

/** What the draft as it stands breaks (keepBreaches in shared/coalition/keepRules.ts). */
export interface Breach {
  ruleId: string;
  kind: 'together' | 'apart' | 'deliberate';
  nodeIds: string[];
}

/** A contradiction among the rules, the locks and the balance (keepConflicts). */
export interface Conflict {
  code: ConflictCode;
  nodeIds: string[];
  ruleIds: string[];
  holderIds: string[];
}

/** One row of *Bij elkaar houden / Uit elkaar houden*. */
export interface KeepRow {
  rule: KeepRule;
  /** The nodes the draft as it stands puts against the rule; empty when the draft keeps it. */
  breach: string[];
}

export function keepRows(division: Pick<Division, 'keep'>, breaches: readonly Breach[]): KeepRow[] {
  const byRule = new Map<string, string[]>();
  for (const b of breaches) if (b.kind !== 'deliberate') byRule.set(b.ruleId, b.nodeIds);
  return division.keep.map((rule) => ({ rule, breach: byRule.get(rule.id) ?? [] }));
}

/** A rule a conflict names, as the user knows it: its kind and its subjects or goals. */
export interface RuleRef {
  id: string;
  kind: KeepKind | 'deliberate';
  nodeIds: string[];
}

/** The keep rule or deliberate split with this id (conflicts name both), or undefined for an id of neither. */
export function ruleRef(division: Pick<Division, 'keep' | 'deliberate'>, id: string): RuleRef | undefined {
  const rule = division.keep.find((r) => r.id === id);
  if (rule) return { id, kind: rule.kind, nodeIds: rule.nodeIds };
  const split = division.deliberate.find((s) => s.id === id);
  return split ? { id, kind: 'deliberate', nodeIds: [split.a, split.b] } : undefined;
}

/** Each conflict with the rules it names resolved; a rule no longer in the draft is left out of its list. */
export function conflictLines(
  division: Pick<Division, 'keep' | 'deliberate'>,
  conflicts: readonly Conflict[],
): (Conflict & { rules: RuleRef[] })[] {
  return conflicts.map((c) => ({
    ...c,
    rules: c.ruleIds.map((id) => ruleRef(division, id)).filter((r): r is RuleRef => r !== undefined),
  }));
}

/** The keep-rule form's fields. */
export interface KeepDraft {
  kind: KeepKind;
  nodeIds: string[];
  reason: string;
}

export const EMPTY_KEEP: KeepDraft = { kind: 'together', nodeIds: [], reason: '' };

import { z } from './zod';
import { IdSchema } from './ids';
import { ArrangementSchema, DeliberateSplitSchema, KeepRuleSchema } from './coalition';

/** A named draft of who holds which goal. Goals missing from `assignments` are unassigned. */
export const DivisionSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(120),
  /** The portfolios taking part in this draft, in display order. */
  portfolioIds: z.array(IdSchema).default([]),
  /**
   * Which holder has which goal (or subject without goals, by its id). With subjects, a goal listed here while its
   * subject goes to someone else is an exception to its subject, shown as such.
   */
  assignments: z.record(IdSchema, IdSchema).default({}),
  /**
   * Who holds each subject: one holder, or several when the college shares it (the first leads). A goal follows its
   * subject unless `assignments` names it.
   */
  subjects: z.record(IdSchema, z.array(IdSchema).min(1).max(12)).default({}),
  /** Goals and subjects the coalition has fixed: suggestions and the optimiser never move them. */
  locked: z.array(IdSchema).default([]),
  /** Coordination arrangements of this draft (file version 5, `AddCoalition`). */
  arrangements: z.array(ArrangementSchema).max(500).default([]),
  /** Splits the coalition made on purpose, with their reasons. */
  deliberate: z.array(DeliberateSplitSchema).max(2000).default([]),
  /** Keep-together and keep-apart rules beside the locks. */
  keep: z.array(KeepRuleSchema).max(500).default([]),
  notes: z.string().max(8000).default(''),
});
export type Division = z.infer<typeof DivisionSchema>;

/**
 * Who holds a goal in a draft, or undefined. An own-property read: `assignments[id]` for a goal id such as
 * `constructor` or `toString` finds Object.prototype's function, and that goal would never show as unassigned.
 */
export function holderOf(assignments: Readonly<Record<string, string>>, goalId: string): string | undefined {
  return Object.hasOwn(assignments, goalId) ? assignments[goalId] : undefined;
}
export type DivisionInput = z.input<typeof DivisionSchema>;

/** The holders of a subject in a draft (the first leads; more when shared), or none. */
export function subjectHolders(division: Pick<Division, 'subjects'>, subjectId: string): readonly string[] {
  return Object.hasOwn(division.subjects, subjectId) ? division.subjects[subjectId]! : [];
}

/**
 * Who holds a node (a goal, or a subject as a node of its own) in a draft: the draft's own word for the node first,
 * else the lead holder of the subject it hangs under. `subjectOf` gives a goal's subject id, and a subject's own id.
 */
export function nodeHolder(
  division: Pick<Division, 'assignments' | 'subjects'>,
  nodeId: string,
  subjectOf: string | undefined,
): string | undefined {
  const own = holderOf(division.assignments, nodeId);
  if (own !== undefined || subjectOf === undefined) return own;
  return subjectHolders(division, subjectOf)[0];
}

/**
 * A goal the draft gives to someone other than the holders of its subject: an explicit exception, shown as such.
 * A goal given to one of its shared subject's holders is not an exception.
 */
export function isException(
  division: Pick<Division, 'assignments' | 'subjects'>,
  goalId: string,
  subjectId: string | undefined,
): boolean {
  const own = holderOf(division.assignments, goalId);
  if (own === undefined || subjectId === undefined) return false;
  const holders = subjectHolders(division, subjectId);
  return holders.length > 0 && !holders.includes(own);
}

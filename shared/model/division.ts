import { z } from './zod';
import { IdSchema } from './ids';

/** A named draft of who holds which goal. Goals missing from `assignments` are unassigned. */
export const DivisionSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(120),
  /** The portfolios taking part in this draft, in display order. */
  portfolioIds: z.array(IdSchema).default([]),
  assignments: z.record(IdSchema, IdSchema).default({}),
  /** Goals the coalition has fixed: suggestions and the optimiser never move them. */
  locked: z.array(IdSchema).default([]),
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

import { z } from './zod';
import { IdSchema } from './ids';

/**
 * How colleges repair a split on purpose: a coördinerend wethouder for a theme, a programme with a lead holder (an
 * area programme, an Omgevingswet programme, an armoede-aanpak), or a shared responsibility (medeverantwoordelijk).
 */
export const ARRANGEMENT_KINDS = ['coordinating', 'programme', 'shared'] as const;
export const ArrangementKindSchema = z.enum(ARRANGEMENT_KINDS);
export type ArrangementKind = z.infer<typeof ArrangementKindSchema>;

/**
 * A named coordination arrangement of one draft (arrangements are part of what is negotiated). It covers a split
 * link when both holders of the link take part (the lead or one of `holderIds`) and at least one end of the link is
 * in its scope: one of `goalIds`, or a goal or subject under one of `subjectIds`.
 */
export const ArrangementSchema = z
  .object({
    id: IdSchema,
    name: z.string().trim().min(1).max(160),
    kind: ArrangementKindSchema.default('coordinating'),
    /** The holder (portfolio id) who leads: the coördinerend wethouder, the programme's lead. */
    leadId: IdSchema,
    /** The other holders taking part, without the lead. */
    holderIds: z.array(IdSchema).max(12).default([]),
    subjectIds: z.array(IdSchema).max(2000).default([]),
    goalIds: z.array(IdSchema).max(20000).default([]),
    note: z.string().max(2000).default(''),
  })
  .refine((a) => a.subjectIds.length + a.goalIds.length > 0, { message: 'arrangementScope', path: ['subjectIds'] });
export type Arrangement = z.infer<typeof ArrangementSchema>;
export type ArrangementInput = z.input<typeof ArrangementSchema>;

/**
 * A split the coalition made on purpose, between two nodes (goals or subjects), with its reason. A link is
 * deliberately split when the draft splits it and its ends are (or hang under) `a` and `b`. It is also a
 * constraint: suggestions and the optimiser keep `a` and `b` with different holders.
 */
export const DeliberateSplitSchema = z
  .object({
    id: IdSchema,
    a: IdSchema,
    b: IdSchema,
    reason: z.string().trim().min(1).max(2000),
  })
  .refine((d) => d.a !== d.b, { message: 'deliberateSameNode', path: ['b'] });
export type DeliberateSplit = z.infer<typeof DeliberateSplitSchema>;
export type DeliberateSplitInput = z.input<typeof DeliberateSplitSchema>;

export const KEEP_KINDS = ['together', 'apart'] as const;
export const KeepKindSchema = z.enum(KEEP_KINDS);
export type KeepKind = z.infer<typeof KeepKindSchema>;

/**
 * Beside locks: "these subjects stay with one holder" (together) or "each of these with a different holder"
 * (apart). Nodes are subjects or goals; suggestions and the optimiser honour both.
 */
export const KeepRuleSchema = z.object({
  id: IdSchema,
  kind: KeepKindSchema,
  nodeIds: z.array(IdSchema).min(2).max(50),
  reason: z.string().max(2000).default(''),
});
export type KeepRule = z.infer<typeof KeepRuleSchema>;
export type KeepRuleInput = z.input<typeof KeepRuleSchema>;

/** A coalition party with its seats in the council; holders belong to a party by `Portfolio.party` (its name). */
export const PartySchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(80),
  seats: z.number().int().min(0).max(200),
});
export type Party = z.infer<typeof PartySchema>;
export type PartyInput = z.input<typeof PartySchema>;

/** Party names match holders' party fields regardless of case and surrounding spaces ("pvda" is "PvdA"). */
export function partyKey(name: string): string {
  return name.trim().toLocaleLowerCase('nl');
}

/** The coalition party a holder belongs to, or undefined (no party, or one outside the coalition). */
export function partyOf(parties: readonly Party[], holderParty: string): Party | undefined {
  const key = partyKey(holderParty);
  return key === '' ? undefined : parties.find((p) => partyKey(p.name) === key);
}

/** Every holder taking part in an arrangement, the lead first. */
export function arrangementHolders(a: Pick<Arrangement, 'leadId' | 'holderIds'>): string[] {
  return [a.leadId, ...a.holderIds.filter((h) => h !== a.leadId)];
}

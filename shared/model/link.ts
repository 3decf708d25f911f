import { z } from './zod';
import { IdSchema } from './ids';

export const LINK_KINDS = [
  'reinforces',
  'prerequisite',
  'conflicts',
  'sharedTargetGroup',
  'sharedBudget',
  'omgevingswet',
] as const;
export const LinkKindSchema = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKindSchema>;

/** Kinds whose direction matters (a prerequisite points from what is needed to what needs it). */
export const DIRECTED_KINDS: ReadonlySet<LinkKind> = new Set(['prerequisite']);

export const MIN_STRENGTH = 0.1;
export const MAX_STRENGTH = 10;

export const LinkSchema = z.object({
  id: IdSchema,
  source: IdSchema,
  target: IdSchema,
  kind: LinkKindSchema,
  /** How much coordination the link asks for when split; 1 weak, 2 clear, 3 strong by convention. */
  strength: z.number().finite().min(MIN_STRENGTH).max(MAX_STRENGTH).default(1),
  rationale: z.string().max(2000).default(''),
  /** Set when the link was taken from the subject catalogue's typical links (its id there); absent when drawn. */
  catalogueLinkId: z.string().trim().min(1).max(80).optional(),
});
export type Link = z.infer<typeof LinkSchema>;
export type LinkInput = z.input<typeof LinkSchema>;

/** Undirected kinds are the same link whichever end comes first. */
export function linkKey(l: Pick<Link, 'source' | 'target' | 'kind'>): string {
  if (DIRECTED_KINDS.has(l.kind)) return `${l.kind}|${l.source}|${l.target}`;
  const [a, b] = l.source < l.target ? [l.source, l.target] : [l.target, l.source];
  return `${l.kind}|${a}|${b}`;
}

import { z } from './zod';
import { IdSchema } from './ids';

/** The classic split colleges use; the classic-split baseline maps every domain onto one of these. */
export const CLASSIC_DOMAINS = ['fysiek', 'sociaal', 'financieel'] as const;
export type ClassicDomain = (typeof CLASSIC_DOMAINS)[number];

export const ColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const DomainSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(80),
  colour: ColourSchema,
  /** Which classic portfolio this domain falls under when colleges split fysiek / sociaal / financieel. */
  classic: z.enum(CLASSIC_DOMAINS),
});
export type Domain = z.infer<typeof DomainSchema>;

export const DEFAULT_DOMAINS: readonly Domain[] = [
  { id: 'fysiek', name: 'Fysiek', colour: '#2f7d32', classic: 'fysiek' },
  { id: 'sociaal', name: 'Sociaal', colour: '#1f5fa8', classic: 'sociaal' },
  { id: 'financieel', name: 'Financieel', colour: '#8a5a00', classic: 'financieel' },
];

import { z } from './zod';
import { IdSchema } from './ids';
import { ColourSchema } from './domain';

export const HOLDER_ROLES = ['wethouder', 'burgemeester'] as const;
export const HolderRoleSchema = z.enum(HOLDER_ROLES);

/** One college member's portfolio. Subjects (the published grouping of goals) will hang under it later. */
export const PortfolioSchema = z.object({
  id: IdSchema,
  holder: z.string().trim().min(1).max(120),
  role: HolderRoleSchema.default('wethouder'),
  party: z.string().max(80).default(''),
  /** Size of the appointment; part-time wethouders are common. */
  fte: z.number().min(0.1).max(1.5).default(1),
  colour: ColourSchema,
});
export type Portfolio = z.infer<typeof PortfolioSchema>;
export type PortfolioInput = z.input<typeof PortfolioSchema>;

/** Colour-blind-safe palette (Okabe–Ito plus darker tones) for new portfolios; text labels carry meaning too. */
export const PORTFOLIO_PALETTE = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#6a3d9a',
  '#8c564b',
  '#4d4d4d',
] as const;

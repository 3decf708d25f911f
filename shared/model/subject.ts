import { z } from './zod';
import { IdSchema } from './ids';
import { TaakveldCodeSchema } from './goal';

/**
 * A subject (beleidsveld) as colleges publish their divisions: "werk en inkomen", "armoede en schulden". Goals hang
 * under at most one subject; a subject without goals is a node in its own right (a negotiator's first sketch) and
 * may carry links of its own. Subject ids share one namespace with goal ids, so a link end is unambiguous.
 */
export const SubjectSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(200),
  domainId: IdSchema,
  taakvelden: z.array(TaakveldCodeSchema).max(20).default([]),
  description: z.string().max(4000).default(''),
  /** The catalogue subject this one stands for, so the catalogue's typical links can find it. */
  catalogueId: z.string().trim().min(1).max(80).optional(),
  /**
   * The catalogue links (by `catalogueLinkId`) the user removed between this subject and another, so that taking a
   * published division in again does not bring them back. Absent when none was removed.
   */
  removedCatalogueLinks: z.array(z.string().trim().min(1).max(80)).max(200).optional(),
});
export type Subject = z.infer<typeof SubjectSchema>;
export type SubjectInput = z.input<typeof SubjectSchema>;

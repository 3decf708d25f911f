import { z } from './zod';
import { IdSchema } from './ids';

/** Map coordinates stay within this range: far beyond any layout, small enough that a typo cannot break drawing. */
export const MAP_COORD_LIMIT = 1e6;

const Coord = z.number().finite().min(-MAP_COORD_LIMIT).max(MAP_COORD_LIMIT);

/**
 * Where a user put a node on the free map (a goal today; a subject later), so the map looks the same after
 * reopening. `id` is the node's id: one place per node, and it is the entity id the patch and the database key on.
 * Nodes without an entry are placed by the layout.
 */
export const MapPositionSchema = z.object({
  id: IdSchema,
  x: Coord,
  y: Coord,
});
export type MapPosition = z.infer<typeof MapPositionSchema>;

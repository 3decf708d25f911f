import * as ops from '../../../shared/model/operations';
import type { MapPosition } from '../../../shared/model';
import { editCommand } from './command';

/** Goals dropped on the free map stay where they were put: one drop is one undo step. */
export const pinGoals = editCommand<MapPosition[]>('map.pin', 'app.cmd.mapPin', (p, positions) =>
  ops.pinNodes(p, positions),
);

/** Goals handed back to the layout ('all' for every pinned goal). */
export const unpinGoals = editCommand<string[] | 'all'>('map.unpin', 'app.cmd.mapUnpin', (p, ids) =>
  ops.unpinNodes(p, ids),
);

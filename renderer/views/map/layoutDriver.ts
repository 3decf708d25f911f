import type { MapPosition } from '../../../shared/model';
import type { LayoutClient, LayoutInput, LayoutMessage } from '../../workers/layoutClient';
import { layoutInput, seedPositions, type Grouping, type MapLayout } from './layoutInput';
import { sameLayoutInput } from './sameLayoutInput';
import type { MapModel } from './viewModel';

export interface LayoutDriverHooks {
  /** New positions arrived; `done` when the layout settled. */
  onMoved(m: LayoutMessage): void;
  onState(state: 'running' | 'settled'): void;
}

/**
 * The map's positions: a flat array by node index for drawing, and a Map by node id that survives a change of the
 * model (a goal added or removed keeps everyone else in place). Only the worker's answers and the user's drags
 * change them.
 */
export function createLayoutDriver(
  createClient: (onPositions: (m: LayoutMessage) => void) => LayoutClient,
  hooks: LayoutDriverHooks,
) {
  const known = new Map<string, { x: number; y: number }>();
  let pos = new Float32Array(0);
  let model: MapModel | null = null;
  let grouping: Grouping = { group: new Int32Array(0), groups: [] };
  let lastInput: LayoutInput | null = null;
  let running = false;

  function setRunning(next: boolean): void {
    if (next === running) return;
    running = next;
    hooks.onState(next ? 'running' : 'settled');
  }

  const client = createClient((m) => {
    if (!model || m.positions.length !== pos.length) return;
    pos.set(m.positions);
    model.nodes.forEach((node, v) => known.set(node.id, { x: pos[2 * v]!, y: pos[2 * v + 1]! }));
    if (m.done) setRunning(false);
    hooks.onMoved(m);
  });

  return {
    pos: () => pos,
    grouping: () => grouping,
    running: () => running,
    setModel(next: MapModel | null): void {
      const structureChanged =
        !model ||
        !next ||
        model.nodes.length !== next.nodes.length ||
        model.nodes.some((n, i) => n.id !== next.nodes[i]!.id);
      model = next;
      if (model && structureChanged) pos = new Float32Array(2 * model.nodes.length);
    },
    /** Lays out again unless nothing the layout reads changed; `fresh` forgets where unpinned goals stood. */
    start(layout: MapLayout, pins: readonly MapPosition[], fresh: boolean): boolean {
      if (!model) return false;
      const { input, grouping: g } = layoutInput(model, layout, pins, known, fresh);
      grouping = g;
      if (!fresh && lastInput && sameLayoutInput(lastInput, input)) return false;
      lastInput = input;
      seedPositions(input, model.nodes, known, fresh, pos);
      setRunning(true);
      client.start(input);
      return true;
    },
    moveNode(v: number, x: number, y: number): void {
      pos[2 * v] = x;
      pos[2 * v + 1] = y;
      if (model) known.set(model.nodes[v]!.id, { x, y });
    },
    hold: (v: number, x: number | null, y: number | null) => client.hold(v, x, y),
    destroy: () => client.destroy(),
  };
}

/**
 * What the map sends its layout worker and gets back. Everything is plain numbers by node index (typed arrays),
 * so a message of 2,000 goals is a few kilobytes and nothing on the map's side is ever shared with the worker.
 */
export interface LayoutInput {
  /** Number of nodes. */
  n: number;
  /** Link ends as index pairs: source of link e at 2e, target at 2e + 1. */
  links: Uint32Array;
  /** Link strength per link (1 weak – 3 strong; up to 10). */
  strengths: Float32Array;
  /** Group of each node (its cluster centre in `centres`), or -1 in the free layout. */
  group: Int32Array;
  /** x, y of each group's centre. */
  centres: Float32Array;
  /** x, y where the user pinned a node, NaN where it is free. */
  pins: Float32Array;
  /** x, y to start from (the map as it is on screen), NaN where the layout places the node itself. */
  start: Float32Array;
  /** Distance the layout keeps between linked nodes, in map units. */
  spacing: number;
  /** How far from settled to begin: 1 for a fresh layout, less to adjust a map already on screen. */
  alpha: number;
}

export type LayoutRequest =
  | { type: 'start'; runId: number; input: LayoutInput }
  /** Hold node `index` at x, y while the user drags it (null releases it to its pin or to the layout). */
  | { type: 'hold'; runId: number; index: number; x: number | null; y: number | null }
  | { type: 'stop' };

export type LayoutMessage = {
  type: 'positions';
  runId: number;
  /** x, y per node. */
  positions: Float32Array;
  /** The layout has settled; no more positions follow until the next request. */
  done: boolean;
  ticks: number;
};

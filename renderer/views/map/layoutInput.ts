import type { MapPosition } from '../../../shared/model';
import type { LayoutInput } from '../../workers/layoutProtocol';
import { NO_HOLDER } from './mapFilters';
import { UNASSIGNED_COLOUR, type MapGroupInfo, type MapModel } from './viewModel';

export const MAP_LAYOUTS = ['free', 'holder', 'domain'] as const;
export type MapLayout = (typeof MAP_LAYOUTS)[number];

export interface Grouping {
  /** Group index per node; -1 everywhere in the free layout. */
  group: Int32Array;
  /** The groups that have nodes, in the draft's holder order (unassigned last) or the project's domain order. */
  groups: MapGroupInfo[];
}

/**
 * Which cluster each goal belongs to: one per holder of the chosen draft (goals nobody holds form their own
 * cluster, last), or one per domain. Groups without goals are left out: an empty hull says nothing.
 */
export function groupingOf(model: MapModel, layout: MapLayout): Grouping {
  const n = model.nodes.length;
  const group = new Int32Array(n).fill(-1);
  if (layout === 'free') return { group, groups: [] };
  const candidates: MapGroupInfo[] =
    layout === 'holder'
      ? [...model.holders, { id: NO_HOLDER, name: '', colour: UNASSIGNED_COLOUR }]
      : [...model.domains];
  const keyOf = (v: number) =>
    layout === 'holder' ? (model.nodes[v]!.holderId ?? NO_HOLDER) : model.nodes[v]!.domainId;
  const used = new Set<string>();
  for (let v = 0; v < n; v++) used.add(keyOf(v));
  const groups = candidates.filter((g) => used.has(g.id));
  const at = new Map(groups.map((g, i) => [g.id, i]));
  for (let v = 0; v < n; v++) group[v] = at.get(keyOf(v)) ?? -1;
  return { group, groups };
}

/** The distance linked goals keep: roomy where titles can be read, tight where only the shape of the map can. */
export function spacingFor(n: number): number {
  return n <= 60 ? 120 : n <= 300 ? 70 : n <= 1000 ? 45 : 32;
}

/**
 * Cluster centres on a grid as wide as a screen (about 16:10), each cell big enough for the largest cluster, so
 * clusters never overlap and their hull labels have room.
 */
export function groupCentres(sizes: readonly number[], spacing: number): Float32Array {
  const k = sizes.length;
  const out = new Float32Array(2 * k);
  if (k === 0) return out;
  const radius = Math.max(...sizes.map((s) => Math.sqrt(Math.max(1, s)))) * spacing * 0.42;
  const cell = 2 * radius + spacing * 1.6;
  const cols = Math.max(1, Math.round(Math.sqrt(k * 1.6)));
  const rows = Math.ceil(k / cols);
  for (let i = 0; i < k; i++) {
    const col = i % cols;
    const row = Math.floor(i / cols);
    // The last row is centred when it is short.
    const inRow = row === rows - 1 ? k - row * cols : cols;
    out[2 * i] = (col - (inRow - 1) / 2) * cell;
    out[2 * i + 1] = (row - (rows - 1) / 2) * cell;
  }
  return out;
}

/**
 * What the layout worker needs: links by index, groups and their centres, pins (free layout only: a pin is a
 * place on the free map) and where each node is now. `fresh` starts over from the seeds for every node that is
 * not pinned ("Opnieuw schikken"); otherwise the map moves on from where it is, and only new nodes are placed.
 */
export function layoutInput(
  model: MapModel,
  layout: MapLayout,
  pins: readonly MapPosition[],
  current: ReadonlyMap<string, { x: number; y: number }>,
  fresh: boolean,
): { input: LayoutInput; grouping: Grouping } {
  const n = model.nodes.length;
  const grouping = groupingOf(model, layout);
  const spacing = spacingFor(n);
  const sizes = grouping.groups.map(() => 0);
  for (let v = 0; v < n; v++) if (grouping.group[v]! >= 0) sizes[grouping.group[v]!]!++;
  const links = new Uint32Array(2 * model.links.length);
  const strengths = new Float32Array(model.links.length);
  model.links.forEach((l, e) => {
    links[2 * e] = l.source;
    links[2 * e + 1] = l.target;
    strengths[e] = l.strength;
  });
  const pinArr = new Float32Array(2 * n).fill(Number.NaN);
  if (layout === 'free')
    for (const p of pins) {
      const v = model.index.get(p.id);
      if (v === undefined) continue;
      pinArr[2 * v] = p.x;
      pinArr[2 * v + 1] = p.y;
    }
  const start = new Float32Array(2 * n).fill(Number.NaN);
  let placed = 0;
  if (!fresh)
    model.nodes.forEach((node, v) => {
      const at = knownPlace(current, node);
      if (!at) return;
      start[2 * v] = at.x;
      start[2 * v + 1] = at.y;
      placed++;
    });
  return {
    input: {
      n,
      links,
      strengths,
      group: grouping.group,
      centres: groupCentres(sizes, spacing),
      pins: pinArr,
      start,
      spacing,
      // A map mostly on screen already only settles; a new one (or a new arrangement) is laid out in full.
      alpha: placed > 0.9 * n && n > 0 ? 0.3 : 1,
    },
    grouping,
  };
}

/**
 * Where a node was: its own place, else (a subject met for the first time after switching to subject level) the
 * middle of the places of its goals, so switching levels keeps the map's shape; undefined when neither is known.
 */
export function knownPlace(
  known: ReadonlyMap<string, { x: number; y: number }>,
  node: { id: string; memberIds?: readonly string[] },
): { x: number; y: number } | undefined {
  const own = known.get(node.id);
  if (own || !node.memberIds?.length) return own;
  let x = 0;
  let y = 0;
  let count = 0;
  for (const id of node.memberIds) {
    const at = known.get(id);
    if (!at) continue;
    x += at.x;
    y += at.y;
    count++;
  }
  return count ? { x: x / count, y: y / count } : undefined;
}

/**
 * Where each goal stands until the worker answers: at its pin, else where it was (unless laid out afresh), else at
 * its group's centre, so a new layout never starts from a heap in one corner.
 */
export function seedPositions(
  input: LayoutInput,
  nodes: readonly { id: string; memberIds?: readonly string[] }[],
  known: ReadonlyMap<string, { x: number; y: number }>,
  fresh: boolean,
  pos: Float32Array,
): void {
  for (let v = 0; v < input.n; v++) {
    const at = fresh ? undefined : knownPlace(known, nodes[v]!);
    const px = input.pins[2 * v]!;
    const g = input.group[v]!;
    const pinnedHere = !Number.isNaN(px);
    pos[2 * v] = pinnedHere ? px : (at?.x ?? (g >= 0 ? input.centres[2 * g]! : 0));
    pos[2 * v + 1] = pinnedHere ? input.pins[2 * v + 1]! : (at?.y ?? (g >= 0 ? input.centres[2 * g + 1]! : 0));
  }
}

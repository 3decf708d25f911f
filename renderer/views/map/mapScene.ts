import { polygonHull } from 'd3';
import type { Visibility } from './mapFilters';
import type { Grouping } from './layoutInput';
import { UNASSIGNED_COLOUR, type MapModel } from './viewModel';
import { shapeAt, type NodeShape } from './mapStyle';

/** What is drawn in one frame: the canvas and the SVG export both take this, so they show the same map. */
export interface MapScene {
  model: MapModel;
  vis: Visibility;
  /** x, y per node in map units. */
  pos: Float32Array;
  colour: readonly string[];
  shape: readonly NodeShape[];
  /** 1 where the user pinned the node. */
  pinned: Uint8Array;
  /** Nodes and links drawn at full strength while the rest is dimmed; null dims nothing. */
  focus: { nodes: ReadonlySet<number>; links: ReadonlySet<number> } | null;
  selected: ReadonlySet<number>;
  /** The neighbour the arrow keys are on, or -1. */
  cursor: number;
  /** Nodes the search found. */
  found: ReadonlySet<number>;
  grouping: Grouping;
  /** Labels of each group's hull (holder or domain names). */
  groupLabel: (g: number) => string;
  /** Nodes by how many links they have, most first: labels are placed in this order where they compete. */
  labelOrder: Int32Array;
  /** Words after a node's title ("uitzondering op …"), per node; absent or null for none. */
  notes?: readonly (string | null)[];
  /** The line from a goal to the pointer while a link is being drawn. */
  rubber: { from: number; x: number; y: number } | null;
  transform: { k: number; x: number; y: number };
  /** A big map still being laid out: goals are drawn as plain squares until it settles. */
  quick: boolean;
  width: number;
  height: number;
  /** Size of the titles relative to the normal 12 px (larger on a projector); 1 when absent. */
  labelScale?: number;
}

/**
 * Colour and shape per node: by domain or by holder of the chosen draft. Goals nobody holds are grey rings when
 * colouring by holder. The two always go together, so a goal's group can be told without seeing colour.
 */
export function nodeMarks(model: MapModel, colourBy: 'domain' | 'holder'): { colour: string[]; shape: NodeShape[] } {
  const groups = colourBy === 'domain' ? model.domains : model.holders;
  const at = new Map(groups.map((g, i) => [g.id, i]));
  const colour: string[] = [];
  const shape: NodeShape[] = [];
  for (const node of model.nodes) {
    const key = colourBy === 'domain' ? node.domainId : node.holderId;
    const i = key === null ? undefined : at.get(key);
    colour.push(i === undefined ? UNASSIGNED_COLOUR : groups[i]!.colour);
    shape.push(i === undefined ? 'ring' : shapeAt(i));
  }
  return { colour, shape };
}

/** Nodes ordered by degree (most links first), ties by index: the order labels claim space in. */
export function labelOrderOf(model: MapModel): Int32Array {
  const order = Int32Array.from(model.nodes.keys());
  return order.sort((a, b) => model.linksOf[b]!.length - model.linksOf[a]!.length || a - b);
}

/** The hull of each group's visible nodes (at least one point each), for the grouped layouts. */
export function groupHulls(scene: Pick<MapScene, 'grouping' | 'vis' | 'pos'>): [number, number][][] {
  const members: [number, number][][] = scene.grouping.groups.map(() => []);
  const { group } = scene.grouping;
  for (let v = 0; v < group.length; v++) {
    const g = group[v]!;
    if (g < 0 || !scene.vis.nodes[v]) continue;
    members[g]!.push([scene.pos[2 * v]!, scene.pos[2 * v + 1]!]);
  }
  return members.map((pts) => (pts.length >= 3 ? (polygonHull(pts) ?? pts) : pts));
}

/** The visible part of the map in map units, with a margin, for culling. */
export function viewport(scene: Pick<MapScene, 'transform' | 'width' | 'height'>, marginPx = 24) {
  const { k, x, y } = scene.transform;
  return {
    x0: (-x - marginPx) / k,
    y0: (-y - marginPx) / k,
    x1: (scene.width - x + marginPx) / k,
    y1: (scene.height - y + marginPx) / k,
  };
}

/** Titles are cut to a length that fits beside a goal; the side panel and the list give them whole. */
export function shortLabel(label: string, max = 34): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** Above this many goals on screen (or zoomed out this far), only the selection and the search are labelled. */
const MAX_LABELS = 350;
const MIN_LABEL_ZOOM = 0.45;

/**
 * Where titles go, in screen pixels: right of each goal. Labels claim space in order (the selection, the goal the
 * arrow keys are on and the search results first, then goals with most links) and skip a place already taken, so
 * they never pile up into an unreadable block. Dimmed goals get no label.
 */
export function placeLabels(
  s: MapScene,
  onScreen: readonly number[],
  measure: (text: string) => number,
  radius: number,
  reserved: readonly GroupLabelPlace[] = [],
): { v: number; text: string; x: number; y: number }[] {
  const { k, x: tx, y: ty } = s.transform;
  const scale = s.labelScale ?? 1;
  // Half a title's height: titles on rows closer than this collide.
  const half = 6 * scale;
  const many = onScreen.length > MAX_LABELS || k < MIN_LABEL_ZOOM;
  const visible = new Uint8Array(s.model.nodes.length);
  for (const v of onScreen) visible[v] = 1;
  const first: number[] = [...s.selected, ...(s.cursor >= 0 ? [s.cursor] : []), ...s.found];
  if (s.focus && s.focus.nodes.size <= MAX_LABELS) for (const v of s.focus.nodes) first.push(v);
  const order = many ? first : [...first, ...s.labelOrder];
  // Cells of 14 × 6 px: titles two lines apart never collide, titles on one line do.
  const cell = 14;
  const rowH = 6;
  // Cells are keyed row * cols + col; the offset keeps labels just off the left edge apart from the right one.
  const cols = Math.ceil(s.width / cell) + 64;
  const taken = new Set<number>();
  const done = new Uint8Array(s.model.nodes.length);
  const out: { v: number; text: string; x: number; y: number }[] = [];
  for (const g of reserved)
    for (let row = Math.floor((g.y - 16 * scale) / rowH); row <= Math.floor(g.y / rowH); row++)
      for (let col = Math.floor((g.x - g.width / 2) / cell); col <= Math.floor((g.x + g.width / 2) / cell); col++)
        taken.add(row * cols + col);
  // Goals keep their own place: a title never covers another goal.
  if (!many)
    for (const v of onScreen) {
      // A faded goal may lie under a title: the goals in focus are the ones to keep readable.
      if (s.focus && !s.focus.nodes.has(v)) continue;
      const col = Math.floor((s.pos[2 * v]! * k + tx) / cell);
      const row = Math.floor((s.pos[2 * v + 1]! * k + ty) / rowH);
      taken.add(row * cols + col);
    }
  for (const v of order) {
    if (done[v] || !visible[v]) continue;
    done[v] = 1;
    if (s.focus && !s.focus.nodes.has(v)) continue;
    const note = s.notes?.[v];
    // A note (an exception) is never cut; the title before it gives way instead.
    const text = note ? `${shortLabel(s.model.nodes[v]!.label, 22)} (${note})` : shortLabel(s.model.nodes[v]!.label);
    const w = measure(text);
    const size = s.model.nodes[v]!.size;
    const cx = s.pos[2 * v]! * k + tx;
    const y = s.pos[2 * v + 1]! * k + ty;
    const r0 = Math.floor((y - half) / rowH);
    const r1 = Math.floor((y + half) / rowH);
    const fits = (x: number) => {
      const c0 = Math.floor(x / cell);
      const c1 = Math.floor((x + w) / cell);
      for (let row = r0; row <= r1; row++)
        for (let col = c0; col <= c1; col++) if (taken.has(row * cols + col)) return false;
      return true;
    };
    // Right of the goal, or else left of it, preferring a side where the whole title is on the canvas (a goal at
    // the edge is named towards the middle). A title cut at its end still reads; one cut at its start does not, so
    // a left title goes only where it is whole. One that fits nowhere is left to the side panel and the list.
    const right = cx + radius * size * k + 4;
    const left = cx - radius * size * k - 4 - w;
    const whole = (x: number) => x >= 0 && x + w <= s.width && fits(x);
    // The selected goal and the one the arrow keys are on are always named, whatever they cover.
    const must = s.selected.has(v) || v === s.cursor;
    const x = whole(right) ? right : whole(left) ? left : fits(right) || must ? right : null;
    if (x === null) continue;
    for (let row = r0; row <= r1; row++)
      for (let col = Math.floor(x / cell); col <= Math.floor((x + w) / cell); col++) taken.add(row * cols + col);
    out.push({ v, text, x, y });
  }
  return out;
}

export interface GroupLabelPlace {
  g: number;
  text: string;
  /** Centre of the text's baseline, in screen pixels. */
  x: number;
  y: number;
  width: number;
}

/** Each group's name above the middle of its hull, in screen pixels; `measure` gives a text's width in bold 14 px. */
export function groupLabelPlaces(
  s: MapScene,
  hulls: readonly [number, number][][],
  measure: (text: string) => number,
): GroupLabelPlace[] {
  const { k, x: tx, y: ty } = s.transform;
  const out: GroupLabelPlace[] = [];
  hulls.forEach((pts, g) => {
    if (!pts.length) return;
    let top = Infinity;
    let sx = 0;
    for (const [, y] of pts) top = Math.min(top, y);
    for (const [x] of pts) sx += x;
    const text = s.groupLabel(g);
    out.push({ g, text, x: (sx / pts.length) * k + tx, y: (top - GROUP_PAD) * k + ty - 8, width: measure(text) });
  });
  return out;
}

/** How far a hull reaches beyond its goals, in map units. */
export const GROUP_PAD = 9 * 2.4;

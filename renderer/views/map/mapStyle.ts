import type { LinkKind } from '../../../shared/model';
import type { CompareMark, CoverMark, LinkStatus } from './viewModel';

/**
 * How every mark on the map looks, in one place: the canvas, the SVG export and the legend all draw from here, so
 * the legend always explains what is on the screen. Each meaning has at least two signals (colour and dash and
 * width for a split link; colour and shape for a goal), so nothing depends on colour alone.
 */
export interface LineStyle {
  colour: string;
  /** Dash pattern in screen pixels; empty for a solid line. */
  dash: readonly number[];
  /** Width in screen pixels for a link of strength 1; stronger links are wider (see `linkWidth`). */
  width: number;
}

export const LINK_STYLES: Readonly<Record<LinkStatus, LineStyle>> = {
  // Vermilion, long dashes, wide: the draft cuts this link (contrast 4.2:1 on white).
  split: { colour: '#c4451c', dash: [9, 5], width: 2.4 },
  // Dark slate, solid, thin: both goals with one holder.
  kept: { colour: '#4f5b66', dash: [], width: 1.2 },
  // Light grey dots: an end nobody holds yet, so the draft neither splits nor keeps it.
  unassigned: { colour: '#8a939c', dash: [2, 4], width: 1.2 },
};

/** Underlays for a compare draft, drawn beneath the link itself (which keeps its own style). */
export const COMPARE_STYLES: Readonly<Record<Exclude<CompareMark, null>, LineStyle>> = {
  // Split here, kept there: a wide magenta band under a dashed link.
  splitHere: { colour: 'rgba(170, 51, 119, 0.32)', dash: [], width: 8 },
  // Split there, kept here: a wide teal band under a solid link.
  splitThere: { colour: 'rgba(17, 119, 51, 0.3)', dash: [], width: 8 },
};

/**
 * Split links that are no plain problem. Covered by an arrangement: a blue double line (a white core inside a wide
 * stroke), repaired as it were. Split on purpose: a brown dash-dot line. Uncovered split links keep the vermilion
 * dashes. Pattern and colour both differ, so neither depends on colour alone.
 */
export const COVER_STYLES: Readonly<Record<CoverMark, LineStyle & { core: number }>> = {
  // `core`: the share of the width drawn white down the middle (0: none).
  covered: { colour: '#1f5fa8', dash: [], width: 3.6, core: 0.34 },
  deliberate: { colour: '#7d5200', dash: [10, 3, 2, 3], width: 2.4, core: 0 },
};

/** The look of a line: its cover's when split and covered or deliberate, else its status's. */
export function lineStyle(status: LinkStatus, cover?: CoverMark): LineStyle & { core: number } {
  return cover && status === 'split' ? COVER_STYLES[cover] : { ...LINK_STYLES[status], core: 0 };
}

/** Link width grows with strength: 1 weak, 2 clear, 3 strong (decimals up to 10 allowed, capped in width). */
export function linkWidth(status: LinkStatus, strength: number, cover?: CoverMark): number {
  return lineStyle(status, cover).width * (0.6 + 0.4 * Math.min(strength, 5));
}

/** Width classes, so links are stroked in a few batches instead of one path each. */
export function widthBucket(strength: number): number {
  return Math.min(12, Math.max(1, Math.round(strength * 2)));
}
export const bucketStrength = (bucket: number) => bucket / 2;

/** Kinds with a mark of their own at the middle of the link. */
export const KIND_MARKS: Partial<Record<LinkKind, { colour: string; glyph: 'diamond' | 'cross' | 'arrow' }>> = {
  omgevingswet: { colour: '#1b6e3a', glyph: 'diamond' },
  conflicts: { colour: '#9b1c1c', glyph: 'cross' },
  prerequisite: { colour: '#30363d', glyph: 'arrow' },
};

export const NODE_SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'hexagon',
  'triangleDown',
  'star',
  'pentagon',
  'plus',
] as const;
export type NodeShape = (typeof NODE_SHAPES)[number] | 'ring';

/** World units: the map's own scale before zooming. */
export const NODE_RADIUS = 9;

/** The screen radius of a node: its map size, but never smaller than a dot that can be clicked. */
export const nodeRadius = (k: number) => Math.max(NODE_RADIUS, 3 / k);

export const INK = '#1b1f24';
export const HALO = '#ffffff';
export const SELECTED_RING = '#c75300';
export const HIGHLIGHT_RING = '#0b5cad';
export const DIM_ALPHA = 0.16;

/**
 * The outline of a shape of radius r centred on x, y, added to a path: the canvas and the SVG writer both build
 * their shapes from these points so a square is the same square on screen and in the export.
 */
export function shapePoints(shape: NodeShape, x: number, y: number, r: number): [number, number][] | null {
  const poly = (k: number, rot: number, rr = r) =>
    Array.from({ length: k }, (_, i): [number, number] => {
      const a = rot + (2 * Math.PI * i) / k;
      return [x + rr * Math.cos(a), y + rr * Math.sin(a)];
    });
  switch (shape) {
    case 'circle':
    case 'ring':
      return null;
    case 'square':
      return poly(4, Math.PI / 4, r * 1.2);
    case 'diamond':
      return poly(4, 0, r * 1.25);
    case 'triangle':
      return poly(3, -Math.PI / 2, r * 1.3);
    case 'triangleDown':
      return poly(3, Math.PI / 2, r * 1.3);
    case 'hexagon':
      return poly(6, 0, r * 1.1);
    case 'pentagon':
      return poly(5, -Math.PI / 2, r * 1.15);
    case 'star':
      return Array.from({ length: 10 }, (_, i): [number, number] => {
        const a = -Math.PI / 2 + (Math.PI * i) / 5;
        const rr = i % 2 ? r * 0.6 : r * 1.35;
        return [x + rr * Math.cos(a), y + rr * Math.sin(a)];
      });
    case 'plus': {
      const a = r * 1.1;
      const b = r * 0.42;
      return [
        [x - b, y - a],
        [x + b, y - a],
        [x + b, y - b],
        [x + a, y - b],
        [x + a, y + b],
        [x + b, y + b],
        [x + b, y + a],
        [x - b, y + a],
        [x - b, y + b],
        [x - a, y + b],
        [x - a, y - b],
        [x - b, y - b],
      ];
    }
  }
}

const f = (n: number) => Math.round(n * 100) / 100;

/** A shape as an SVG path (the export and the legend); circles are written as two arcs. */
export function shapePath(shape: NodeShape, x: number, y: number, r: number): string {
  const pts = shapePoints(shape, x, y, r);
  if (!pts) return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
  return `M${pts.map(([px, py]) => `${f(px)} ${f(py)}`).join('L')}Z`;
}

/** The shape of the i-th domain or holder; past nine they repeat (the label and the legend still tell them apart). */
export const shapeAt = (i: number): NodeShape =>
  NODE_SHAPES[((i % NODE_SHAPES.length) + NODE_SHAPES.length) % NODE_SHAPES.length]!;

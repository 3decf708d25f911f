import type { MatrixModel } from './viewModel';

/**
 * Where rows, columns and blocks sit, in pixels inside the matrix area. Each block is preceded by a band (`gap`)
 * that carries its holder's name beside the rows and keeps the blocks apart on both axes, so a block reads as one
 * square and a split link as a mark in the open field between two of them.
 */
export interface GridGeometry {
  cell: number;
  gap: number;
  /** Width (and height) of the matrix area. */
  size: number;
  /** Top (or left) edge of row (or column) i. */
  at(i: number): number;
  /** Top (or left) edge of block b's band, and of its first row. */
  bandAt(b: number): number;
  blockAt(b: number): number;
  blockSize(b: number): number;
  /** The first row (or column) that ends below (or right of) pixel `px`; n past the last one. */
  indexAt(px: number): number;
}

/**
 * The rows [r0, r1) and columns [c0, c1) drawn: what the scroll box shows, widened to whole chunks plus one chunk
 * each side, so scrolling a little changes nothing and a 2,000-goal matrix draws a few hundred cells, not 32,000.
 */
export interface GridWindow {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

export const WINDOW_CHUNK = 32;

/** Cell size: large enough for a glyph and a pointer, smaller as the matrix grows; a big matrix scrolls. */
export function cellSizeFor(n: number, room: number): number {
  return Math.max(12, Math.min(24, Math.floor(room / Math.max(1, n))));
}

export function gridGeometry(model: Pick<MatrixModel, 'nodes' | 'blocks'>, cell: number, gap: number): GridGeometry {
  const blocks = model.blocks;
  const bandAt = (b: number) => blocks[b]!.start * cell + b * gap;
  return {
    cell,
    gap,
    size: model.nodes.length * cell + blocks.length * gap,
    at: (i) => i * cell + (model.nodes[i]!.block + 1) * gap,
    bandAt,
    blockAt: (b) => bandAt(b) + gap,
    blockSize: (b) => (blocks[b]!.end - blocks[b]!.start) * cell,
    indexAt(px) {
      for (let b = 0; b < blocks.length; b++) {
        const top = bandAt(b) + gap;
        const size = (blocks[b]!.end - blocks[b]!.start) * cell;
        if (px < top) return blocks[b]!.start;
        if (px < top + size) return blocks[b]!.start + Math.floor((px - top) / cell);
      }
      return model.nodes.length;
    },
  };
}

/** The window for a visible area given in matrix pixels (x0..x1 across, y0..y1 down). */
export function gridWindow(g: GridGeometry, n: number, x0: number, x1: number, y0: number, y1: number): GridWindow {
  const range = (from: number, to: number): [number, number] => {
    const lo = Math.floor(g.indexAt(from) / WINDOW_CHUNK) - 1;
    const hi = Math.ceil(Math.min(n, g.indexAt(to) + 1) / WINDOW_CHUNK) + 1;
    return [Math.max(0, lo * WINDOW_CHUNK), Math.min(n, hi * WINDOW_CHUNK)];
  };
  const [r0, r1] = range(y0, y1);
  const [c0, c1] = range(x0, x1);
  return { r0, r1, c0, c1 };
}

/** A window kept inside a matrix of n goals (a window from before an edit may reach past a smaller matrix). */
export function clampWindow(win: GridWindow, n: number): GridWindow {
  const c = (v: number) => Math.min(v, n);
  return win.r1 <= n && win.c1 <= n ? win : { r0: c(win.r0), r1: c(win.r1), c0: c(win.c0), c1: c(win.c1) };
}

export const sameWindow = (a: GridWindow, b: GridWindow) =>
  a.r0 === b.r0 && a.r1 === b.r1 && a.c0 === b.c0 && a.c1 === b.c1;

/** Thin lines between rows and columns inside each pair of blocks, within the window: one path, not a line per row. */
export function gridLinesPath(model: Pick<MatrixModel, 'blocks'>, g: GridGeometry, win: GridWindow): string {
  const parts: string[] = [];
  const blocks = model.blocks;
  const clamp = (b: { start: number; end: number }, lo: number, hi: number) =>
    [Math.max(b.start, lo), Math.min(b.end, hi)] as const;
  blocks.forEach((rb, r) => {
    const [ra, rz] = clamp(rb, win.r0, win.r1);
    if (rz <= ra) return;
    blocks.forEach((cb, c) => {
      const [ca, cz] = clamp(cb, win.c0, win.c1);
      if (cz <= ca) return;
      const x0 = g.blockAt(c) + (ca - cb.start) * g.cell;
      const y0 = g.blockAt(r) + (ra - rb.start) * g.cell;
      const w = (cz - ca) * g.cell;
      const h = (rz - ra) * g.cell;
      for (let i = ra === rb.start ? 1 : 0; i < rz - ra; i++) parts.push(`M${x0} ${y0 + i * g.cell}h${w}`);
      for (let j = ca === cb.start ? 1 : 0; j < cz - ca; j++) parts.push(`M${x0 + j * g.cell} ${y0}v${h}`);
    });
  });
  return parts.join('');
}

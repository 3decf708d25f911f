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
}

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
  };
}

/** Thin lines between rows and columns, inside each pair of blocks only: one path, not a line per row. */
export function gridLinesPath(model: Pick<MatrixModel, 'blocks'>, g: GridGeometry): string {
  const parts: string[] = [];
  const blocks = model.blocks;
  blocks.forEach((rb, r) => {
    const y0 = g.blockAt(r);
    const h = g.blockSize(r);
    if (h === 0) return;
    blocks.forEach((cb, c) => {
      const x0 = g.blockAt(c);
      const w = g.blockSize(c);
      if (w === 0) return;
      for (let i = 1; i < rb.end - rb.start; i++) parts.push(`M${x0} ${y0 + i * g.cell}h${w}`);
      for (let j = 1; j < cb.end - cb.start; j++) parts.push(`M${x0 + j * g.cell} ${y0}v${h}`);
    });
  });
  return parts.join('');
}

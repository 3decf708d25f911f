/**
 * Where the keyboard focus sits in the matrix: a cell (row, col ≥ 0), a row header (col = −1) or a column header
 * (row = −1). Only cells that hold a link can take focus, so arrow keys jump over empty positions: in a matrix of
 * 500 goals the next link in a row may be 200 columns away.
 */
export interface GridPos {
  row: number;
  col: number;
}

export type GridKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

export const GRID_KEYS: ReadonlySet<string> = new Set<GridKey>([
  'ArrowRight',
  'ArrowLeft',
  'ArrowDown',
  'ArrowUp',
  'Home',
  'End',
]);

/** First value in the ascending list greater than `after`, or undefined. */
function nextAfter(list: Int32Array, after: number): number | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? list[lo] : undefined;
}

/** Last value in the ascending list smaller than `before`, or undefined. */
function previousBefore(list: Int32Array, before: number): number | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < before) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

/**
 * The position a key leads to. Left from a row's first link reaches its header, up from a column's first link
 * its header; headers step along their own line, and into the matrix to their first link. Home goes to the row's
 * header (or the first column header), End to the row's last link. `rowCols` lists each row's linked columns, and,
 * the matrix being symmetric, each column's linked rows.
 */
export function moveFocus(rowCols: readonly Int32Array[], pos: GridPos, key: GridKey): GridPos {
  const n = rowCols.length;
  if (n === 0) return pos;
  const { row, col } = pos;
  if (row === -1) {
    // Column header.
    if (key === 'ArrowRight') return { row, col: Math.min(n - 1, col + 1) };
    if (key === 'ArrowLeft') return { row, col: Math.max(0, col - 1) };
    if (key === 'ArrowDown') {
      const first = rowCols[col]![0];
      return first === undefined ? pos : { row: first, col };
    }
    if (key === 'Home') return { row, col: 0 };
    if (key === 'End') return { row, col: n - 1 };
    return pos;
  }
  const cols = rowCols[row]!;
  if (col === -1) {
    // Row header.
    if (key === 'ArrowDown') return { row: Math.min(n - 1, row + 1), col };
    if (key === 'ArrowUp') return { row: Math.max(0, row - 1), col };
    if (key === 'ArrowRight') return cols.length ? { row, col: cols[0]! } : pos;
    if (key === 'End') return cols.length ? { row, col: cols[cols.length - 1]! } : pos;
    if (key === 'Home') return { row: 0, col };
    return pos;
  }
  switch (key) {
    case 'ArrowRight': {
      const c = nextAfter(cols, col);
      return c === undefined ? pos : { row, col: c };
    }
    case 'ArrowLeft': {
      const c = previousBefore(cols, col);
      return { row, col: c ?? -1 };
    }
    case 'ArrowDown': {
      const r = nextAfter(rowCols[col]!, row);
      return r === undefined ? pos : { row: r, col };
    }
    case 'ArrowUp': {
      const r = previousBefore(rowCols[col]!, row);
      return { row: r ?? -1, col };
    }
    case 'Home':
      return { row, col: -1 };
    case 'End':
      return { row, col: cols[cols.length - 1]! };
  }
}

/** The goals a position stands for: one for a header, the two ends for a cell. */
export function goalsAt(pos: GridPos): number[] {
  if (pos.row === -1) return [pos.col];
  if (pos.col === -1) return [pos.row];
  return [pos.row, pos.col];
}

/** A position that still exists in a matrix of n goals (after an edit or a change of draft), else the first row. */
export function keepPosition(pos: GridPos, n: number, hasCell: (row: number, col: number) => boolean): GridPos {
  if (pos.row >= n || pos.col >= n) return { row: 0, col: -1 };
  if (pos.row >= 0 && pos.col >= 0 && !hasCell(pos.row, pos.col)) return { row: pos.row, col: -1 };
  return pos;
}

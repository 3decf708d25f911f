/**
 * The row model of a windowed table (issue 17): which rows are in the DOM and how the rest is held open by gap
 * rows, so a table of 19,000 goals draws a screenful instead of freezing the window for seconds.
 * Pure: the virtualizer (@tanstack/react-virtual) says where each row starts; this decides what to render.
 */

/**
 * Tables up to this many rows are drawn whole, as before: every row can be found with the browser's search and
 * printed, and a render of that many rows stays far below a tenth of a second. Real projects hold 50 to 500 goals.
 */
export const WINDOW_FROM = 200;

/**
 * A windowed table of up to this many rows draws all of them for printing (for a moment, between the browser's
 * beforeprint and afterprint); a larger one prints the rows on screen and says so on the paper.
 */
export const PRINT_ALL_MAX = 2_000;

/** Rows drawn beyond the screen's edge on either side, so a fast scroll rarely shows the gap. */
export const OVERSCAN = 12;

export interface PlacedRow {
  index: number;
  /** Offset of the row's top edge in the virtualizer's coordinates (the scroll margin included). */
  start: number;
  end: number;
}

export type Segment = { kind: 'gap'; height: number; key: string } | { kind: 'row'; index: number };

/**
 * The rows between `from` and `to` inclusive that are on screen (plus overscan), and the rows that must stay in
 * the DOM wherever the user scrolls: the row holding the focus and its neighbours, so Tab and the arrow keys
 * go on from where the user was.
 */
export function windowIndices(from: number, to: number, keep: readonly number[], count: number): number[] {
  const out = new Set<number>();
  for (let i = Math.max(0, from); i <= Math.min(count - 1, to); i++) out.add(i);
  for (const k of keep) {
    for (const i of [k - 1, k, k + 1]) if (i >= 0 && i < count) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * The tbody as rows and gaps: a gap row (its height the rows it stands for) before, between and after the runs
 * of drawn rows, so the table is as tall as all its rows and every drawn row sits where it belongs.
 */
export function rowSegments(rows: readonly PlacedRow[], origin: number, totalHeight: number): Segment[] {
  const out: Segment[] = [];
  let cursor = origin;
  for (const r of rows) {
    // Rounded: sub-pixel gaps add up over thousands of rows and move the drawn ones off their measured place.
    const gap = Math.round(r.start - cursor);
    if (gap > 0) out.push({ kind: 'gap', height: gap, key: `gap-before-${r.index}` });
    out.push({ kind: 'row', index: r.index });
    cursor = Math.max(cursor, r.end);
  }
  const tail = Math.round(origin + totalHeight - cursor);
  if (tail > 0) out.push({ kind: 'gap', height: tail, key: 'gap-end' });
  return out;
}

/**
 * Where a key press on a row moves the focus: ↑/↓ one row, Page Up/Down a screenful, Ctrl+Home/End the first or
 * last row. Null for any other key, or when there is nowhere to go.
 */
export function rowStep(key: string, ctrl: boolean, index: number, count: number, pageRows: number): number | null {
  if (count === 0) return null;
  const page = Math.max(1, pageRows);
  let target: number;
  if (key === 'ArrowDown' && !ctrl) target = index + 1;
  else if (key === 'ArrowUp' && !ctrl) target = index - 1;
  else if (key === 'PageDown' && !ctrl) target = index + page;
  else if (key === 'PageUp' && !ctrl) target = index - page;
  else if (key === 'Home' && ctrl) target = 0;
  else if (key === 'End' && ctrl) target = count - 1;
  else return null;
  target = Math.min(count - 1, Math.max(0, target));
  return target === index ? null : target;
}

/** What the paper holds: every row, or only those drawn (and then the note says how many of how many). */
export function printPlan(count: number, windowed: boolean): 'as-shown' | 'all' | 'partial' {
  if (!windowed) return 'as-shown';
  return count <= PRINT_ALL_MAX ? 'all' : 'partial';
}

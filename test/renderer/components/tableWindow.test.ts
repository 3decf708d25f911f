import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PRINT_ALL_MAX,
  WINDOW_FROM,
  printPlan,
  rowSegments,
  rowStep,
  windowIndices,
  type PlacedRow,
} from '../../../renderer/components/tableWindow';

/** Rows of fixed height `h` starting at `origin`, as the virtualizer places them. */
const placed = (indices: number[], h: number, origin = 0): PlacedRow[] =>
  indices.map((index) => ({ index, start: origin + index * h, end: origin + (index + 1) * h }));

describe('windowIndices', () => {
  it('takes the range on screen, clipped to the table', () => {
    expect(windowIndices(-3, 4, [], 10)).toEqual([0, 1, 2, 3, 4]);
    expect(windowIndices(7, 12, [], 10)).toEqual([7, 8, 9]);
  });

  it('keeps the focused row and its neighbours, wherever the user scrolled', () => {
    expect(windowIndices(100, 102, [5], 1000)).toEqual([4, 5, 6, 100, 101, 102]);
    expect(windowIndices(100, 102, [0], 1000)).toEqual([0, 1, 100, 101, 102]);
    expect(windowIndices(0, 2, [999], 1000)).toEqual([0, 1, 2, 998, 999]);
    // A kept row next to the range adds nothing twice.
    expect(windowIndices(3, 6, [6], 10)).toEqual([3, 4, 5, 6, 7]);
  });

  it('ignores a kept row that is no longer in the table', () => {
    expect(windowIndices(0, 1, [40], 10)).toEqual([0, 1]);
    expect(windowIndices(0, 3, [], 0)).toEqual([]);
  });
});

describe('rowSegments', () => {
  it('holds the rows above, between and below the drawn ones open with gaps of their height', () => {
    // 100 rows of 40 px from 300 px down the page; drawn: 5 (kept) and 50–52.
    const segs = rowSegments(placed([5, 50, 51, 52], 40, 300), 300, 100 * 40);
    expect(segs).toEqual([
      { kind: 'gap', height: 200, key: 'gap-before-5' },
      { kind: 'row', index: 5 },
      { kind: 'gap', height: 44 * 40, key: 'gap-before-50' },
      { kind: 'row', index: 50 },
      { kind: 'row', index: 51 },
      { kind: 'row', index: 52 },
      { kind: 'gap', height: 47 * 40, key: 'gap-end' },
    ]);
  });

  it('draws no gap where none is needed', () => {
    expect(rowSegments(placed([0, 1, 2], 30), 0, 90)).toEqual([
      { kind: 'row', index: 0 },
      { kind: 'row', index: 1 },
      { kind: 'row', index: 2 },
    ]);
    expect(rowSegments([], 120, 0)).toEqual([]);
  });

  it('always adds up to the whole table: gaps plus drawn rows are the total height', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (heights, origin, picks) => {
          const rows: PlacedRow[] = [];
          let y = origin;
          for (let i = 0; i < heights.length; i++) {
            rows.push({ index: i, start: y, end: y + heights[i]! });
            y += heights[i]!;
          }
          const total = y - origin;
          const drawn = [...new Set(picks.map((p) => p % heights.length))].sort((a, b) => a - b);
          const segs = rowSegments(
            drawn.map((i) => rows[i]!),
            origin,
            total,
          );
          const sum = segs.reduce((s, g) => s + (g.kind === 'gap' ? g.height : heights[g.index]!), 0);
          expect(sum).toBe(total);
          expect(segs.filter((s) => s.kind === 'row').map((s) => (s as { index: number }).index)).toEqual(drawn);
          // Never two gaps in a row: a gap always stands between drawn rows or at an end.
          for (let i = 1; i < segs.length; i++)
            expect(segs[i]!.kind === 'gap' && segs[i - 1]!.kind === 'gap').toBe(false);
        },
      ),
    );
  });
});

describe('rowStep', () => {
  it('moves one row with the arrows, a screenful with Page Up/Down, to the ends with Ctrl+Home/End', () => {
    expect(rowStep('ArrowDown', false, 4, 100, 15)).toBe(5);
    expect(rowStep('ArrowUp', false, 4, 100, 15)).toBe(3);
    expect(rowStep('PageDown', false, 4, 100, 15)).toBe(19);
    expect(rowStep('PageUp', false, 20, 100, 15)).toBe(5);
    expect(rowStep('End', true, 4, 100, 15)).toBe(99);
    expect(rowStep('Home', true, 40, 100, 15)).toBe(0);
  });

  it('stops at the ends and leaves other keys alone', () => {
    expect(rowStep('ArrowUp', false, 0, 100, 15)).toBeNull();
    expect(rowStep('ArrowDown', false, 99, 100, 15)).toBeNull();
    expect(rowStep('PageDown', false, 95, 100, 15)).toBe(99);
    expect(rowStep('PageUp', false, 3, 100, 15)).toBe(0);
    // Plain Home and End scroll the page as they always did; Ctrl+arrows are the browser's.
    expect(rowStep('Home', false, 40, 100, 15)).toBeNull();
    expect(rowStep('End', false, 40, 100, 15)).toBeNull();
    expect(rowStep('ArrowDown', true, 40, 100, 15)).toBeNull();
    expect(rowStep('Enter', false, 40, 100, 15)).toBeNull();
    expect(rowStep('ArrowDown', false, 0, 0, 15)).toBeNull();
  });

  it('moves at least one row a page, even on a tiny screen', () => {
    expect(rowStep('PageDown', false, 4, 100, 0)).toBe(5);
  });
});

describe('printPlan', () => {
  it('prints a small table as it is, a windowed one whole up to the print limit, and says so beyond it', () => {
    expect(printPlan(WINDOW_FROM, false)).toBe('as-shown');
    expect(printPlan(WINDOW_FROM + 1, true)).toBe('all');
    expect(printPlan(PRINT_ALL_MAX, true)).toBe('all');
    expect(printPlan(PRINT_ALL_MAX + 1, true)).toBe('partial');
  });
});

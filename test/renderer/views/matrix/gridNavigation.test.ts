import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { goalsAt, keepPosition, moveFocus, type GridKey } from '../../../../renderer/views/matrix/gridNavigation';

// 5 goals; links 0–2, 0–4, 1–3, 2–4 (each fills two mirrored cells).
const LINKS: [number, number][] = [
  [0, 2],
  [0, 4],
  [1, 3],
  [2, 4],
];
function rowColsOf(n: number, links: readonly [number, number][]): Int32Array[] {
  const cols: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of links) {
    cols[a]!.push(b);
    cols[b]!.push(a);
  }
  return cols.map((c) => Int32Array.from(new Set(c)).sort());
}
const rowCols = rowColsOf(5, LINKS);

describe('keyboard moves in the matrix', () => {
  it('jumps over empty positions to the next link in the row or column', () => {
    expect(moveFocus(rowCols, { row: 0, col: 2 }, 'ArrowRight')).toEqual({ row: 0, col: 4 });
    expect(moveFocus(rowCols, { row: 0, col: 4 }, 'ArrowRight')).toEqual({ row: 0, col: 4 });
    expect(moveFocus(rowCols, { row: 0, col: 2 }, 'ArrowDown')).toEqual({ row: 4, col: 2 });
    expect(moveFocus(rowCols, { row: 4, col: 2 }, 'ArrowUp')).toEqual({ row: 0, col: 2 });
    expect(moveFocus(rowCols, { row: 4, col: 2 }, 'End')).toEqual({ row: 4, col: 2 });
    expect(moveFocus(rowCols, { row: 4, col: 2 }, 'ArrowLeft')).toEqual({ row: 4, col: 0 });
  });

  it('reaches the headers past the first link, and leaves them into the matrix', () => {
    expect(moveFocus(rowCols, { row: 0, col: 2 }, 'ArrowLeft')).toEqual({ row: 0, col: -1 });
    expect(moveFocus(rowCols, { row: 0, col: 2 }, 'ArrowUp')).toEqual({ row: -1, col: 2 });
    expect(moveFocus(rowCols, { row: 0, col: 2 }, 'Home')).toEqual({ row: 0, col: -1 });
    expect(moveFocus(rowCols, { row: 1, col: -1 }, 'ArrowRight')).toEqual({ row: 1, col: 3 });
    expect(moveFocus(rowCols, { row: 1, col: -1 }, 'ArrowDown')).toEqual({ row: 2, col: -1 });
    expect(moveFocus(rowCols, { row: 4, col: -1 }, 'ArrowDown')).toEqual({ row: 4, col: -1 });
    expect(moveFocus(rowCols, { row: 3, col: -1 }, 'Home')).toEqual({ row: 0, col: -1 });
    expect(moveFocus(rowCols, { row: -1, col: 3 }, 'ArrowDown')).toEqual({ row: 1, col: 3 });
    expect(moveFocus(rowCols, { row: -1, col: 0 }, 'ArrowLeft')).toEqual({ row: -1, col: 0 });
    expect(moveFocus(rowCols, { row: -1, col: 3 }, 'End')).toEqual({ row: -1, col: 4 });
  });

  it('never leaves the matrix and always lands on a header or a cell that holds a link', () => {
    const keys: GridKey[] = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'];
    const arbGraph = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        // The second end is drawn among the other goals, so a goal never links to itself.
        links:
          n < 2
            ? fc.constant([])
            : fc
                .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 2)))
                .map((ls) => ls.map(([a, d]) => [a, (a + 1 + d) % n] as [number, number])),
        keys: fc.array(fc.constantFrom(...keys), { maxLength: 40 }),
      }),
    );
    fc.assert(
      fc.property(arbGraph, ({ n, links, keys: pressed }) => {
        const rc = rowColsOf(n, links);
        let pos = { row: 0, col: -1 };
        for (const key of pressed) {
          pos = moveFocus(rc, pos, key);
          expect(pos.row).toBeGreaterThanOrEqual(-1);
          expect(pos.row).toBeLessThan(n);
          expect(pos.col).toBeLessThan(n);
          expect(pos.row === -1 && pos.col === -1).toBe(false);
          if (pos.row >= 0 && pos.col >= 0) expect([...rc[pos.row]!]).toContain(pos.col);
        }
      }),
    );
  });

  it('names the goals of a position and keeps a position that still exists', () => {
    expect(goalsAt({ row: 2, col: 4 })).toEqual([2, 4]);
    expect(goalsAt({ row: -1, col: 3 })).toEqual([3]);
    expect(goalsAt({ row: 1, col: -1 })).toEqual([1]);
    const has = (r: number, c: number) => [...rowCols[r]!].includes(c);
    expect(keepPosition({ row: 1, col: 3 }, 5, has)).toEqual({ row: 1, col: 3 });
    expect(keepPosition({ row: 1, col: 2 }, 5, has)).toEqual({ row: 1, col: -1 });
    expect(keepPosition({ row: 7, col: 2 }, 5, has)).toEqual({ row: 0, col: -1 });
  });
});

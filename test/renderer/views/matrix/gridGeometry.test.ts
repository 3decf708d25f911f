import { describe, expect, it } from 'vitest';
import {
  WINDOW_CHUNK,
  clampWindow,
  gridGeometry,
  gridLinesPath,
  gridWindow,
} from '../../../../renderer/views/matrix/gridGeometry';
import type { MatrixModel } from '../../../../renderer/views/matrix/viewModel';

/** Blocks of the given sizes (the last one may be empty), nodes numbered through them. */
function shape(sizes: number[]): Pick<MatrixModel, 'nodes' | 'blocks'> {
  const blocks: MatrixModel['blocks'] = [];
  const nodes: MatrixModel['nodes'] = [];
  let at = 0;
  sizes.forEach((size, b) => {
    blocks.push({ holderId: `pf_${b}`, start: at, end: at + size });
    for (let i = 0; i < size; i++)
      nodes.push({
        id: `goal_${at + i}`,
        kind: 'goal',
        title: '',
        domainId: 'd',
        holderId: `pf_${b}`,
        block: b,
        goalCount: 1,
        apart: null,
        inside: 0,
      });
    at += size;
  });
  return { nodes, blocks };
}

describe('matrix geometry', () => {
  const model = shape([3, 0, 2, 4]);
  const g = gridGeometry(model, 10, 6);

  it('puts a band before every block, empty ones too, and finds each row back from its pixels', () => {
    expect(g.size).toBe(9 * 10 + 4 * 6);
    expect([0, 1, 2, 3, 4, 5, 8].map((i) => g.at(i))).toEqual([6, 16, 26, 48, 58, 74, 104]);
    for (let i = 0; i < 9; i++) {
      expect(g.indexAt(g.at(i))).toBe(i);
      expect(g.indexAt(g.at(i) + 9.9)).toBe(i);
    }
    // A pixel in a band belongs to the block below it; past the end is n.
    expect(g.indexAt(0)).toBe(0);
    expect(g.indexAt(38)).toBe(3);
    expect(g.indexAt(g.size + 5)).toBe(9);
  });

  it('draws the grid lines inside each pair of non-empty blocks only', () => {
    const all = { r0: 0, r1: 9, c0: 0, c1: 9 };
    const segments = gridLinesPath(model, g, all).match(/M/g)!.length;
    // Per pair of blocks (3 non-empty: 3, 2 and 4 goals), (rows − 1) + (columns − 1) lines.
    const sizes = [3, 2, 4];
    let expected = 0;
    for (const r of sizes) for (const c of sizes) expected += r - 1 + (c - 1);
    expect(segments).toBe(expected);
  });

  it('draws a window of whole chunks around what is visible, within the matrix', () => {
    const big = shape([400, 300, 300]);
    const gb = gridGeometry(big, 12, 24);
    const win = gridWindow(gb, 1000, gb.at(500), gb.at(540), gb.at(100), gb.at(140));
    for (const v of Object.values(win)) expect(v % WINDOW_CHUNK === 0 || v === 1000).toBe(true);
    expect(win.r0).toBeLessThanOrEqual(100 - WINDOW_CHUNK);
    expect(win.r1).toBeGreaterThanOrEqual(141 + WINDOW_CHUNK);
    expect(win.c0).toBeLessThanOrEqual(500 - WINDOW_CHUNK);
    expect(win.c1).toBeGreaterThan(541);
    expect(win.r1 - win.r0).toBeLessThan(200);
    expect(gridWindow(gb, 1000, -300, 0, -60, 0)).toMatchObject({ r0: 0, c0: 0 });
    expect(gridWindow(gb, 1000, gb.size - 10, gb.size + 500, 0, 10).c1).toBe(1000);
    // A window from a larger matrix, after goals were removed, stays inside the smaller one.
    expect(clampWindow({ r0: 64, r1: 160, c0: 0, c1: 96 }, 24)).toEqual({ r0: 24, r1: 24, c0: 0, c1: 24 });
  });
});

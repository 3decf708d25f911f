import { describe, expect, it } from 'vitest';
import type { CurvePoint, MoveCurve } from '../../../../shared/optimiser';
import { curveChart, curveView, fullPoint, pointAtCap } from '../../../../renderer/views/analysis/moveCurveModel';

const point = (cap: number, moves: number, cut: number, lowerBound: number | null = null): CurvePoint => ({
  cap,
  moves,
  cut,
  splitWeight: cut + 1,
  list: Array.from({ length: moves }, (_, i) => ({
    nodeId: `g${i}`,
    kind: 'goal',
    goalIds: [`g${i}`],
    from: 'a',
    to: 'b',
  })),
  lowerBound,
});

// Draft: cut 20 (split weight 21). Caps 1–5; cap 3 gains nothing over cap 2 (it keeps 2 moves); the full proposal
// makes 4 moves; cap 5 is the greedy walk going on past it.
const curve: MoveCurve = {
  before: { cut: 20, splitWeight: 21 },
  points: [point(1, 1, 15, 12), point(2, 2, 12, 8), point(3, 2, 12, 5), point(4, 4, 10, 4), point(5, 5, 9, null)],
  full: { cut: 10, splitWeight: 11, moves: 4 },
  complete: true,
};

describe('the move curve as the panel shows it', () => {
  it('opens the point at a cap, or the nearest cap below it', () => {
    expect(pointAtCap(curve, 2)?.cap).toBe(2);
    expect(pointAtCap(curve, 3)?.moves).toBe(2);
    expect(pointAtCap(curve, 99)?.cap).toBe(5);
    expect(pointAtCap(curve, 0)).toBeNull();
    expect(fullPoint(curve)?.cap).toBe(4);
    expect(fullPoint({ ...curve, full: { ...curve.full, moves: 7 } })).toBeNull();
  });

  it('gives whole-draft figures (links to holders outside added), the share taken away and the bound', () => {
    const v = curveView(curve, 3);
    expect(v.before).toBe(24);
    expect(v.rows[0]).toEqual({ cap: 1, moves: 1, splitWeight: 19, removed: 5 / 24, lowerBound: 15 });
    expect(v.rows[4]!.lowerBound).toBeNull();
    // Cap 3 does not improve on cap 2: not a row of the table (it stays in the chart).
    expect(v.shown.map((r) => r.cap)).toEqual([1, 2, 4, 5]);
    expect(v.hidden).toBe(0);
  });

  it('keeps a long curve’s table short: the first improving points, then the last', () => {
    const long: MoveCurve = {
      ...curve,
      before: { cut: 100, splitWeight: 100 },
      points: Array.from({ length: 60 }, (_, i) => point(i + 1, i + 1, 99 - i)),
    };
    const v = curveView(long, 0, 25);
    expect(v.shown).toHaveLength(25);
    expect(v.shown.slice(0, 24).map((r) => r.cap)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(v.shown[24]!.cap).toBe(60);
    expect(v.hidden).toBe(35);
  });

  it('draws the weight from the draft at 0 moves down, the bound only where known, y from 0', () => {
    const c = curveChart(curveView(curve, 0), 400, 200);
    expect(c.weightPath.startsWith(`M${c.left},`)).toBe(true);
    expect(c.boundPath).not.toBe('');
    expect(
      curveChart(curveView({ ...curve, points: curve.points.map((p) => ({ ...p, lowerBound: null })) }, 0), 400, 200)
        .boundPath,
    ).toBe('');
    expect(c.dots.map((d) => d.cap)).toEqual([1, 2, 4, 5]);
    // Higher split weight is higher up (smaller y); the axis starts at 0 at the bottom.
    expect(c.dots[0]!.y).toBeLessThan(c.dots[3]!.y);
    expect(c.yTicks[0]).toEqual({ value: 0, y: c.bottom });
    expect(c.xTicks.every((t) => Number.isInteger(t.value) && t.x >= c.left && t.x <= c.right)).toBe(true);
  });
});

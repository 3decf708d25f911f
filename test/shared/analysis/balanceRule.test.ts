import { describe, expect, it } from 'vitest';
import { bandBreaches, fitBalance, holderBands } from '../../../shared/analysis/balanceRule';

// A published college: one wethouder with sixteen goals, one with four (the case), one part-time.
const loads = [
  { holderId: 'a', now: 16, fte: 1 },
  { holderId: 'b', now: 4, fte: 1 },
  { holderId: 'c', now: 10, fte: 0.8 },
];

describe('holderBands', () => {
  it('mean: ±tolerance of the equal share, whole goals, never tighter than floor and ceiling', () => {
    const bands = holderBands(loads, 0, { by: 'goals', kind: 'mean', tolerance: 0.2 });
    expect(bands.map((b) => [b.low, b.high])).toEqual([
      [8, 12],
      [8, 12],
      [8, 12],
    ]);
    expect(bands.map((b) => b.status)).toEqual(['above', 'below', 'within']);
  });

  it('the tray counts in the total a share divides', () => {
    const [band] = holderBands([{ holderId: 'a', now: 0, fte: 1 }], 7, { by: 'goals', tolerance: 0 });
    expect(band!.expected).toBe(7);
  });

  it('fte: the share follows FTE', () => {
    const bands = holderBands(loads, 0, { by: 'budget', kind: 'fte', tolerance: 0.1 });
    expect(bands[2]!.expected).toBeCloseTo((30 * 0.8) / 2.8, 9);
    expect(bands[2]!.low).toBeCloseTo(((30 * 0.8) / 2.8) * 0.9, 9);
  });

  it('current: around what each holds now, at least one goal either way', () => {
    const bands = holderBands(loads, 0, { by: 'goals', kind: 'current', tolerance: 0.2 });
    expect(bands.map((b) => [b.low, b.high])).toEqual([
      [13, 19],
      [3, 5],
      [8, 12],
    ]);
    expect(bandBreaches(bands)).toEqual([]);
  });

  it('max: a holder without a maximum has none', () => {
    const bands = holderBands(loads, 0, { by: 'goals', kind: 'max', tolerance: 0, max: { a: 12 } });
    expect(bands[0]).toMatchObject({ low: 0, high: 12, status: 'above', expected: null });
    expect(bands[1]!.high).toBe(Infinity);
  });
});

describe('fitBalance', () => {
  it('keeps the mean band when the draft is within it', () => {
    const even = loads.map((l) => ({ ...l, now: 10 }));
    expect(fitBalance(even, 0, 'goals', 0.2)).toMatchObject({ kind: 'mean', reason: 'balanceFitMean' });
  });

  it('offers the FTE share when FTEs differ and the draft fits it', () => {
    const byFte = [
      { holderId: 'a', now: 10, fte: 1 },
      { holderId: 'b', now: 5, fte: 0.5 },
    ];
    expect(fitBalance(byFte, 0, 'goals', 0.1)).toMatchObject({ kind: 'fte', reason: 'balanceFitFte' });
  });

  it("falls back to today's load for a draft like the published one, and says how many are outside the mean", () => {
    expect(fitBalance(loads, 0, 'goals', 0.2)).toEqual({
      kind: 'current',
      reason: 'balanceFitCurrent',
      params: { smallest: 4, largest: 16, tolerance: 0.2, outside: 2 },
    });
  });
});

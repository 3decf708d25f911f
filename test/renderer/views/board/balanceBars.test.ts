import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { balanceBars } from '../../../../renderer/views/board/balanceBars';
import type { DraftLoads, HolderTotals } from '../../../../shared/analysis/draftLoads';
import type { BalanceKind } from '../../../../shared/analysis/balanceRule';
import { balanceLimits } from '../../../../shared/optimiser/search/balanceLimits';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';

const h = (holderId: string, goals: number, budget: number, fte = 1): HolderTotals => ({
  holderId,
  goals,
  budget,
  fte,
});
const loads = (holders: HolderTotals[], tray = { goals: 0, budget: 0 }, outside: HolderTotals[] = []): DraftLoads => ({
  holders,
  outside,
  tray,
});
const rule = (by: 'goals' | 'budget', tolerance: number, kind: BalanceKind = 'mean', max = {}) => ({
  by,
  tolerance,
  kind,
  max,
});

describe('balance bars', () => {
  it('mean: each share is the equal share, the band ± tolerance on the chosen measure only', () => {
    const b = balanceBars(loads([h('A', 6, 300), h('B', 3, 100), h('C', 3, 200)]), rule('goals', 0.25));
    expect(b.kind).toBe('mean');
    const [a, bb, c] = b.columns;
    expect(a!.goals.expected).toBe(4);
    expect(a!.goals.band).toEqual({ low: 3, high: 5 });
    expect(a!.goals.status).toBe('above');
    expect(bb!.goals.status).toBe('within');
    expect(c!.goals.status).toBe('within');
    expect(a!.budget.band).toBeNull();
    expect(a!.budget.status).toBe('within');
    expect(a!.budget.expected).toBeCloseTo(200);
    // Bars share one scale per measure: the widest value or band edge fills the track.
    expect(a!.goals.fill).toBe(1);
    expect(bb!.goals.fill).toBe(0.5);
    expect(a!.goals.bandAt).toEqual({ low: 0.5, high: 5 / 6 });
  });

  it('mean stays the equal share when FTEs differ (the FTE share is a kind of its own now)', () => {
    const b = balanceBars(loads([h('A', 10, 0, 1), h('B', 7, 0, 0.8), h('C', 2, 0, 0.2)]), rule('goals', 0.1));
    expect(b.columns.map((c) => c.goals.expected)).toEqual([19 / 3, 19 / 3, 19 / 3]);
    expect(b.columns.map((c) => c.goals.status)).toEqual(['above', 'within', 'below']);
  });

  it('counts the tray in the total, as the optimiser counts every goal', () => {
    const b = balanceBars(loads([h('A', 2, 0), h('B', 2, 0)], { goals: 4, budget: 0 }), rule('goals', 0));
    expect(b.columns[0]!.goals.expected).toBe(4);
    expect(b.columns[0]!.goals.status).toBe('below');
  });

  it('fte: each holder’s share and band follow its FTE, on both measures', () => {
    const b = balanceBars(
      loads([h('A', 10, 1e6, 1), h('B', 8, 0.8e6, 0.8), h('C', 2, 0.2e6, 0.2)]),
      rule('budget', 0.1, 'fte'),
    );
    expect(b.kind).toBe('fte');
    expect(b.columns.map((c) => c.budget.expected)).toEqual([1e6, 0.8e6, 0.2e6].map((x) => expect.closeTo(x, 3)));
    expect(b.columns.map((c) => c.goals.expected)).toEqual([10, 8, 2].map((x) => expect.closeTo(x, 9)));
    for (const c of b.columns) expect(c.budget.status).toBe('within');
    const band = b.columns[1]!.budget.band!;
    expect(band.low).toBeCloseTo(0.72e6, 3);
    expect(band.high).toBeCloseTo(0.88e6, 3);
    expect(b.columns[1]!.goals.band).toBeNull();
  });

  it('current: the band lies around what each holds now, its tick on its own value; no share on the other measure', () => {
    const b = balanceBars(loads([h('A', 16, 500), h('B', 4, 100)]), rule('goals', 0.2, 'current'));
    const [a, bb] = b.columns;
    expect(a!.goals.band).toEqual({ low: 13, high: 19 });
    expect(bb!.goals.band).toEqual({ low: 3, high: 5 });
    expect(a!.goals.expected).toBe(16);
    expect(b.columns.map((c) => c.goals.status)).toEqual(['within', 'within']);
    expect(a!.budget.expected).toBeNull();
    expect(a!.budget.expectedAt).toBeNull();
    // The same draft under the equal share: both outside.
    const mean = balanceBars(loads([h('A', 16, 500), h('B', 4, 100)]), rule('goals', 0.2));
    expect(mean.columns.map((c) => c.goals.status)).toEqual(['above', 'below']);
  });

  it('max: a band from nought to the maximum, no tick; a holder without a maximum has no band', () => {
    const b = balanceBars(loads([h('A', 16, 500), h('B', 4, 100)]), rule('goals', 0.2, 'max', { A: 12 }));
    const [a, bb] = b.columns;
    expect(a!.goals.band).toEqual({ low: 0, high: 12 });
    expect(a!.goals.status).toBe('above');
    expect(a!.goals.expected).toBeNull();
    expect(a!.goals.expectedAt).toBeNull();
    expect(bb!.goals.band).toBeNull();
    expect(bb!.goals.status).toBe('within');
    // Maxima count the balanced measure only: the budget bars have neither band nor tick.
    expect(a!.budget.band).toBeNull();
    expect(a!.budget.expected).toBeNull();
  });

  it('says below or above when a column leaves its band, and within at its very edge', () => {
    const at = balanceBars(loads([h('A', 0, 120), h('B', 0, 80)]), rule('budget', 0.2));
    expect(at.columns.map((c) => c.budget.status)).toEqual(['within', 'within']);
    const out = balanceBars(loads([h('A', 0, 121), h('B', 0, 79)]), rule('budget', 0.2));
    expect(out.columns.map((c) => c.budget.status)).toEqual(['above', 'below']);
  });

  it('shows holders outside the balance with their value only: no share, no band, on the same scale', () => {
    const b = balanceBars(loads([h('A', 6, 300), h('B', 4, 200)], undefined, [h('M', 12, 100, 0.5)]), rule('goals', 0));
    const m = b.columns.find((c) => c.columnId === 'M')!;
    const [a, bb] = b.columns;
    expect(m.outside).toBe(true);
    expect(m.goals).toMatchObject({ value: 12, band: null, expected: null, expectedAt: null, status: 'within' });
    expect(m.goals.fill).toBe(1);
    expect(a!.goals.expected).toBe(5);
    expect(a!.goals.fill).toBe(0.5);
    expect(a!.goals.status).toBe('above');
    expect(bb!.goals.status).toBe('below');
  });

  it('mean: exactly the optimiser’s band (goals and budget), whatever the FTEs', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            goals: fc.nat(40),
            budget: fc.integer({ min: 0, max: 5_000_000 }),
            fte: fc.constantFrom(0.5, 0.8, 1),
          }),
          { minLength: 1, maxLength: 9 },
        ),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('goals' as const, 'budget' as const),
        (cols, percent, by) => {
          const tolerance = percent / 100;
          const n = cols.reduce((a, c) => a + c.goals, 0);
          if (n === 0) return;
          const b = balanceBars(loads(cols.map((c, i) => h(`P${i}`, c.goals, c.budget, c.fte))), rule(by, tolerance));
          // A graph whose goals carry the same totals: one goal per unit for goals, budgets spread over the goals.
          const total = cols.reduce((a, c) => a + c.budget, 0);
          const g = buildCompactGraph({
            domains: [{ id: 'd', classic: 'sociaal' }],
            goals: Array.from({ length: n }, (_, i) => ({ id: `g${i}`, domainId: 'd', budget: i === 0 ? total : 0 })),
            links: [],
          });
          const { limits } = balanceLimits(g, cols.length, { by, tolerance }, new Int32Array(n).fill(-1));
          for (const c of b.columns) {
            const band = c[by].band!;
            expect(band.low).toBeCloseTo(limits.lo[0]!, 6);
            expect(band.high).toBeCloseTo(limits.hi[0]!, 6);
          }
        },
      ),
    );
  });
});

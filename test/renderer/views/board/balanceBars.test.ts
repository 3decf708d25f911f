import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { balanceBars } from '../../../../renderer/views/board/balanceBars';
import type { BoardColumn } from '../../../../renderer/views/board/viewModel';
import { balanceLimits } from '../../../../shared/optimiser/search/balanceLimits';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';

const col = (id: string, goals: number, budget: number, fte = 1): BoardColumn => ({
  id,
  holder: id,
  role: 'wethouder',
  party: '',
  fte,
  colour: '#000000',
  cardIds: [],
  sharedIds: [],
  goals,
  budget,
  budgetUnknown: 0,
});
const tray = (goals = 0, budget = 0) => ({ goals, budget });

describe('balance bars', () => {
  it('with equal FTEs: each share is the mean, the band ± tolerance on the chosen measure only', () => {
    const b = balanceBars([col('A', 6, 300), col('B', 3, 100), col('C', 3, 200)], tray(), {
      by: 'goals',
      tolerance: 0.25,
    });
    expect(b.perFte).toBe(false);
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

  it('counts the tray in the total, as the optimiser counts every goal', () => {
    const b = balanceBars([col('A', 2, 0), col('B', 2, 0)], tray(4), { by: 'goals', tolerance: 0 });
    expect(b.columns[0]!.goals.expected).toBe(4);
    expect(b.columns[0]!.goals.status).toBe('below');
  });

  it('with FTEs that differ, each holder’s share and band follow its FTE', () => {
    const b = balanceBars([col('A', 10, 1e6, 1), col('B', 8, 0.8e6, 0.8), col('C', 2, 0.2e6, 0.2)], tray(), {
      by: 'budget',
      tolerance: 0.1,
    });
    expect(b.perFte).toBe(true);
    expect(b.columns.map((c) => c.budget.expected)).toEqual([1e6, 0.8e6, 0.2e6].map((x) => expect.closeTo(x, 3)));
    for (const c of b.columns) expect(c.budget.status).toBe('within');
    const band = b.columns[1]!.budget.band!;
    expect(band.low).toBeCloseTo(0.72e6, 3);
    expect(band.high).toBeCloseTo(0.88e6, 3);
    expect(b.columns[1]!.goals.band).toBeNull();
  });

  it('says below or above when a column leaves its band, and within at its very edge', () => {
    const at = balanceBars([col('A', 0, 120), col('B', 0, 80)], tray(), { by: 'budget', tolerance: 0.2 });
    expect(at.columns.map((c) => c.budget.status)).toEqual(['within', 'within']);
    const out = balanceBars([col('A', 0, 121), col('B', 0, 79)], tray(), { by: 'budget', tolerance: 0.2 });
    expect(out.columns.map((c) => c.budget.status)).toEqual(['above', 'below']);
  });

  it('leaves holders outside the balance out of the totals: no share, no band, the others share the rest', () => {
    const b = balanceBars(
      [col('M', 1, 100), col('A', 6, 300), col('B', 4, 200)],
      tray(),
      { by: 'goals', tolerance: 0 },
      new Set(['M']),
    );
    const [m, a, bb] = b.columns;
    expect(m!.outside).toBe(true);
    expect(m!.goals.band).toBeNull();
    expect(m!.goals.status).toBe('within');
    expect(a!.goals.expected).toBe(5);
    expect(a!.goals.status).toBe('above');
    expect(bb!.goals.status).toBe('below');
    // Their FTEs do not count either: M's 0.5 would otherwise make the others' FTEs differ.
    const f = balanceBars(
      [col('M', 1, 0, 0.5), col('A', 5, 0), col('B', 5, 0)],
      tray(),
      { by: 'goals', tolerance: 0 },
      new Set(['M']),
    );
    expect(f.perFte).toBe(false);
  });

  it('with equal FTEs, uses exactly the optimiser’s band (goals and budget)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ goals: fc.nat(40), budget: fc.integer({ min: 0, max: 5_000_000 }) }), {
          minLength: 1,
          maxLength: 9,
        }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('goals' as const, 'budget' as const),
        (cols, percent, by) => {
          const tolerance = percent / 100;
          const n = cols.reduce((a, c) => a + c.goals, 0);
          if (n === 0) return;
          const b = balanceBars(
            cols.map((c, i) => col(`P${i}`, c.goals, c.budget)),
            tray(),
            { by, tolerance },
          );
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

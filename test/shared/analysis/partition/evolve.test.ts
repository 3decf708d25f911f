import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { islandsFor } from '../../../../shared/analysis/partition/evolve';
import { searchBudget } from '../../../../shared/analysis/optimiser';

describe('islandsFor', () => {
  it('gives six islands where the budget buys many V-cycles (k = 3) and four at k = 5 to 9 for 500 goals', () => {
    expect(islandsFor(searchBudget(500, 3), 500)).toBe(6);
    for (const k of [5, 7, 9]) expect(islandsFor(searchBudget(500, k), 500)).toBe(4);
  });

  it('stays between four and six and never falls as the budget grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 2000 }), fc.nat(2_000_000), fc.nat(2_000_000), (n, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = islandsFor(lo, n);
        const y = islandsFor(hi, n);
        expect(x).toBeGreaterThanOrEqual(4);
        expect(y).toBeLessThanOrEqual(6);
        expect(y).toBeGreaterThanOrEqual(x);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evolve, islandsFor } from '../../../../shared/optimiser/search/evolve';
import { searchBudget } from '../../../../shared/optimiser/optimiser';
import { cutOf, isFeasible } from '../../../../shared/optimiser/search/partGraph';
import { createRng } from '../../../../shared/optimiser/search/prng';
import { instance, searchInput } from '../optimiserFixtures';

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

describe('evolve', () => {
  it("polishes each island's best before the islands meet and counts what the polish spent", () => {
    const inst = instance(60, 4, 3, 2);
    const { g, limits } = searchInput(inst, { by: 'goals', tolerance: 0 })!;
    const polished: Int32Array[] = [];
    const entered: Int32Array[] = [];
    const run = (polish?: (part: Int32Array) => number) =>
      evolve(g, limits, createRng(9), {
        ml: { iterPerNode: 2, tabuUpTo: 60, coarsest: 40, shouldStop: () => false },
        budget: 20_000,
        population: 3,
        islands: 4,
        seeds: [],
        shouldStop: () => false,
        onBest: (part) => entered.push(part.slice()),
        ...(polish ? { polish } : {}),
      });
    const plain = run();
    entered.length = 0;
    const withPolish = run((part) => {
      expect(isFeasible(g, limits, part)).toBe(true);
      polished.push(part.slice());
      return 2_500;
    });
    expect(polished).toHaveLength(4);
    // Every island's polished best enters the last population (as a start, or it equals one already there).
    for (const p of polished) expect(entered.some((e) => e.every((x, i) => x === p[i]))).toBe(true);
    // The polish's 10,000 iterations count: the islands spend their 60 % (12,000) and the last population is left
    // nothing but its one cycle, so the whole search ran no more than the budget beside the polish.
    expect(withPolish.iterations).toBeGreaterThanOrEqual(22_000);
    expect(withPolish.iterations - 10_000).toBeLessThan(plain.iterations);
    expect(withPolish.best!.cut).toBe(cutOf(g, withPolish.best!.part));
  });
});

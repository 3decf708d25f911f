import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Balance } from '../../../../shared/optimiser/search/balanceLimits';
import { multilevelPartition } from '../../../../shared/optimiser/search/multilevel';
import { createRng } from '../../../../shared/optimiser/search/prng';
import { instance, searchInput, violation } from '../optimiserFixtures';

const balances: Balance[] = [
  { by: 'goals', tolerance: 0 },
  { by: 'budget', tolerance: 0.05 },
];

describe('multilevelPartition', () => {
  // Coarse levels run with only half the heaviest coarse node as slack: every level must still reach balance, and
  // the finest level must meet the strict limits with every lock in place.
  it('returns a division that keeps locks and strict balance, for k = 3 to 9', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 0, max: 5 }),
        fc.nat(1000),
        (k, b, lockedCount, seed) => {
          const inst = instance(140, k, seed, lockedCount);
          const balance = balances[b]!;
          const input = searchInput(inst, balance);
          if (!input) return;
          const { g, limits } = input;
          const res = multilevelPartition(g, limits, createRng(seed), {
            iterPerNode: 2,
            tabuUpTo: 140,
            coarsest: Math.max(8 * k, 40),
            shouldStop: () => false,
          });
          // Budget balance with lognormal budgets can be out of reach for a single V-cycle; goal balance never is.
          if (balance.by === 'goals') expect(res).not.toBeNull();
          if (res) expect(violation(inst, balance, res.part)).toBeNull();
        },
      ),
      { numRuns: 40 },
    );
  });
});

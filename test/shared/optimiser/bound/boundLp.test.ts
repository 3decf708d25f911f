import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lpTriangleBound, type PairProblem } from '../../../../shared/optimiser/bound/boundLp';
import { cliqueCuts, fewestTogether, pairIndex } from '../../../../shared/optimiser/bound/boundLpCuts';
import { loadSolver } from '../../../../shared/optimiser/bound/boundSolver';
import { pairProblem } from '../../../../shared/optimiser/bound/bound';
import { balanceLimits, type Balance } from '../../../../shared/optimiser/search/balanceLimits';
import { bruteForce, instance, type Instance } from '../optimiserFixtures';

function pairProblemOf(inst: Instance, balance: Balance): PairProblem {
  const { g, k, locked } = inst;
  const { limits, nodeWeight } = balanceLimits(g, k, balance, locked);
  return pairProblem(g, nodeWeight, limits.lo[0]!, limits.hi[0]!, locked, k);
}

describe('lpTriangleBound (interior point, bound from our own weak duality)', () => {
  it('never exceeds the enumerated optimum, whole or interrupted, goal or budget balance, with locks', async () => {
    const highs = await loadSolver();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 6, max: 11 }),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<Balance>(
          { by: 'goals', tolerance: 0 },
          { by: 'budget', tolerance: 0.1 },
          { by: 'budget', tolerance: 0.4 },
        ),
        fc.boolean(),
        async (n, k, seed, lockedCount, balance, interrupted) => {
          const inst = instance(n, k, seed, lockedCount, 4);
          const exact = bruteForce(inst, balance);
          if (!exact) return;
          let rounds = 0;
          const r = lpTriangleBound(highs, pairProblemOf(inst, balance), {
            timeLimitSec: 10,
            integer: false,
            // Interrupted: stop after the first round, before the triangles have done their work.
            shouldStop: () => interrupted && rounds >= 1,
            onRound: () => rounds++,
          });
          expect(r).not.toBeNull();
          expect(r!.bound).toBeLessThanOrEqual(exact.cut + 1e-9);
          expect(r!.bound).toBeGreaterThanOrEqual(-1e-9);
        },
      ),
      { numRuns: 40, seed: 21 },
    );
  });

  it('reaches the triangle relaxation on a small instance: converged, and close to the optimum', async () => {
    const highs = await loadSolver();
    const inst = instance(10, 2, 4, 0, 4);
    const balance: Balance = { by: 'goals', tolerance: 0 };
    const exact = bruteForce(inst, balance)!;
    const r = lpTriangleBound(highs, pairProblemOf(inst, balance), {
      timeLimitSec: 10,
      integer: false,
      shouldStop: () => false,
    })!;
    expect(r.converged).toBe(true);
    expect(r.bound).toBeLessThanOrEqual(exact.cut + 1e-9);
    // The triangle LP is a strong relaxation on 10 goals; a bound far below would mean lost duals.
    expect(r.bound).toBeGreaterThan(0.5 * exact.cut);
  });

  it('stops on its counted work, and says when the safety time limit stopped it instead', async () => {
    const highs = await loadSolver();
    const inst = instance(40, 4, 8, 4, 6);
    const p = pairProblemOf(inst, { by: 'goals', tolerance: 0 });
    const o = { timeLimitSec: 60, integer: false, shouldStop: () => false };
    const two = lpTriangleBound(highs, p, { ...o, maxRounds: 2 })!;
    expect(two.rounds).toBe(2);
    expect(two.timedOut).toBe(false);
    const capped = lpTriangleBound(highs, p, { ...o, ipmIterations: 50 })!;
    expect(capped.ipmIterations).toBe(50);
    // The solve that reached the budget was cut short, yet its duals still raised the bound.
    expect(capped.bound).toBeGreaterThan(lpTriangleBound(highs, p, { ...o, maxRounds: capped.rounds })!.bound);
    const timed = lpTriangleBound(highs, p, { ...o, timeLimitSec: 0.01 })!;
    expect(timed.timedOut).toBe(true);
    expect(timed.bound).toBeLessThanOrEqual(capped.bound + 1e-9);
  });
});

describe('clique rows', () => {
  it('counts the fewest pairs that must share a portfolio', () => {
    expect(fewestTogether(3, 3)).toBe(0);
    expect(fewestTogether(8, 7)).toBe(1);
    // 19 goals in 7 portfolios: five of 3 and two of 2, so 5·3 + 2·1 pairs together.
    expect(fewestTogether(19, 7)).toBe(17);
  });

  it('cuts off "every pair apart" with only two portfolios', () => {
    const n = 4;
    const x = new Float64Array((n * (n - 1)) / 2).fill(1);
    const cuts = cliqueCuts(n, 2, x, 10);
    expect(cuts.length).toBeGreaterThan(0);
    // All four goals: 6 pairs, at least 2 together, so at most 4 apart; x has 6.
    const all = cuts.find((c) => c.index.length === 6)!;
    expect(all.upper).toBe(4);
    expect(all.violation).toBeCloseTo(2, 12);
    expect(all.index).toEqual([0, 1, 2, 3, 4, 5]);
    expect(pairIndex(n, 2, 3)).toBe(5);
  });
});

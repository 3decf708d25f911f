import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lpTriangleBound, type PairProblem } from '../../../shared/analysis/boundLp';
import { loadSolver } from '../../../shared/analysis/boundSolver';
import { balanceLimits, type Balance } from '../../../shared/analysis/partition/balanceLimits';
import { bruteForce, instance, type Instance } from './optimiserFixtures';

function pairProblem(inst: Instance, balance: Balance): PairProblem {
  const { g, k, locked } = inst;
  const { limits, nodeWeight } = balanceLimits(g, k, balance, locked);
  const sum = new Map<number, number>();
  for (let e = 0; e < g.m; e++) {
    const i = Math.min(g.src[e]!, g.dst[e]!);
    const j = Math.max(g.src[e]!, g.dst[e]!);
    sum.set(i * g.n + j, (sum.get(i * g.n + j) ?? 0) + g.weight[e]!);
  }
  const keys = [...sum.keys()];
  return {
    n: g.n,
    pairI: Int32Array.from(keys, (x) => Math.floor(x / g.n)),
    pairJ: Int32Array.from(keys, (x) => x % g.n),
    pairW: Float64Array.from(keys, (x) => sum.get(x)!),
    nodeWeight,
    lo: limits.lo[0]!,
    hi: limits.hi[0]!,
    fixed: locked,
  };
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
        fc.constantFrom<Balance>({ by: 'goals', tolerance: 0 }, { by: 'budget', tolerance: 0.1 }, { by: 'budget', tolerance: 0.4 }),
        fc.boolean(),
        async (n, k, seed, lockedCount, balance, interrupted) => {
          const inst = instance(n, k, seed, lockedCount, 4);
          const exact = bruteForce(inst, balance);
          if (!exact) return;
          let rounds = 0;
          const r = lpTriangleBound(highs, pairProblem(inst, balance), {
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
    const r = lpTriangleBound(highs, pairProblem(inst, balance), { timeLimitSec: 10, integer: false, shouldStop: () => false })!;
    expect(r.converged).toBe(true);
    expect(r.bound).toBeLessThanOrEqual(exact.cut + 1e-9);
    // The triangle LP is a strong relaxation on 10 goals; a bound far below would mean lost duals.
    expect(r.bound).toBeGreaterThan(0.5 * exact.cut);
  });
});

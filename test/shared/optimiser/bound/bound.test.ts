import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerBound, strengthGranularity } from '../../../../shared/optimiser/bound/bound';
import { isolationBound, minCutBetween } from '../../../../shared/optimiser/bound/boundFlow';
import { optimiseDivision, type Balance } from '../../../../shared/optimiser/optimiser';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';
import { balanceLimits } from '../../../../shared/optimiser/search/balanceLimits';
import { cutOf } from '../../../../shared/optimiser/search/partGraph';
import { createRng } from '../../../../shared/optimiser/search/prng';
import { bruteForce, instance, type Instance } from '../optimiserFixtures';

const strict: Balance = { by: 'goals', tolerance: 0 };

/** A random division meeting locks and goal balance: shuffled free goals dealt into the room each part has. */
function randomFeasible(inst: Instance, balance: Balance, seed: number): Int32Array {
  const { g, k, locked } = inst;
  const { limits } = balanceLimits(g, k, balance, locked);
  const rng = createRng(seed);
  const parts = Int32Array.from(locked);
  const size = new Array<number>(k).fill(0);
  for (const p of locked) if (p >= 0) size[p]!++;
  const free = [...Array(g.n).keys()].filter((v) => locked[v]! < 0);
  for (let i = free.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [free[i], free[j]] = [free[j]!, free[i]!];
  }
  // First bring every part to its minimum, then fill at random where room is left.
  for (const v of free) {
    let p = size.findIndex((s, q) => s < limits.lo[q]!);
    if (p < 0) {
      const open = size.map((s, q) => (s < limits.hi[q]! ? q : -1)).filter((q) => q >= 0);
      p = open[rng.int(open.length)]!;
    }
    parts[v] = p;
    size[p]!++;
  }
  return parts;
}

describe('lowerBound', () => {
  it('equals the brute-force optimum on tiny instances (integer stage) and proves it optimal', async () => {
    for (const [n, k, seed, lockedCount] of [
      [8, 2, 1, 2],
      [9, 3, 2, 0],
      [10, 3, 3, 3],
      [10, 2, 4, 1],
    ] as const) {
      const inst = instance(n, k, seed, lockedCount);
      const exact = bruteForce(inst, strict)!;
      const lb = await lowerBound(inst.g, { k, locked: inst.locked, balance: strict, timeLimitMs: 10_000 });
      expect(lb.bound).toBeLessThanOrEqual(exact.cut + 1e-9);
      expect(lb.method).toBe('cliqueInteger');
      expect(lb.bound).toBeCloseTo(exact.cut, 6);
      // Given the optimum's cut, it is proven optimal, by whichever stage first meets it.
      const proven = await lowerBound(inst.g, {
        k,
        locked: inst.locked,
        balance: strict,
        upperBound: exact.cut,
        timeLimitMs: 10_000,
      });
      expect(proven.provenOptimal).toBe(true);
      expect(proven.bound).toBeCloseTo(exact.cut, 6);
    }
  });

  it('stops as soon as the bound meets the known cut: no later stage runs', async () => {
    // On this instance the LP meets the optimum in its third round; alone it goes on to five and the integer stage.
    const inst = instance(11, 3, 10, 1);
    const exact = bruteForce(inst, strict)!;
    const full = await lowerBound(inst.g, { k: 3, locked: inst.locked, balance: strict, timeLimitMs: 10_000 });
    const early = await lowerBound(inst.g, {
      k: 3,
      locked: inst.locked,
      balance: strict,
      upperBound: exact.cut,
      timeLimitMs: 10_000,
    });
    expect(full.method).toBe('cliqueInteger');
    expect(early.provenOptimal).toBe(true);
    expect(early.bound).toBeCloseTo(exact.cut, 6);
    // It says why the LP stopped short: it met the proposal, not the time limit.
    expect(early.method).toBe('lpTriangleMet');
    expect(early.details.lpRounds!).toBeLessThan(full.details.lpRounds!);
  });

  it('stays below the optimum with budget balance too', async () => {
    const budget: Balance = { by: 'budget', tolerance: 0.35 };
    for (const seed of [1, 2, 3, 4, 5]) {
      const inst = instance(9, 2, seed, 1);
      const exact = bruteForce(inst, budget);
      const lb = await lowerBound(inst.g, { k: 2, locked: inst.locked, balance: budget, timeLimitMs: 5_000 });
      if (exact) expect(lb.bound).toBeLessThanOrEqual(exact.cut + 1e-9);
    }
  });

  it('never exceeds the enumerated optimum under budget balance, with locks (every stage)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 7, max: 11 }),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(0.05, 0.15, 0.4),
        fc.boolean(),
        async (n, k, seed, lockedCount, tolerance, someUnknown) => {
          const inst = instance(n, k, seed, lockedCount, 4);
          // Goals without a budget weigh nothing in the balance (the eigenvalue bound's α floor covers them).
          if (someUnknown)
            for (let v = 0; v < n; v += 4) {
              inst.g.budget[v] = 0;
              inst.g.hasBudget[v] = 0;
            }
          const balance: Balance = { by: 'budget', tolerance };
          const exact = bruteForce(inst, balance);
          const lb = await lowerBound(inst.g, { k, locked: inst.locked, balance, timeLimitMs: 2_000, integerUpTo: 0 });
          if (exact) expect(lb.bound).toBeLessThanOrEqual(exact.cut + 1e-9);
        },
      ),
      { numRuns: 40, seed: 9 },
    );
  });

  it('never exceeds the cut of any feasible division', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 8, max: 24 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 4 }),
        async (n, k, seed, lockedCount) => {
          const inst = instance(n, k, seed, lockedCount, 4);
          const lb = await lowerBound(inst.g, {
            k,
            locked: inst.locked,
            balance: strict,
            timeLimitMs: 1_500,
            integerUpTo: 0,
          });
          const opt = optimiseDivision(inst.g, { k, locked: inst.locked, balance: strict, seed, effort: 0.2 });
          expect(opt.ok).toBe(true);
          if (opt.ok) expect(lb.bound).toBeLessThanOrEqual(opt.cut + 1e-9);
          for (let s = 0; s < 5; s++)
            expect(lb.bound).toBeLessThanOrEqual(cutOf(inst.g, randomFeasible(inst, strict, seed + s)) + 1e-9);
        },
      ),
      { numRuns: 12, seed: 5 },
    );
  });

  it('does not claim optimality it has not proven, and rounds the gap up', async () => {
    const inst = instance(40, 4, 8, 4, 6);
    const opt = optimiseDivision(inst.g, { k: 4, locked: inst.locked, balance: strict, seed: 1 });
    expect(opt.ok).toBe(true);
    if (!opt.ok) return;
    const lb = await lowerBound(inst.g, {
      k: 4,
      locked: inst.locked,
      balance: strict,
      upperBound: opt.cut + 1,
      timeLimitMs: 1_500,
    });
    expect(lb.provenOptimal).toBe(false);
    expect(lb.gapAbove!).toBeGreaterThanOrEqual((opt.cut + 1 - lb.bound) / lb.bound);
  });

  it('stays below the optimum when balance limits differ per part (the loosest limits, a relaxation)', async () => {
    // Part 0 exactly 3 goals, part 1 2–4, part 2 1–5. Read as if every part had part 0's limits the bound would
    // claim 39, above the true optimum 37.
    const inst = instance(9, 3, 1, 0, 4);
    const perPart: Balance = { by: 'goals', tolerance: 0, limits: { lo: [3, 2, 1], hi: [3, 4, 5] } };
    const asPart0: Balance = { by: 'goals', tolerance: 0, limits: { lo: [3, 3, 3], hi: [3, 3, 3] } };
    expect(bruteForce(inst, perPart)!.cut).toBe(37);
    expect((await lowerBound(inst.g, { k: 3, locked: inst.locked, balance: asPart0 })).bound).toBe(39);
    const lb = await lowerBound(inst.g, { k: 3, locked: inst.locked, balance: perPart });
    expect(lb.bound).toBeGreaterThan(0);
    expect(lb.bound).toBeLessThanOrEqual(37);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 7, max: 10 }),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 3,
          maxLength: 3,
        }),
        async (n, k, seed, lockedCount, byBudget, integer, draws) => {
          const c = instance(n, k, seed, lockedCount, 4);
          let total = n;
          if (byBudget) total = c.g.budget.reduce((a, b) => a + b, 0);
          // Per part a minimum below the mean and a maximum above it, drawn independently.
          const mean = total / k;
          const round = (x: number) => (byBudget ? x : Math.round(x));
          const lo = draws.slice(0, k).map(([a]) => round(mean * (1 - a)));
          const hi = draws.slice(0, k).map(([, b]) => round(mean * (1 + b)));
          const balance: Balance = { by: byBudget ? 'budget' : 'goals', tolerance: 0, limits: { lo, hi } };
          const exact = bruteForce(c, balance);
          if (!exact) return;
          const b = await lowerBound(c.g, { k, locked: c.locked, balance, integerUpTo: integer ? 16 : 0 });
          expect(b.bound).toBeLessThanOrEqual(exact.cut + 1e-9);
        },
      ),
      { numRuns: 40, seed: 12 },
    );
  });

  it('reports infeasible constraints instead of a bound', async () => {
    const inst = instance(9, 3, 1, 0);
    const locked = new Int32Array(9).fill(-1);
    locked.fill(0, 0, 4);
    const lb = await lowerBound(inst.g, { k: 3, locked, balance: strict });
    expect(lb.method).toBe('infeasible');
    expect(lb.problems?.[0]?.code).toBe('optimiserLockedAboveCap');
  });
});

describe('cheap bounds', () => {
  const path = buildCompactGraph({
    goals: ['a', 'b', 'c', 'd'].map((id) => ({ id, domainId: 'x' })),
    links: [
      { id: 'l1', source: 'a', target: 'b', kind: 'reinforces', strength: 3 },
      { id: 'l2', source: 'b', target: 'c', kind: 'reinforces', strength: 1 },
      { id: 'l3', source: 'c', target: 'd', kind: 'reinforces', strength: 2 },
      { id: 'l4', source: 'a', target: 'd', kind: 'reinforces', strength: 2 },
    ],
    domains: [{ id: 'x', classic: 'fysiek' }],
  });

  it('computes minimum cuts by hand-checked flows', () => {
    // a and c sit on a 4-cycle: separating them cuts one link on each side, cheapest b–c (1) + c–d or a–d (2).
    expect(minCutBetween(path, Uint8Array.from([1, 0, 0, 0]), Uint8Array.from([0, 0, 1, 0]))).toBe(3);
    // Two locked groups: half the sum of both isolating cuts (3 + 3) / 2.
    expect(isolationBound(path, Int32Array.from([0, -1, 1, -1]), 2)).toBe(3);
    expect(isolationBound(path, Int32Array.from([0, -1, -1, -1]), 2)).toBe(0);
  });

  it('finds the strength granularity', () => {
    expect(strengthGranularity(path)).toBe(1);
  });
});

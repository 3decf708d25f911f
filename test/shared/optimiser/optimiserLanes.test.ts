import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { optimiseDivision, type Balance } from '../../../shared/optimiser/optimiser';
import { laneBeats, laneSeed, optimiseDivisionLanes } from '../../../shared/optimiser/optimiserLanes';
import { bruteForce, instance, violation } from './optimiserFixtures';

describe('optimiser lanes', () => {
  it('derives distinct, repeatable seeds; lane 0 keeps the user seed', () => {
    expect(laneSeed(42, 0)).toBe(42);
    expect(laneSeed(42, 1)).toBe(laneSeed(42, 1));
    expect(laneSeed(42, 1)).not.toBe(42);
    expect(laneSeed(42, 1)).not.toBe(laneSeed(43, 1));
    expect(Number.isInteger(laneSeed(-7, 3))).toBe(true);
  });

  it('picks the lower cut and on a tie the lower lane', () => {
    expect(laneBeats({ cut: 3 }, 1, { cut: 4 }, 0)).toBe(true);
    expect(laneBeats({ cut: 4 }, 0, { cut: 3 }, 1)).toBe(false);
    expect(laneBeats({ cut: 3 }, 0, { cut: 3 }, 1)).toBe(true);
    expect(laneBeats({ cut: 3 }, 1, { cut: 3 }, 0)).toBe(false);
  });

  it('returns the better lane, never worse than lane 0 alone, and still the brute-force optimum on small graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 10 }),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<Balance>({ by: 'goals', tolerance: 0 }, { by: 'budget', tolerance: 0.35 }),
        (n, k, seed, lockedCount, balance) => {
          const inst = instance(n, k, seed, lockedCount);
          const exact = bruteForce(inst, balance);
          const res = optimiseDivisionLanes(inst.g, { k, locked: inst.locked, balance, seed, effort: 0.3 });
          expect(res.ok).toBe(exact !== null);
          if (!res.ok || !exact) return;
          expect(violation(inst, balance, res.parts)).toBeNull();
          expect(res.cut).toBeCloseTo(exact.cut, 9);
        },
      ),
      { numRuns: 25, seed: 11 },
    );
  });

  it('equals the better of the lanes run one by one, with progress that never goes back', () => {
    const inst = instance(60, 4, 5, 4);
    const options = {
      k: 4,
      locked: inst.locked,
      balance: { by: 'budget', tolerance: 0.1 } as Balance,
      seed: 8,
      effort: 0.2,
    };
    const fractions: number[] = [];
    const res = optimiseDivisionLanes(inst.g, options, { onProgress: (p) => fractions.push(p.fraction) });
    const one = [0, 1].map((l) => optimiseDivision(inst.g, { ...options, seed: laneSeed(8, l) }));
    expect(res.ok && one[0]!.ok && one[1]!.ok).toBe(true);
    if (!res.ok || !one[0]!.ok || !one[1]!.ok) return;
    const win = one[1]!.cut < one[0]!.cut - 1e-9 ? one[1]! : one[0]!;
    expect(res.cut).toBe(win.cut);
    expect(Array.from(res.parts)).toEqual(Array.from(win.parts));
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]!).toBeGreaterThanOrEqual(fractions[i - 1]!);
    expect(fractions[fractions.length - 1]).toBe(1);
  });

  it('stops at the first lane that was cancelled', () => {
    const inst = instance(40, 3, 2, 0);
    let calls = 0;
    const res = optimiseDivisionLanes(
      inst.g,
      { k: 3, locked: inst.locked, balance: { by: 'goals', tolerance: 0 }, seed: 1 },
      {
        shouldStop: () => ++calls > 3,
      },
    );
    expect(res.ok && res.cancelled).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutOf, isFeasible, type Limits } from '../../../../shared/optimiser/search/partGraph';
import { relabelToLocks } from '../../../../shared/optimiser/search/relabel';
import { feasibleStart, graphOf } from '../optimiserFixtures';

/** Every permutation of 0 … k−1. */
function permutations(k: number): number[][] {
  if (k === 0) return [[]];
  return permutations(k - 1).flatMap((p) =>
    Array.from({ length: k }, (_, i) => [...p.slice(0, i), k - 1, ...p.slice(i)]),
  );
}

function relabelled(part: Int32Array, fixed: Int32Array, label: number[]): Int32Array {
  return part.map((p, v) => (fixed[v]! >= 0 ? p : label[p]!));
}

describe('relabelToLocks', () => {
  it('hands each cluster to the holder its locked goal pulls it to', () => {
    // Two triangles; goal 0 is locked to holder 1 and goal 3 to holder 0, but the search put each triangle's
    // free goals with the other holder: 4 links cut. Swapping the labels of the free goals cuts none.
    const g = graphOf(6, [
      [0, 1, 1],
      [0, 2, 1],
      [1, 2, 1],
      [3, 4, 1],
      [3, 5, 1],
      [4, 5, 1],
    ]);
    const fixed = Int32Array.from([1, -1, -1, 0, -1, -1]);
    const lim: Limits = { k: 2, lo: Float64Array.of(3, 3), hi: Float64Array.of(3, 3), fixed, eps: 1e-9 };
    const part = Int32Array.from([1, 0, 0, 0, 1, 1]);
    expect(cutOf(g, part)).toBe(4);
    expect(relabelToLocks(g, lim, part)).toBe(4);
    expect([...part]).toEqual([1, 1, 1, 0, 0, 0]);
    expect(cutOf(g, part)).toBe(0);
  });

  it('leaves the division alone when the better labels would break the balance', () => {
    // Goal 0 is locked to holder 1 with one free goal beside it; holder 0 must hold at least 3 goals.
    const g = graphOf(5, [
      [0, 1, 3],
      [2, 3, 1],
      [3, 4, 1],
    ]);
    const fixed = Int32Array.from([1, -1, -1, -1, -1]);
    const lim: Limits = { k: 2, lo: Float64Array.of(3, 2), hi: Float64Array.of(3, 2), fixed, eps: 1e-9 };
    const part = Int32Array.from([1, 0, 0, 0, 1]);
    const before = part.slice();
    // Swapping labels would give holder 0 only goal 4 (plus none locked): 1 goal, below its 3.
    expect(relabelToLocks(g, lim, part)).toBe(0);
    expect(part).toEqual(before);
  });

  it('finds the best balanced relabelling, never raises the cut and never moves a locked goal', () => {
    fc.assert(
      fc.property(
        fc.record({
          n: fc.integer({ min: 4, max: 40 }),
          k: fc.integer({ min: 2, max: 5 }),
          seed: fc.integer({ min: 1, max: 100_000 }),
          locked: fc.integer({ min: 0, max: 8 }),
          budget: fc.boolean(),
        }),
        (c) => {
          const start = feasibleStart(c, 0.3);
          if (!start) return;
          const { g, limits, part } = start;
          const before = cutOf(g, part);
          let bestCut = before;
          for (const label of permutations(c.k)) {
            const other = relabelled(part, limits.fixed, label);
            if (isFeasible(g, limits, other)) bestCut = Math.min(bestCut, cutOf(g, other));
          }
          const after = part.slice();
          const gain = relabelToLocks(g, limits, after);
          expect(cutOf(g, after)).toBeCloseTo(bestCut, 9);
          expect(gain).toBeCloseTo(before - bestCut, 9);
          expect(isFeasible(g, limits, after)).toBe(true);
          for (let v = 0; v < c.n; v++) if (limits.fixed[v]! >= 0) expect(after[v]).toBe(part[v]);
        },
      ),
      { numRuns: 200, seed: 21 },
    );
  });
});

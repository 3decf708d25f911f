import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maxWeightAssignment } from '../../../../shared/optimiser/proposal/assignment';

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

const total = (w: readonly (readonly number[])[], col: readonly number[]) => col.reduce((s, j, i) => s + w[i]![j]!, 0);

describe('maxWeightAssignment', () => {
  it('finds the best permutation, as brute force over all of them does, forbidden pairs avoided', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.array(
            fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(-Infinity)), { minLength: n, maxLength: n }),
            {
              minLength: n,
              maxLength: n,
            },
          ),
        ),
        (w) => {
          const col = maxWeightAssignment(w);
          expect([...col].sort((a, b) => a - b)).toEqual(w.map((_, i) => i));
          const best = Math.max(...permutations(w.length).map((p) => total(w, p)));
          if (best === -Infinity) expect(total(w, col)).toBe(-Infinity);
          else expect(total(w, col)).toBe(best);
        },
      ),
      { numRuns: 300, seed: 21 },
    );
  });

  it('is not greedy: the largest single overlap is given up when two others sum to more', () => {
    // Greedy takes 9 (row 0 → col 0), then row 1 must take col 1 (1): 10. Exact: 8 + 8 = 16.
    expect(
      maxWeightAssignment([
        [9, 8],
        [8, 1],
      ]),
    ).toEqual([1, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  limitedSum,
  partLimits,
  spectralBound,
  symmetricEigenvalues,
} from '../../../../shared/optimiser/bound/boundSpectral';
import { bruteForce, instance } from '../optimiserFixtures';

describe('symmetricEigenvalues', () => {
  it('matches the known spectrum of a path Laplacian', () => {
    const n = 7;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n - 1; i++) {
      a[i * n + i + 1] = a[(i + 1) * n + i] = -1;
      a[i * n + i]! += 1;
      a[(i + 1) * n + i + 1]! += 1;
    }
    const want = Array.from({ length: n }, (_, k) => 2 - 2 * Math.cos((Math.PI * k) / n));
    symmetricEigenvalues(a, n).forEach((x, i) => expect(x).toBeCloseTo(want[i]!, 10));
  });

  it('keeps trace and Frobenius norm of random symmetric matrices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.integer(), (n, seed) => {
        const a = new Float64Array(n * n);
        for (let i = 0; i < n; i++)
          for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = Math.sin(seed + i * 7.3 + j * 1.7);
        let trace = 0;
        let fro = 0;
        for (let i = 0; i < n; i++) trace += a[i * n + i]!;
        for (const x of a) fro += x * x;
        const ev = symmetricEigenvalues(a.slice(), n);
        expect(ev.reduce((s, x) => s + x, 0)).toBeCloseTo(trace, 8);
        expect(ev.reduce((s, x) => s + x * x, 0)).toBeCloseTo(fro, 7);
      }),
      { numRuns: 30 },
    );
  });
});

describe('spectralBound', () => {
  it('never exceeds the brute-force optimum under goal balance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 10 }),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 1, max: 10_000 }),
        (n, k, seed) => {
          const inst = instance(n, k, seed, 0, 4);
          const exact = bruteForce(inst, { by: 'goals', tolerance: 0 })!;
          const b = spectralBound(
            inst.g,
            k,
            partLimits(new Float64Array(n).fill(1), k, Math.floor(n / k), Math.ceil(n / k)),
          );
          expect(b).toBeLessThanOrEqual(exact.cut + 1e-9);
          expect(b).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 30, seed: 3 },
    );
  });
});

describe('partLimits', () => {
  it('with one goal per unit is min(i·hi, n − (k − i)·lo)', () => {
    expect(Array.from(partLimits(new Float64Array(10).fill(1), 3, 3, 4))).toEqual([4, 7, 10]);
    expect(Array.from(partLimits(new Float64Array(12).fill(1), 3, 2, 6))).toEqual([6, 10, 12]);
  });

  it('counts goals from budgets: the lightest fill the most, the heaviest reach lo with the fewest', () => {
    // Budgets 1,1,1,1,2,6 (total 12), k = 2, lo 5, hi 7: one part holds at most 5 goals (1+1+1+1+2 = 6 ≤ 7),
    // the other part needs at least one goal (6 ≥ 5), so the largest part has at most 5 goals.
    expect(Array.from(partLimits(Float64Array.from([6, 1, 2, 1, 1, 1]), 2, 5, 7))).toEqual([5, 6]);
  });

  it('limitedSum equals Σ m_i λ_i for exact sizes', () => {
    const lambda = Float64Array.from([0, 1, 3]);
    // Sizes 4, 3, 3: partial sums 4, 7, 10.
    expect(limitedSum(lambda, Float64Array.from([4, 7, 10]))).toBeCloseTo(4 * 0 + 3 * 1 + 3 * 3, 12);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spectralBound, symmetricEigenvalues } from '../../../shared/analysis/boundSpectral';
import { bruteForce, instance } from './optimiserFixtures';

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
        for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = Math.sin(seed + i * 7.3 + j * 1.7);
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
      fc.property(fc.integer({ min: 6, max: 10 }), fc.integer({ min: 2, max: 3 }), fc.integer({ min: 1, max: 10_000 }), (n, k, seed) => {
        const inst = instance(n, k, seed, 0, 4);
        const exact = bruteForce(inst, { by: 'goals', tolerance: 0 })!;
        const b = spectralBound(inst.g, k, Math.floor(n / k), Math.ceil(n / k));
        expect(b).toBeLessThanOrEqual(exact.cut + 1e-9);
        expect(b).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 30, seed: 3 },
    );
  });
});

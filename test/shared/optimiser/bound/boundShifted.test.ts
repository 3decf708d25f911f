import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { budgetScaling, shiftedSpectralBound } from '../../../../shared/optimiser/bound/boundShifted';
import { partLimits, spectralBound } from '../../../../shared/optimiser/bound/boundSpectral';
import { EigenBlock, jacobiEigen } from '../../../../shared/optimiser/bound/boundEigenBlock';
import { buildCompactGraph, type CompactGraph } from '../../../../shared/analysis/compactGraph';
import { balanceLimits, type Balance } from '../../../../shared/optimiser/search/balanceLimits';
import { optimiseDivision } from '../../../../shared/optimiser/optimiser';
import { bruteForce, instance, type Instance } from '../optimiserFixtures';

/** The eigenvalue bound exactly as lowerBound builds it for this balance. */
function shifted(inst: Instance, balance: Balance, iterations?: number): number {
  const { g, k, locked } = inst;
  const { limits, nodeWeight } = balanceLimits(g, k, balance, locked);
  const counts = partLimits(nodeWeight, k, limits.lo[0]!, limits.hi[0]!);
  if (balance.by === 'goals')
    return shiftedSpectralBound(g, k, counts, iterations === undefined ? {} : { iterations }).bound;
  const { scale, limits: weighted } = budgetScaling(nodeWeight, k, limits.lo[0]!, limits.hi[0]!, counts);
  return shiftedSpectralBound(g, k, weighted, { scale, ...(iterations === undefined ? {} : { iterations }) }).bound;
}

function complete(n: number, w: number): CompactGraph {
  const ids = Array.from({ length: n }, (_, i) => `g${i}`);
  const links = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      links.push({ id: `l${i}-${j}`, source: ids[i]!, target: ids[j]!, kind: 'reinforces' as const, strength: w });
  return buildCompactGraph({
    goals: ids.map((id) => ({ id, domainId: 'x' })),
    links,
    domains: [{ id: 'x', classic: 'fysiek' }],
  });
}

describe('shiftedSpectralBound', () => {
  it('is tight on a complete graph split into equal parts', () => {
    // K9 with strength 2 into 3 parts of 3: each goal has 6 neighbours outside its part, cut = 9·6·2/2 = 54.
    const g = complete(9, 2);
    const b = shiftedSpectralBound(g, 3, partLimits(new Float64Array(9).fill(1), 3, 3, 3)).bound;
    expect(b).toBeLessThanOrEqual(54);
    expect(b).toBeGreaterThan(54 - 1e-6);
  });

  it('never exceeds the enumerated optimum on up to 12 goals, goal or budget balance, with or without locks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 11 }),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<Balance>(
          { by: 'goals', tolerance: 0 },
          { by: 'goals', tolerance: 0.3 },
          { by: 'budget', tolerance: 0.1 },
          { by: 'budget', tolerance: 0.4 },
        ),
        (n, k, seed, lockedCount, balance) => {
          const inst = instance(n, k, seed, lockedCount, 4);
          const exact = bruteForce(inst, balance);
          const b = shifted(inst, balance);
          expect(Number.isFinite(b)).toBe(true);
          if (exact) expect(b).toBeLessThanOrEqual(exact.cut + 1e-9);
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });

  it('never exceeds the cut the optimiser finds on larger instances', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 60 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom<Balance>(
          { by: 'goals', tolerance: 0 },
          { by: 'budget', tolerance: 0.05 },
          { by: 'budget', tolerance: 0.2 },
        ),
        (n, k, seed, balance) => {
          const inst = instance(n, k, seed, 2, 6);
          const opt = optimiseDivision(inst.g, { k, locked: inst.locked, balance, seed, effort: 0.2 });
          if (!opt.ok) return;
          expect(shifted(inst, balance)).toBeLessThanOrEqual(opt.cut + 1e-9);
        },
      ),
      { numRuns: 15, seed: 12 },
    );
  });

  it('improves on the plain Donath–Hoffman bound and equals it without ascent steps', () => {
    const inst = instance(40, 4, 3, 0, 6);
    const strict: Balance = { by: 'goals', tolerance: 0 };
    const limits = partLimits(new Float64Array(40).fill(1), 4, 10, 10);
    const plain = spectralBound(inst.g, 4, limits);
    expect(shifted(inst, strict, 0)).toBeCloseTo(plain, 4);
    expect(shifted(inst, strict, 0)).toBeLessThanOrEqual(plain);
    expect(shifted(inst, strict)).toBeGreaterThan(plain);
  });

  it('gains from the pair multipliers of the second phase', () => {
    const inst = instance(60, 4, 5, 0, 6);
    const limits = partLimits(new Float64Array(60).fill(1), 4, 15, 15);
    const shiftOnly = shiftedSpectralBound(inst.g, 4, limits, { pairs: 0 }).bound;
    const withPairs = shiftedSpectralBound(inst.g, 4, limits).bound;
    expect(withPairs).toBeGreaterThan(shiftOnly);
    const opt = optimiseDivision(inst.g, {
      k: 4,
      locked: inst.locked,
      balance: { by: 'goals', tolerance: 0 },
      seed: 1,
    });
    expect(opt.ok && withPairs <= opt.cut + 1e-9).toBe(true);
  });

  it('stays finite and valid on degenerate graphs: no links, fewer goals than portfolios, zero budgets', async () => {
    const empty = buildCompactGraph({
      goals: ['a', 'b', 'c', 'd'].map((id) => ({ id, domainId: 'x' })),
      links: [],
      domains: [{ id: 'x', classic: 'fysiek' }],
    });
    const none = shiftedSpectralBound(empty, 2, partLimits(new Float64Array(4).fill(1), 2, 2, 2)).bound;
    expect(none).toBeLessThanOrEqual(1e-9);
    expect(Number.isFinite(none)).toBe(true);
    expect(shiftedSpectralBound(empty, 5, partLimits(new Float64Array(4).fill(1), 5, 0, 1)).bound).toBe(0);
    const inst = instance(10, 2, 3, 0, 4);
    const w = Float64Array.from({ length: 10 }, (_, v) => (v % 3 === 0 ? 0 : 1000 * (v + 1)));
    const counts = partLimits(w, 2, 10_000, 30_000);
    const { scale, limits } = budgetScaling(w, 2, 10_000, 30_000, counts);
    const b = shiftedSpectralBound(inst.g, 2, limits, { scale }).bound;
    expect(Number.isFinite(b)).toBe(true);
  });

  it('returns no bound when cancelled', () => {
    const inst = instance(30, 3, 1, 0);
    const r = shiftedSpectralBound(inst.g, 3, partLimits(new Float64Array(30).fill(1), 3, 10, 10), {
      shouldStop: () => true,
    });
    expect(r.bound).toBe(-Infinity);
  });
});

describe('budgetScaling', () => {
  it('limits the i largest parts by budget plus α times their goal count', () => {
    const w = Float64Array.from([6, 1, 2, 1, 1, 1]);
    const counts = partLimits(w, 2, 5, 7);
    const { scale, limits } = budgetScaling(w, 2, 5, 7, counts);
    const alpha = (0.001 * 12) / 6;
    expect(1 / scale[0]! ** 2).toBeCloseTo(6 + alpha, 12);
    expect(limits[0]).toBeCloseTo(7 + alpha * 5, 12);
    expect(limits[1]).toBeCloseTo(12 + alpha * 6, 12);
  });
});

describe('eigen helpers', () => {
  it('jacobiEigen diagonalises a small symmetric matrix', () => {
    const { values, vectors } = jacobiEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
    expect(Array.from(values).map((x) => Math.round(x * 1e9) / 1e9)).toEqual([1, 3, 5]);
    // First column ∝ (1, −1, 0).
    expect(Math.abs(vectors[0]! + vectors[3]!)).toBeLessThan(1e-9);
  });

  it('EigenBlock finds the smallest eigenvalues of a path Laplacian', () => {
    const n = 40;
    const apply = (x: Float64Array, y: Float64Array): void => {
      for (let i = 0; i < n; i++) y[i] = (i > 0 ? x[i]! - x[i - 1]! : 0) + (i < n - 1 ? x[i]! - x[i + 1]! : 0);
    };
    const block = new EigenBlock(n, 4, 7);
    block.iterate(apply, 200);
    for (let j = 0; j < 3; j++) expect(block.values[j]).toBeCloseTo(2 - 2 * Math.cos((Math.PI * j) / n), 6);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { optimiseDivision, type Balance } from '../../../shared/optimiser/optimiser';
import { cutOf } from '../../../shared/optimiser/search/partGraph';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { bruteForce, instance, violation } from './optimiserFixtures';

const strict: Balance = { by: 'goals', tolerance: 0 };

describe('optimiseDivision', () => {
  it('finds the brute-force optimum on graphs small enough to enumerate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 10 }),
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<Balance>(strict, { by: 'goals', tolerance: 0.3 }, { by: 'budget', tolerance: 0.35 }),
        (n, k, seed, lockedCount, balance) => {
          const inst = instance(n, k, seed, lockedCount);
          const exact = bruteForce(inst, balance);
          const res = optimiseDivision(inst.g, { k, locked: inst.locked, balance, seed });
          if (!exact) {
            expect(res.ok).toBe(false);
            return;
          }
          expect(res.ok).toBe(true);
          if (!res.ok) return;
          expect(violation(inst, balance, res.parts)).toBeNull();
          expect(res.cut).toBeCloseTo(exact.cut, 9);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it('keeps locks and balance and assigns every goal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 80 }),
        fc.integer({ min: 3, max: 9 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom<Balance>(strict, { by: 'goals', tolerance: 0.1 }, { by: 'budget', tolerance: 0.05 }),
        (n, k, seed, balance) => {
          const inst = instance(n, k, seed, 5, 8);
          const res = optimiseDivision(inst.g, { k, locked: inst.locked, balance, seed, effort: 0.2 });
          if (!res.ok) {
            // Only budget balance can be out of reach; it must then say so.
            expect(balance.by).toBe('budget');
            expect(res.problems.length).toBeGreaterThan(0);
            return;
          }
          expect(violation(inst, balance, res.parts)).toBeNull();
          expect(res.cut).toBeCloseTo(cutOf(inst.g, res.parts), 9);
        },
      ),
      { numRuns: 25, seed: 11 },
    );
  });

  it('gives the same division for the same seed', () => {
    const inst = instance(90, 5, 3, 5, 8);
    const run = (seed: number) =>
      optimiseDivision(inst.g, { k: 5, locked: inst.locked, balance: strict, seed, effort: 0.3 });
    const a = run(42);
    const b = run(42);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(Array.from(a.parts)).toEqual(Array.from(b.parts));
      expect(a.cut).toBe(b.cut);
    }
  });

  it('says which goals and portfolio break the balance when too many goals are locked in one portfolio', () => {
    const inst = instance(12, 3, 5, 0);
    const locked = new Int32Array(12).fill(-1);
    for (const v of [0, 1, 2, 3, 4]) locked[v] = 1;
    const res = optimiseDivision(inst.g, { k: 3, locked, balance: strict, seed: 1 });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.problems).toHaveLength(1);
    expect(res.problems[0]).toMatchObject({
      code: 'optimiserLockedAboveCap',
      params: { part: 1, count: 5, cap: 4, goals: 'goal_0, goal_1, goal_2, goal_3, goal_4' },
    });
  });

  it('reports locked budget above the cap and a single goal above the cap', () => {
    const project = {
      goals: [
        { id: 'a', domainId: 'd', budget: 100 },
        { id: 'b', domainId: 'd', budget: 100 },
        { id: 'c', domainId: 'd', budget: 10 },
        { id: 'e', domainId: 'd', budget: 700 },
      ],
      links: [{ id: 'l', source: 'a', target: 'b', kind: 'reinforces' as const, strength: 1 }],
      domains: [{ id: 'd', classic: 'sociaal' as const }],
    };
    const g = buildCompactGraph(project);
    const budget: Balance = { by: 'budget', tolerance: 0.1 };
    const res = optimiseDivision(g, { k: 2, locked: [{ goal: 3, part: 0 }], balance: budget, seed: 1 });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const codes = res.problems.map((p) => p.code).sort();
    expect(codes).toEqual(['optimiserGoalBudgetAboveCap', 'optimiserLockedBudgetAboveCap']);
    expect(res.problems.find((p) => p.code === 'optimiserGoalBudgetAboveCap')?.params).toMatchObject({ goal: 'e' });
    expect(res.problems.find((p) => p.code === 'optimiserLockedBudgetAboveCap')?.params).toMatchObject({
      part: 0,
      goals: 'e',
    });
  });

  it('stops when asked and returns the best division so far, marked cancelled', () => {
    const inst = instance(200, 5, 9, 5, 8);
    let calls = 0;
    const progress: number[] = [];
    const res = optimiseDivision(
      inst.g,
      { k: 5, locked: inst.locked, balance: strict, seed: 2 },
      { shouldStop: () => ++calls > 40, onProgress: (p) => progress.push(p.fraction) },
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.cancelled).toBe(true);
    expect(res.stats.stoppedBy).toBe('cancel');
    expect(violation(inst, strict, res.parts)).toBeNull();
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((f) => f >= 0 && f <= 1)).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('runs the multilevel path on large projects and keeps the constraints there too', () => {
    const inst = instance(2000, 4, 1, 5, 4);
    const balance: Balance = { by: 'goals', tolerance: 0.03 };
    const res = optimiseDivision(inst.g, { k: 4, locked: inst.locked, balance, seed: 1, effort: 0.2 });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.stats.method).toBe('multilevel');
    expect(violation(inst, balance, res.parts)).toBeNull();
    // A random balanced division cuts about (1 − 1/k) of all strength; the optimiser must do far better.
    expect(res.cut).toBeLessThan(0.5 * inst.g.totalWeight);
  });
});

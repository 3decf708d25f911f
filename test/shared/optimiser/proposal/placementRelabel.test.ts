import { describe, expect, it } from 'vitest';
import { optimiseProjectPlacement, syntheticProject } from '../../../../shared/optimiser';
import { holderBands } from '../../../../shared/analysis/balanceRule';
import type { Project } from '../../../../shared/model';

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

const moved = (p: Project, assignments: Record<string, string>, rename: (h: string) => string) =>
  p.goals.filter((g) => rename(assignments[g.id]!) !== p.divisions[0]!.assignments[g.id]).length;

const countsOf = (p: Project, assignments: Record<string, string>) => {
  const c = new Map<string, number>();
  for (const g of p.goals) c.set(assignments[g.id]!, (c.get(assignments[g.id]!) ?? 0) + 1);
  return c;
};

describe('proposals named after the draft', () => {
  it("moves no more goals than any renaming of the proposal's groups would", () => {
    for (const seed of [1, 2, 3]) {
      const p = syntheticProject({ goals: 48, portfolios: 4, seed, assign: 'theme' });
      const res = optimiseProjectPlacement(p, p.divisions[0]!.id, {
        balance: { by: 'goals', tolerance: 0.2 },
        seed: 1,
      });
      if (!res.ok) throw new Error(JSON.stringify(res.problems));
      const ids = p.divisions[0]!.portfolioIds;
      const mine = moved(p, res.assignments, (h) => h);
      for (const perm of permutations(ids.length)) {
        const rename = (h: string) => ids[perm[ids.indexOf(h)]!]!;
        expect(mine).toBeLessThanOrEqual(moved(p, res.assignments, rename));
      }
    }
  });

  it("keeps each holder within ±tolerance of today's load when the balance is measured against it", () => {
    const p0 = syntheticProject({ goals: 40, portfolios: 4, seed: 5, assign: 'theme' });
    // A draft like a real college: sizes 16, 12, 8, 4.
    const ids = p0.divisions[0]!.portfolioIds;
    const sizes = [16, 12, 8, 4];
    const assignments: Record<string, string> = {};
    let i = 0;
    sizes.forEach((n, h) => {
      for (let j = 0; j < n; j++) assignments[p0.goals[i++]!.id] = ids[h]!;
    });
    const p: Project = { ...p0, divisions: [{ ...p0.divisions[0]!, assignments, locked: [] }] };
    const balance = { by: 'goals' as const, tolerance: 0.25, kind: 'current' as const };
    const res = optimiseProjectPlacement(p, p.divisions[0]!.id, { balance, seed: 1 });
    if (!res.ok) throw new Error(JSON.stringify(res.problems));
    const bands = holderBands(
      ids.map((id, h) => ({ holderId: id, now: sizes[h]!, fte: 1 })),
      0,
      balance,
    );
    const counts = countsOf(p, res.assignments);
    for (const b of bands) {
      expect(counts.get(b.holderId) ?? 0).toBeGreaterThanOrEqual(b.low);
      expect(counts.get(b.holderId) ?? 0).toBeLessThanOrEqual(b.high);
    }
    // The mean band (10 ± 2.5) would not admit the 16 and the 4 this rule starts from.
    const mean = holderBands(
      ids.map((id, h) => ({ holderId: id, now: sizes[h]!, fte: 1 })),
      0,
      { ...balance, kind: 'mean' },
    );
    expect(mean.map((b) => b.status)).toEqual(['above', 'within', 'within', 'below']);
  });
});

describe('the same proposal on any machine', () => {
  it('gives a byte-identical proposal and move curve under a clock that runs a thousand times slower', async () => {
    const { vi } = await import('vitest');
    const { moveCurve } = await import('../../../../shared/optimiser/proposal/moveCurve');
    const p = syntheticProject({ goals: 80, portfolios: 5, seed: 8, assign: 'theme' });
    const id = p.divisions[0]!.id;
    const options = { balance: { by: 'goals' as const, tolerance: 0.2 }, seed: 3 };
    const run = () => {
      const res = optimiseProjectPlacement(p, id, options);
      if (!res.ok) throw new Error('no proposal');
      const { stats: _stats, ...rest } = res;
      return JSON.stringify({ rest, curve: moveCurve(p, id, options, res) });
    };
    const quiet = run();
    let t = 0;
    // Every reading of the clock sees a second pass: a machine under heavy load.
    const spy = vi.spyOn(performance, 'now').mockImplementation(() => (t += 1000));
    try {
      expect(run()).toBe(quiet);
    } finally {
      spy.mockRestore();
    }
  });
});

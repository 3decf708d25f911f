import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../shared/model';
import { optimiseProjectPlacement, syntheticProject } from '../../../../shared/optimiser';
import { moveCurve } from '../../../../shared/optimiser/proposal/moveCurve';
import { nodeHolder } from '../../../../shared/model/division';

/** A synthetic draft, round robin, with one keep-together rule on two goals the draft already gives one holder. */
function withTogether(seed: number): Project {
  const p = syntheticProject({ goals: 30, portfolios: 3, seed, assign: 'theme' });
  const d = p.divisions[0]!;
  const assignments: Record<string, string> = {};
  p.goals.forEach((g, i) => (assignments[g.id] = d.portfolioIds[(i * 7 + seed) % 3]!));
  const [a, b] = p.goals.filter((g) => assignments[g.id] === d.portfolioIds[0]);
  const rule = { id: 'together', kind: 'together' as const, nodeIds: [a!.id, b!.id], reason: '' };
  return { ...p, divisions: [{ ...d, assignments, keep: [rule] }] };
}

const loadOf = (p: Project, assignments: Readonly<Record<string, string>>) => {
  const count = new Map<string, number>();
  for (const g of p.goals) {
    const h = assignments[g.id] ?? nodeHolder(p.divisions[0]!, g.id, g.subjectId);
    if (h) count.set(h, (count.get(h) ?? 0) + 1);
  }
  return count;
};

describe('per-holder limits with keep-together rules', () => {
  it('a maximum per holder at today’s load holds for the proposal and every curve point', () => {
    for (const seed of [1, 2, 3]) {
      const p = withTogether(seed);
      const d = p.divisions[0]!;
      const now = loadOf(p, d.assignments);
      const max = Object.fromEntries(d.portfolioIds.map((id) => [id, now.get(id) ?? 0]));
      const balance = { by: 'goals' as const, tolerance: 0.3, kind: 'max' as const, max };
      const res = optimiseProjectPlacement(p, d.id, { balance, seed: 1 });
      if (!res.ok) throw new Error(JSON.stringify(res.problems));
      for (const [id, n] of loadOf(p, res.assignments)) expect(n).toBeLessThanOrEqual(max[id]!);
      const curve = moveCurve(p, d.id, { balance, seed: 1 }, res);
      if ('problems' in curve) throw new Error(JSON.stringify(curve.problems));
      for (const pt of curve.points) {
        const after = { ...d.assignments };
        for (const m of pt.list) for (const g of m.goalIds) after[g] = m.to;
        for (const [id, n] of loadOf(p, after)) expect(n).toBeLessThanOrEqual(max[id]!);
      }
    }
  });
});

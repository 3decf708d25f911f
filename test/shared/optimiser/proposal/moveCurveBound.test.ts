import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../shared/model';
import { optimiseProjectPlacement, placementBound, syntheticProject } from '../../../../shared/optimiser';
import { moveCurve, withGlobalBound } from '../../../../shared/optimiser/proposal/moveCurve';

/** A draft that gives nearly every goal to one holder: far outside the equal share, with few links split. */
function lopsided(seed: number): Project {
  const p = syntheticProject({ goals: 24, portfolios: 3, seed, assign: 'theme' });
  const d = p.divisions[0]!;
  const assignments: Record<string, string> = {};
  p.goals.forEach((g, i) => (assignments[g.id] = d.portfolioIds[i < 22 ? 0 : i - 21]!));
  return { ...p, divisions: [{ ...d, assignments }] };
}

describe('withGlobalBound', () => {
  it('does not lift a point above its own cut when the draft breaks the balance the bound assumes', async () => {
    const p = lopsided(3);
    const id = p.divisions[0]!.id;
    const balance = { by: 'goals' as const, tolerance: 0.1 };
    const res = optimiseProjectPlacement(p, id, { balance, seed: 1 });
    if (!res.ok) throw new Error(JSON.stringify(res.problems));
    const curve = moveCurve(p, id, { balance, seed: 1 }, res);
    if ('problems' in curve) throw new Error(JSON.stringify(curve.problems));
    const bound = await placementBound(p, id, 'goal', balance, { upperBound: res.cut });
    expect(bound?.bound ?? 0).toBeGreaterThan(curve.before.cut);
    for (const pt of withGlobalBound(curve, bound!.bound).points)
      expect(pt.lowerBound ?? 0).toBeLessThanOrEqual(pt.cut + 1e-9);
  });
});

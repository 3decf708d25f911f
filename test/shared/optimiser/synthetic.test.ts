import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { syntheticProject } from '../../../shared/optimiser/synthetic';
import { ProjectSchema } from '../../../shared/model/project';
import { checkProject } from '../../../shared/model/invariants';
import { DEFAULT_DOMAINS } from '../../../shared/model/domain';

describe('syntheticProject', () => {
  it('gives a valid project with the asked sizes, the same for the same seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 150 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer(),
        fc.integer({ min: 0, max: 5 }),
        (n, k, seed, locked) => {
          const p = syntheticProject({ goals: n, portfolios: k, seed, locked });
          expect(ProjectSchema.safeParse(p).success).toBe(true);
          expect(checkProject(p)).toEqual([]);
          expect(p.goals).toHaveLength(n);
          expect(p.portfolios).toHaveLength(k);
          expect(p.divisions[0]!.locked).toHaveLength(Math.min(n, locked));
          expect(p.domains.map((d) => d.id)).toEqual(DEFAULT_DOMAINS.map((d) => d.id));
          expect(syntheticProject({ goals: n, portfolios: k, seed, locked })).toEqual(p);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('has about 8 links per goal, strengths 1–3, links across domains and every goal budgeted', () => {
    const p = syntheticProject({ goals: 1000, portfolios: 5, seed: 1 });
    expect(p.links.length).toBeGreaterThan(7_500);
    expect(p.links.length).toBeLessThanOrEqual(8_000);
    expect(new Set(p.links.map((l) => l.strength))).toEqual(new Set([1, 2, 3]));
    const domainOf = new Map(p.goals.map((g) => [g.id, g.domainId]));
    const across = p.links.filter((l) => domainOf.get(l.source) !== domainOf.get(l.target)).length;
    expect(across / p.links.length).toBeGreaterThan(0.3);
    expect(p.goals.every((g) => g.budget !== undefined && g.budget >= 0)).toBe(true);
  });
});

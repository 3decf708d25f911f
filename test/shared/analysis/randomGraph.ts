import fc from 'fast-check';
import { buildCompactGraph, type CompactGraph } from '../../../shared/analysis/compactGraph';
import { LINK_KINDS } from '../../../shared/model/link';
import { CLASSIC_DOMAINS } from '../../../shared/model/domain';

export interface RandomCase {
  g: CompactGraph;
  k: number;
  /** Part per goal, −1 unassigned. */
  parts: Int32Array;
}

/** Small random graphs with random partitions (some goals unassigned, some parts empty). */
export const randomCase = (maxN = 30, maxK = 5): fc.Arbitrary<RandomCase> =>
  fc
    .record({ n: fc.integer({ min: 1, max: maxN }), k: fc.integer({ min: 1, max: maxK }) })
    .chain(({ n, k }) =>
      fc.record({
        n: fc.constant(n),
        k: fc.constant(k),
        domains: fc.array(fc.constantFrom(...CLASSIC_DOMAINS), { minLength: 1, maxLength: 4 }),
        goalDomain: fc.array(fc.nat(), { minLength: n, maxLength: n }),
        budgets: fc.array(fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: undefined }), {
          minLength: n,
          maxLength: n,
        }),
        links: fc.array(
          fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 100 }), fc.constantFrom(...LINK_KINDS)),
          { maxLength: 4 * n },
        ),
        parts: fc.array(fc.integer({ min: -1, max: k - 1 }), { minLength: n, maxLength: n }),
      }),
    )
    .map(({ n, k, domains, goalDomain, budgets, links, parts }) => {
      const g = buildCompactGraph({
        domains: domains.map((classic, i) => ({ id: `d${i}`, classic })),
        goals: Array.from({ length: n }, (_, i) => ({
          id: `g${i}`,
          domainId: `d${goalDomain[i]! % domains.length}`,
          budget: budgets[i],
        })),
        links: links.map(([s, t, w, kind], i) => ({
          id: `l${i}`,
          source: `g${s}`,
          target: `g${t}`,
          strength: w / 10,
          kind,
        })),
      });
      return { g, k, parts: Int32Array.from(parts) };
    });

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutOf, isFeasible, type Limits } from '../../../../shared/optimiser/search/partGraph';
import { rebisectPairs } from '../../../../shared/optimiser/search/rebisect';
import { createRng } from '../../../../shared/optimiser/search/prng';
import { feasibleStart, graphOf } from '../optimiserFixtures';

const ml = { iterPerNode: 5, tabuUpTo: 1e9, coarsest: 8, shouldStop: () => false };

/** Every pair of goals in `nodes` linked with `w`. */
function clique(nodes: number[], w: number): [number, number, number][] {
  return nodes.flatMap((u, i) => nodes.slice(i + 1).map((v): [number, number, number] => [u, v, w]));
}

const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

describe('rebisectPairs', () => {
  it('re-pairs the clusters two portfolios hold when the other pairing cuts less', () => {
    // Clusters A = 0–3, B = 4–7, C = 8–11, D = 12–15 (cliques), E = 16–23 in a third part. A is tied to C and B
    // to D (four links of 3 each), A–B and C–D by one link of 1, A–E by one link of 1 (cut either way). Holders
    // 1 and 0 hold A∪B and C∪D: 24 + 1 cut. No single move or swap of two goals lowers it (each tears a
    // clique); holding A∪C and B∪D cuts 2 + 1. Goal 0 is locked to holder 1, so A∪C must go there.
    const A = range(0, 4);
    const B = range(4, 4);
    const C = range(8, 4);
    const D = range(12, 4);
    const E = range(16, 8);
    const g = graphOf(24, [
      ...[A, B, C, D].flatMap((c) => clique(c, 3)),
      ...clique(E, 1),
      ...A.map((a, i): [number, number, number] => [a, C[i]!, 3]),
      ...B.map((b, i): [number, number, number] => [b, D[i]!, 3]),
      [A[0]!, B[0]!, 1],
      [C[0]!, D[0]!, 1],
      [A[1]!, E[0]!, 1],
    ]);
    const fixed = new Int32Array(24).fill(-1);
    fixed[0] = 1;
    const lim: Limits = { k: 3, lo: new Float64Array(3).fill(8), hi: new Float64Array(3).fill(8), fixed, eps: 1e-9 };
    const part = new Int32Array(24);
    for (const v of [...A, ...B]) part[v] = 1;
    for (const v of E) part[v] = 2;
    expect(cutOf(g, part)).toBe(25);

    rebisectPairs(g, lim, part, createRng(5), { tries: 2, ml });
    expect(cutOf(g, part)).toBe(3);
    expect([...A, ...C].map((v) => part[v])).toEqual(new Array(8).fill(1));
    expect([...B, ...D].map((v) => part[v])).toEqual(new Array(8).fill(0));
    expect(E.map((v) => part[v])).toEqual(new Array(8).fill(2));
  });

  it('never raises the cut, keeps balance and locks, and gives the same division for the same seed', () => {
    fc.assert(
      fc.property(
        fc.record({
          n: fc.integer({ min: 6, max: 60 }),
          k: fc.integer({ min: 2, max: 6 }),
          seed: fc.integer({ min: 1, max: 100_000 }),
          locked: fc.integer({ min: 0, max: 6 }),
          budget: fc.boolean(),
          tries: fc.integer({ min: 1, max: 3 }),
        }),
        (c) => {
          const start = feasibleStart(c, 0.3);
          if (!start) return;
          const { g, limits, part } = start;
          const before = cutOf(g, part);
          const a = part.slice();
          const b = part.slice();
          const itA = rebisectPairs(g, limits, a, createRng(c.seed), { tries: c.tries, ml });
          const itB = rebisectPairs(g, limits, b, createRng(c.seed), { tries: c.tries, ml });
          expect(cutOf(g, a)).toBeLessThanOrEqual(before + 1e-9);
          expect(isFeasible(g, limits, a)).toBe(true);
          for (let v = 0; v < c.n; v++) if (limits.fixed[v]! >= 0) expect(a[v]).toBe(limits.fixed[v]);
          expect([...a]).toEqual([...b]);
          expect(itA).toBe(itB);
        },
      ),
      { numRuns: 150, seed: 8 },
    );
  });
});

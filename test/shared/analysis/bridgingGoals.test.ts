import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bridgingGoals, weightedBetweenness } from '../../../shared/analysis/bridgingGoals';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { fixtureProject } from './analysisFixture';
import { randomCase } from './randomGraph';
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

describe('weightedBetweenness', () => {
  it('a path: only the middle goal bridges', () => {
    const g = buildCompactGraph(
      fixtureProject({
        goals: [
          ['a', 'fysiek'],
          ['b', 'fysiek'],
          ['c', 'fysiek'],
        ],
        links: [
          ['1', 'a', 'b', 1],
          ['2', 'b', 'c', 5],
        ],
      }),
    );
    expect([...weightedBetweenness(g)]).toEqual([0, 1, 0]);
  });

  it('weights are strengths: the strong side of a square carries a–c, b–d ties split evenly', () => {
    // a–b–c strong (distance ½ each), a–d–c weak (distance 1 each). Pair (a,c) runs through b only;
    // pair (b,d): b–a–d and b–c–d both 1.5, so a and c each get ½. Normalised by 3 pairs.
    const g = buildCompactGraph(
      fixtureProject({
        goals: [
          ['a', 'fysiek'],
          ['b', 'fysiek'],
          ['c', 'fysiek'],
          ['d', 'fysiek'],
        ],
        links: [
          ['1', 'a', 'b', 2],
          ['2', 'b', 'c', 2],
          ['3', 'c', 'd', 1],
          ['4', 'd', 'a', 1],
        ],
      }),
    );
    const bc = weightedBetweenness(g);
    expect(bc[0]).toBeCloseTo(1 / 6, 12);
    expect(bc[1]).toBeCloseTo(1 / 3, 12);
    expect(bc[2]).toBeCloseTo(1 / 6, 12);
    expect(bc[3]).toBeCloseTo(0, 12);
  });

  it('one bridge between two triangles: its two ends rank highest, held by their portfolios', () => {
    const p = fixtureProject({
      goals: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, 'fysiek'] as [string, string]),
      links: [
        ['1', 'a', 'b', 1],
        ['2', 'b', 'c', 1],
        ['3', 'a', 'c', 1],
        ['4', 'd', 'e', 1],
        ['5', 'e', 'f', 1],
        ['6', 'd', 'f', 1],
        ['bridge', 'c', 'd', 1],
      ],
    });
    const g = buildCompactGraph(p);
    const top = bridgingGoals(g, Int32Array.from([0, 0, 0, 1, 1, -1]), { top: 2 });
    // c lies on every path from {a,b} to {d,e,f}: 6 pairs of 10.
    expect(top.map((t) => [t.goalId, t.part])).toEqual([
      ['c', 0],
      ['d', 1],
    ]);
    expect(top[0]!.score).toBeCloseTo(0.6, 12);
    expect(top[0]!.participation).toBeCloseTo(1 - (2 / 3) ** 2 - (1 / 3) ** 2, 12);
    expect(top[1]!.participation).toBeCloseTo(0.5, 12);
  });

  it('sampling is deterministic and exact sampling of all sources equals the exact measure', () => {
    fc.assert(
      fc.property(randomCase(25), ({ g }) => {
        const exact = weightedBetweenness(g);
        const all = weightedBetweenness(g, { exactLimit: 0, samples: g.n });
        for (let v = 0; v < g.n; v++) expect(all[v]).toBeCloseTo(exact[v]!, 9);
        const s1 = weightedBetweenness(g, { exactLimit: 0, samples: 5, seed: 7 });
        const s2 = weightedBetweenness(g, { exactLimit: 0, samples: 5, seed: 7 });
        expect([...s1]).toEqual([...s2]);
        for (const x of exact) expect(x).toBeGreaterThanOrEqual(0);
        for (const x of exact) expect(x).toBeLessThanOrEqual(1 + 1e-9);
      }),
    );
  });

  it('agrees with graphology-metrics (an independent Brandes) on random simple graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 18 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            // Strengths 1, 2, 4 give distances 1, ½, ¼: exact in binary, so tied paths tie in both implementations.
            links: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(1, 2, 4)), {
              selector: ([s, t]) => (s < t ? `${s}-${t}` : `${t}-${s}`),
              maxLength: 3 * n,
            }),
          }),
        ),
        ({ n, links }) => {
          const simple = links.filter(([s, t]) => s !== t);
          const ids = Array.from({ length: n }, (_, i) => `g${i}`);
          const g = buildCompactGraph({
            domains: [{ id: 'd', classic: 'fysiek' }],
            goals: ids.map((id) => ({ id, domainId: 'd' })),
            links: simple.map(([s, t, w], i) => ({
              id: `l${i}`,
              source: ids[s]!,
              target: ids[t]!,
              strength: w,
              kind: 'reinforces',
            })),
          });
          const ref = new Graph({ type: 'undirected' });
          ids.forEach((id) => ref.addNode(id));
          simple.forEach(([s, t, w]) => ref.addEdge(ids[s]!, ids[t]!, { distance: 1 / w }));
          const want = betweennessCentrality(ref, { getEdgeWeight: 'distance', normalized: true });
          const got = weightedBetweenness(g);
          ids.forEach((id, v) => expect(got[v]).toBeCloseTo(want[id]!, 9));
        },
      ),
    );
  });
});

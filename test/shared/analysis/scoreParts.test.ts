import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreParts, linkStatus, LINK_KEPT, LINK_SPLIT, LINK_UNASSIGNED } from '../../../shared/analysis/scoreParts';
import { classicBaselineParts, CLASSIC_K } from '../../../shared/analysis/classicBaselineParts';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { randomCase } from './randomGraph';
import { fixtureProject } from './analysisFixture';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('scoreParts', () => {
  it('cut + kept + unassigned-touching = total, per-link status and cells agree', () => {
    fc.assert(
      fc.property(randomCase(), ({ g, k, parts }) => {
        const s = scoreParts(g, parts, k);
        const status = linkStatus(s);
        expect(close(s.cut + s.kept + s.unassigned, s.total)).toBe(true);
        expect(s.cutCount + s.keptCount + s.unassignedCount).toBe(s.totalCount);
        let cut = 0;
        for (let e = 0; e < g.m; e++) {
          const a = parts[g.src[e]!]!;
          const b = parts[g.dst[e]!]!;
          const want = a < 0 || b < 0 ? LINK_UNASSIGNED : a === b ? LINK_KEPT : LINK_SPLIT;
          expect(status[e]).toBe(want);
          const K = k + 1;
          const cell = s.cell[e]! % (K * K);
          expect([Math.floor(cell / K), cell % K]).toEqual([a < 0 || a >= k ? k : a, b < 0 || b >= k ? k : b]);
          if (want === LINK_SPLIT) cut += g.weight[e]!;
        }
        expect(close(cut, s.cut)).toBe(true);
        // Every split link touches two parts; every part's split weight is its matrix row.
        let ext = 0;
        for (let p = 0; p < k; p++) {
          ext += s.external[p]!;
          let row = 0;
          for (let q = 0; q < k; q++) row += s.matrix[p * k + q]!;
          expect(close(row, s.external[p]!)).toBe(true);
        }
        expect(close(ext, 2 * s.cut)).toBe(true);
        expect(s.crossDomainCut).toBeLessThanOrEqual(s.crossDomainTotal + 1e-9);
        expect(s.owSocialPhysicalCut).toBeLessThanOrEqual(s.owCut + 1e-9);
      }),
    );
  });

  it('modularity stays within [−1/2, 1]', () => {
    fc.assert(
      fc.property(randomCase(), ({ g, k, parts }) => {
        const q = scoreParts(g, parts, k).modularity;
        expect(q).toBeGreaterThanOrEqual(-0.5 - 1e-12);
        expect(q).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('modularity of one part holding everything is 0, and unassigned goals count as singletons', () => {
    const p = fixtureProject({
      goals: [
        ['a', 'fysiek'],
        ['b', 'fysiek'],
        ['c', 'fysiek'],
      ],
      links: [
        ['ab', 'a', 'b', 1],
        ['bc', 'b', 'c', 1],
      ],
    });
    const g = buildCompactGraph(p);
    expect(scoreParts(g, Int32Array.from([0, 0, 0]), 1).modularity).toBeCloseTo(0, 12);
    // {a,b} kept, c alone: 1/2 − (3/4)² − (1/4)² = −0.125
    expect(scoreParts(g, Int32Array.from([0, 0, -1]), 1).modularity).toBeCloseTo(-0.125, 12);
    expect(scoreParts(g, Int32Array.from([0, 0, 1]), 2).modularity).toBeCloseTo(-0.125, 12);
  });

  it('classic baseline follows the domains’ classic field', () => {
    const p = fixtureProject({
      domains: { wonen: 'fysiek', zorg: 'sociaal', geld: 'financieel', jeugd: 'sociaal' },
      goals: [
        ['a', 'wonen'],
        ['b', 'zorg'],
        ['c', 'geld'],
        ['d', 'jeugd'],
      ],
    });
    const g = buildCompactGraph(p);
    expect([...classicBaselineParts(g)]).toEqual([0, 1, 2, 1]);
    expect(CLASSIC_K).toBe(3);
  });
});

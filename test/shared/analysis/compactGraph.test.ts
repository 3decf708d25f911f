import { describe, expect, it } from 'vitest';
import { buildCompactGraph, divisionParts, partsOf } from '../../../shared/analysis/compactGraph';
import { fixtureProject } from './analysisFixture';

describe('compactGraph', () => {
  const p = fixtureProject({
    goals: [
      ['a', 'fysiek'],
      ['b', 'fysiek'],
      ['c', 'sociaal'],
      ['d', 'sociaal'],
    ],
    // A dangling link and a self-link are skipped, not fatal.
    links: [
      ['ab', 'a', 'b', 2],
      ['cd', 'c', 'd', 3],
      ['bx', 'b', 'x', 1],
      ['aa', 'a', 'a', 1],
    ],
    portfolios: ['P1', 'P2'],
    divisions: { D: { parts: { P1: ['a', 'b'], P2: ['c'] } } },
  });

  it('keeps valid links only, with both directions in the adjacency', () => {
    const g = buildCompactGraph(p);
    expect(g.linkIds).toEqual(['ab', 'cd']);
    expect([...g.adjStart]).toEqual([0, 1, 2, 3, 4]);
    expect(g.totalWeight).toBe(5);
  });

  it('parts: portfolio index per goal, -1 when unassigned', () => {
    const g = buildCompactGraph(p);
    expect([...partsOf(g, p.divisions[0]!)]).toEqual([0, 0, 1, -1]);
  });

  it('divisionParts is shared for the same graph and assignments, recomputed when either or the holders change', () => {
    const g = buildCompactGraph(p);
    const d = p.divisions[0]!;
    const first = divisionParts(g, d);
    expect([...first]).toEqual([0, 0, 1, -1]);
    expect(divisionParts(g, d)).toBe(first);
    // Same assignments, holders in another order: other indices.
    expect([...divisionParts(g, { ...d, portfolioIds: [...d.portfolioIds].reverse() })]).toEqual([1, 1, 0, -1]);
    // A changed division is a new assignments object (the state is immutable).
    expect([...divisionParts(g, { ...d, assignments: { ...d.assignments, d: d.portfolioIds[0]! } })]).toEqual([
      0, 0, 1, 0,
    ]);
    expect(divisionParts(buildCompactGraph(p), d)).not.toBe(first);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDivisions } from '../../../shared/analysis/compareDivisions';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { fixtureProject } from './analysisFixture';

const project = () =>
  fixtureProject({
    goals: [
      ['a', 'fysiek', 10],
      ['b', 'fysiek', 20],
      ['c', 'sociaal', 5],
      ['u', 'sociaal'],
    ],
    links: [
      ['ab', 'a', 'b', 2],
      ['bc', 'b', 'c', 1],
      ['cu', 'c', 'u', 1],
    ],
    portfolios: ['P1', 'P2', 'P3'],
    divisions: {
      A: { parts: { P1: ['a', 'b'], P2: ['c'] } },
      B: { parts: { P1: ['a'], P2: ['b', 'c'], P3: ['u'] } },
    },
  });

describe('compareDivisions', () => {
  it('moved goals, links newly split or joined, and the change in each figure', () => {
    const r = compareDivisions(project(), 'A', 'B');
    expect(r.problems).toEqual([]);
    expect(r.moved).toEqual([
      { goalId: 'b', from: 'P1', to: 'P2' },
      { goalId: 'u', from: null, to: 'P3' },
    ]);
    expect(r.newlySplit).toEqual(['ab', 'cu']);
    expect(r.newlyJoined).toEqual(['bc']);
    expect(r.figures.cut).toEqual({ a: 1, b: 3, delta: 2 });
    expect(r.figures.unassignedCount).toEqual({ a: 1, b: 0, delta: -1 });
    expect(r.figures.cutShare).toEqual({ a: 0.25, b: 0.75, delta: 0.5 });
    expect(r.portfolios.map((p) => [p.portfolioId, p.goals.a, p.goals.b, p.budget.delta])).toEqual([
      ['P1', 2, 1, -20],
      ['P2', 1, 2, 20],
      ['P3', null, 1, null],
    ]);
    // P1–P2 existed in both; P2–P3 only in B, where P3 is not part of A at all.
    expect(r.coordination).toEqual([
      { a: 'P1', b: 'P2', count: { a: 1, b: 1, delta: 0 }, weight: { a: 1, b: 2, delta: 1 } },
      { a: 'P2', b: 'P3', count: { a: null, b: 1, delta: null }, weight: { a: null, b: 1, delta: null } },
    ]);
  });

  it('a draft compared with itself changes nothing; unknown ids are problems', () => {
    fc.assert(
      fc.property(fc.constantFrom('A', 'B'), (id) => {
        const r = compareDivisions(project(), id, id);
        expect(r.moved).toEqual([]);
        expect(r.newlySplit).toEqual([]);
        expect(r.newlyJoined).toEqual([]);
        for (const c of Object.values(r.figures)) expect(c.delta === null || c.delta === 0).toBe(true);
      }),
    );
    expect(compareDivisions(project(), 'A', 'X').problems).toEqual([{ code: 'unknownDivision', params: { id: 'X' } }]);
  });

  it('figures match the two reports', () => {
    const p = project();
    const r = compareDivisions(p, 'A', 'B');
    expect(r.figures.modularity.a).toBe(coherenceReport(p, 'A').modularity);
    expect(r.figures.modularity.b).toBe(coherenceReport(p, 'B').modularity);
  });
});

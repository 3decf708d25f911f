import { describe, expect, it } from 'vitest';
import { analyseProject, coherenceReport, findDivision } from '../../../shared/analysis/coherenceReport';
import { reportJson } from '../../../shared/analysis/reportJson';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { fixtureProject } from './analysisFixture';

describe('coherenceReport', () => {
  it('nothing split: two portfolios each holding their own link', () => {
    const p = fixtureProject({
      goals: [
        ['a', 'fysiek', 100],
        ['b', 'fysiek'],
        ['c', 'sociaal', 50],
        ['d', 'sociaal', 25],
      ],
      links: [
        ['ab', 'a', 'b', 2],
        ['cd', 'c', 'd', 3],
      ],
      portfolios: ['P1', 'P2'],
      divisions: { D: { parts: { P1: ['a', 'b'], P2: ['c', 'd'] } } },
    });
    const r = reportJson(coherenceReport(p, 'D'));
    expect(r.problems).toEqual([]);
    expect(r.cut).toEqual({ total: 5, totalCount: 2, cut: 0, cutCount: 0, share: 0, splitLinks: [] });
    expect(r.kept).toEqual({ count: 2, weight: 5, links: ['ab', 'cd'] });
    expect(r.unassigned.count).toBe(0);
    expect(r.coordination).toEqual([]);
    // Q = (2/5 − (4/10)²) + (3/5 − (6/10)²) = 0.24 + 0.24
    expect(r.modularity).toBeCloseTo(0.48, 12);
    const [p1, p2] = r.portfolios;
    expect(p1).toMatchObject({ portfolioId: 'P1', goalIds: ['a', 'b'], goals: 2, budget: 100, budgetUnknown: 1 });
    expect(p1).toMatchObject({ internal: 2, external: 0, cohesion: 1, leaning: 'fysiek' });
    expect(p1!.domains).toEqual([{ domainId: 'fysiek', goals: 2 }]);
    expect(p2).toMatchObject({ goals: 2, budget: 75, budgetUnknown: 0, internal: 3, cohesion: 1, leaning: 'sociaal' });
    expect(r.warnings).toEqual([]);
  });

  it('everything split: one link between two portfolios, both goals flagged', () => {
    const p = fixtureProject({
      goals: [
        ['a', 'fysiek'],
        ['b', 'sociaal'],
      ],
      links: [['ab', 'a', 'b', 2]],
      portfolios: ['P1', 'P2'],
      divisions: { D: { parts: { P1: ['a'], P2: ['b'] } } },
    });
    const r = reportJson(coherenceReport(p, 'D'));
    expect(r.cut).toMatchObject({ cut: 2, cutCount: 1, share: 1, splitLinks: ['ab'] });
    expect(r.crossDomain).toMatchObject({ total: 2, cut: 2, share: 1, splitLinks: ['ab'] });
    expect(r.modularity).toBeCloseTo(-0.5, 12);
    expect(r.coordination).toEqual([{ a: 'P1', b: 'P2', count: 1, weight: 2, links: ['ab'] }]);
    expect(r.portfolios.map((x) => [x.internal, x.external, x.cohesion])).toEqual([
      [0, 2, 0],
      [0, 2, 0],
    ]);
    expect(r.warnings).toEqual([{ code: 'allLinksLeave', goalIds: ['a', 'b'], portfolioIds: ['P1', 'P2'] }]);
  });

  it('cross-domain, Omgevingswet and social–physical Omgevingswet cuts, with the classic baseline', () => {
    const p = fixtureProject({
      domains: { S: 'sociaal', F: 'fysiek', G: 'financieel' },
      goals: [
        ['s1', 'S'],
        ['s2', 'S'],
        ['f1', 'F'],
        ['f2', 'F'],
        ['g1', 'G'],
      ],
      links: [
        ['x1', 's1', 'f1', 2, 'omgevingswet'],
        ['x2', 's2', 'f2', 1],
        ['x3', 's1', 's2', 1, 'omgevingswet'],
        ['x4', 'g1', 'f2', 1.5],
      ],
      portfolios: ['P1', 'P2'],
      divisions: { D: { parts: { P1: ['s1', 's2'], P2: ['f1', 'f2', 'g1'] } } },
    });
    const r = reportJson(coherenceReport(p, 'D'));
    expect(r.cut).toMatchObject({ total: 5.5, cut: 3, cutCount: 2, splitLinks: ['x1', 'x2'] });
    expect(r.cut.share).toBeCloseTo(3 / 5.5, 12);
    expect(r.crossDomain).toMatchObject({ total: 4.5, totalCount: 3, cut: 3, cutCount: 2 });
    expect(r.omgevingswet).toMatchObject({ total: 3, totalCount: 2, cut: 2, cutCount: 1, splitLinks: ['x1'] });
    expect(r.omgevingswet.share).toBeCloseTo(2 / 3, 12);
    expect(r.owSocialPhysical).toEqual({ count: 1, weight: 2, links: ['x1'] });
    expect(r.portfolios[1]!.leaning).toBe('fysiek');
    expect(r.portfolios[1]!.domains).toEqual([
      { domainId: 'F', goals: 2 },
      { domainId: 'G', goals: 1 },
    ]);
    // Classic split: s* → sociaal, f* → fysiek, g1 → financieel; x4 now splits fysiek–financieel too.
    expect(r.baseline.portfolios.map((x) => x.portfolioId)).toEqual(['fysiek', 'sociaal', 'financieel']);
    expect(r.baseline.cut).toMatchObject({ cut: 4.5, cutCount: 3, splitLinks: ['x1', 'x2', 'x4'] });
    expect(r.baseline.owSocialPhysical.links).toEqual(['x1']);
    expect(r.baseline.coordination.map((c) => [c.a, c.b, c.weight])).toEqual([
      ['fysiek', 'sociaal', 3],
      ['fysiek', 'financieel', 1.5],
    ]);
  });

  it('a portfolio without a majority leans nowhere, so its Omgevingswet cut is not social–physical', () => {
    const p = fixtureProject({
      domains: { S: 'sociaal', F: 'fysiek' },
      goals: [
        ['s1', 'S'],
        ['f1', 'F'],
        ['f2', 'F'],
      ],
      links: [['x', 's1', 'f2', 1, 'omgevingswet']],
      portfolios: ['P1', 'P2'],
      divisions: { D: { parts: { P1: ['s1', 'f1'], P2: ['f2'] } } },
    });
    const r = reportJson(coherenceReport(p, 'D'));
    expect(r.portfolios[0]!.leaning).toBeNull();
    expect(r.omgevingswet.cut).toBe(1);
    expect(r.owSocialPhysical.count).toBe(0);
  });

  it('links touching an unassigned goal are neither kept nor split; warnings name the ids', () => {
    const p = fixtureProject({
      goals: [
        ['a', 'fysiek'],
        ['b', 'fysiek'],
        ['u', 'sociaal'],
      ],
      links: [
        ['ab', 'a', 'b', 1],
        ['au', 'a', 'u', 2],
      ],
      portfolios: ['P1', 'P2'],
      divisions: { D: { parts: { P1: ['a', 'b'], P2: [] } } },
    });
    const r = reportJson(coherenceReport(p, 'D'));
    expect(r.unassigned).toEqual({ count: 1, weight: 2, links: ['au'] });
    expect(r.kept.weight + r.cut.cut + r.unassigned.weight).toBe(r.cut.total);
    expect(r.portfolios[0]!.external).toBe(0);
    expect(r.warnings).toEqual([
      { code: 'unassignedGoals', goalIds: ['u'], portfolioIds: [] },
      { code: 'emptyPortfolios', goalIds: [], portfolioIds: ['P2'] },
    ]);
  });

  it('bridging goals only when asked, with the holding portfolio', () => {
    const p = fixtureProject({
      goals: [
        ['a', 'fysiek'],
        ['b', 'fysiek'],
        ['c', 'sociaal'],
      ],
      links: [
        ['ab', 'a', 'b', 1],
        ['bc', 'b', 'c', 1],
      ],
      portfolios: ['P1', 'P2'],
      divisions: { D: { parts: { P1: ['a', 'b'], P2: ['c'] } } },
    });
    expect(coherenceReport(p, 'D').bridging).toBeNull();
    const r = reportJson(coherenceReport(p, 'D', undefined, { bridging: true }));
    expect(r.bridging).toEqual([{ goalId: 'b', portfolioId: 'P1', score: 1, participation: 0.5 }]);
    // Betweenness does not depend on the draft: a second report reuses it and only the holding portfolio changes.
    const moved = { ...p, divisions: [{ ...p.divisions[0]!, assignments: { a: 'P1', b: 'P2', c: 'P2' } }] };
    expect(coherenceReport(moved, 'D', undefined, { bridging: true }).bridging).toEqual([
      { goalId: 'b', portfolioId: 'P2', score: 1, participation: 0.5 },
    ]);
    // Plain data: survives a JSON round trip unchanged (no typed arrays, no undefined, no Maps).
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('an unknown division is a problem value with empty figures; a prebuilt graph gives the same report', () => {
    const p = fixtureProject({
      goals: [
        ['a', 'fysiek'],
        ['b', 'fysiek'],
      ],
      links: [['ab', 'a', 'b', 1]],
      portfolios: ['P1'],
      divisions: { D: { parts: { P1: ['a', 'b'] }, name: 'Concept 1' } },
    });
    const bad = coherenceReport(p, 'nope');
    expect(bad.problems).toEqual([{ code: 'unknownDivision', params: { id: 'nope' } }]);
    expect(bad.portfolios).toEqual([]);
    expect(bad.unassigned.count).toBe(1);
    expect(coherenceReport(p, 'D', buildCompactGraph(p))).toEqual(coherenceReport(p, 'D'));
  });

  it('analyseProject finds a division by id, by name, or takes the first', () => {
    const p = fixtureProject({
      goals: [['a', 'fysiek']],
      portfolios: ['P1'],
      divisions: { D1: { parts: { P1: ['a'] }, name: 'Eerste' }, D2: { parts: { P1: [] }, name: 'Tweede' } },
    });
    expect(findDivision(p)?.id).toBe('D1');
    expect(analyseProject(p, 'Tweede').value?.divisionId).toBe('D2');
    expect(analyseProject(p, 'D1').value?.divisionName).toBe('Eerste');
    expect(analyseProject(p, 'Derde')).toEqual({
      problems: [{ code: 'unknownDivision', params: { id: 'Derde' }, path: ['divisions'] }],
    });
    expect(analyseProject({ ...p, divisions: [] }).problems[0]?.code).toBe('noDivision');
  });
});

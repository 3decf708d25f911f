import { describe, expect, it } from 'vitest';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { reportJson } from '../../../shared/analysis/reportJson';
import { fixtureProject } from './analysisFixture';

describe('reportJson', () => {
  const p = fixtureProject({
    domains: { S: 'sociaal', F: 'fysiek' },
    goals: [
      ['s1', 'S'],
      ['s2', 'S'],
      ['f1', 'F'],
      ['f2', 'F'],
    ],
    // x1 crosses domains and is an Omgevingswet link, x2 only crosses: inside the pair the figures list x2 first.
    links: [
      ['x1', 's1', 'f1', 2, 'omgevingswet'],
      ['x2', 's2', 'f2', 1],
      ['x3', 's1', 's2', 1],
    ],
    portfolios: ['P1', 'P2'],
    divisions: { D: { parts: { P1: ['s1', 's2'], P2: ['f1', 'f2'] } } },
  });

  it('writes every link list as ids in project order, without the id table or typed arrays', () => {
    const r = coherenceReport(p, 'D');
    expect([...r.cut.splitLinks].map((i) => r.linkIds[i])).toEqual(['x2', 'x1']);
    const j = reportJson(r);
    expect(j.cut.splitLinks).toEqual(['x1', 'x2']);
    expect(j.crossDomain.splitLinks).toEqual(['x1', 'x2']);
    expect(j.omgevingswet.splitLinks).toEqual(['x1']);
    expect(j.kept.links).toEqual(['x3']);
    expect(j.portfolios.map((x) => x.keptLinks)).toEqual([['x3'], []]);
    expect(j.coordination).toEqual([{ a: 'P1', b: 'P2', count: 2, weight: 3, links: ['x1', 'x2'] }]);
    expect(j.baseline.cut.splitLinks).toEqual(['x1', 'x2']);
    expect('linkIds' in j).toBe(false);
    const text = JSON.stringify(j);
    expect(JSON.parse(text)).toEqual(j);
    expect(text).not.toContain('"0":');
  });
});

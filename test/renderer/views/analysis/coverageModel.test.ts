import { describe, expect, it } from 'vitest';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import {
  arrangementRows,
  coverageHeadline,
  deliberateChoice,
  deliberateRows,
  linkCover,
  linkCoverage,
  linkIndexOf,
  pairCoverage,
} from '../../../../renderer/views/analysis/coverageModel';
import { agendaRows } from '../../../../renderer/views/analysis/levelReportModel';
import { coverageDraft, deliberate } from '../../../shared/coalition/coverageFixture';

/**
 * The hand-worked draft of coverageFixture: split w1–z1 3, w2–z1 1 (P1–P2), z1–z2 2 (P2–P3), w2–x 1, w1–x 2
 * (P1–P3); A1 (P1 + P2, subject Z) covers w1–z1 and w2–z1, A2 (P3 + P1, goal w2) covers w2–x.
 */
function reportOf(p = coverageDraft()) {
  const g = buildCompactGraph(p);
  const report = coherenceReport(p, 'D', g);
  const e = (id: string) => linkIndexOf(g).get(id)!;
  return { p, g, report, e, division: p.divisions[0]! };
}

describe('coverage in the report, as the views read it', () => {
  it('the headline: split weight 9 = uncovered 4 (44 %) + covered 5 + deliberate 0', () => {
    const { report } = reportOf();
    expect(coverageHeadline(report.coverage)).toEqual({
      weight: 9,
      count: 5,
      uncovered: 4,
      uncoveredShare: 4 / 9,
      covered: 5,
      deliberate: 0,
    });
    expect(report.cut.cut).toBe(9);
  });

  it('a split link names the arrangements that cover it; kept links are not split', () => {
    const { report, e } = reportOf();
    expect(linkCoverage(report.coverage, e('w1_z1'))).toEqual({
      cover: 'covered',
      arrangementIds: ['A1'],
      splitIds: [],
    });
    expect(linkCoverage(report.coverage, e('w2_x')).arrangementIds).toEqual(['A2']);
    expect(linkCover(report.coverage.status, e('z1_z2'))).toBe('uncovered');
    expect(linkCover(report.coverage.status, e('w1_w2'))).toBe('notSplit');
    expect(linkCover(null, e('w1_z1'))).toBe('notSplit');
  });

  it('each agenda pair says covered, partly covered (n of m) or uncovered, naming the covering arrangements', () => {
    const { report } = reportOf();
    const rows = agendaRows(report, null);
    const by = (a: string, b: string) => rows.find((r) => [r.a, r.b].sort().join() === [a, b].sort().join())!;
    expect(by('P1', 'P2').cover).toEqual({
      state: 'covered',
      covered: 2,
      of: 2,
      deliberate: 0,
      arrangementIds: ['A1'],
    });
    expect(by('P1', 'P3').cover).toEqual({ state: 'partly', covered: 1, of: 2, deliberate: 0, arrangementIds: ['A2'] });
    expect(by('P2', 'P3').cover).toEqual({ state: 'uncovered', covered: 0, of: 1, deliberate: 0, arrangementIds: [] });
    expect(by('P1', 'P3').agreedLinks.length).toBe(2);
    expect(by('P1', 'P3').deliberateLinks.length).toBe(0);
  });

  it('a deliberate split leaves the pair’s agreed links and is counted apart; only deliberate links: "deliberate"', () => {
    const p = coverageDraft({ deliberate: [deliberate('S1', 'Z', 'W', 'Armoede apart')] });
    const { report, g, division } = reportOf(p);
    const pair = agendaRows(report, null).find((r) => [r.a, r.b].sort().join() === 'P1,P2')!;
    expect(pair.cover.state).toBe('deliberate');
    expect(pair.cover.deliberate).toBe(2);
    expect(pair.agreedLinks.length).toBe(0);
    expect([...pair.deliberateLinks].map((e) => g.linkIds[e]).sort()).toEqual(['w1_z1', 'w2_z1']);
    expect(coverageHeadline(report.coverage)).toMatchObject({ uncovered: 4, covered: 1, deliberate: 4 });
    const rows = deliberateRows(division, report.coverage);
    expect(rows.map((r) => [r.splitId, r.a, r.b, r.reason, r.count, r.weight, r.apart])).toEqual([
      ['S1', 'Z', 'W', 'Armoede apart', 2, 4, true],
    ]);
    // The problems list (uncovered) holds none of them.
    const uncovered = [...report.coverage.uncovered.links].map((e) => g.linkIds[e]);
    expect(uncovered).not.toContain('w1_z1');
  });

  it('a pair both covered and deliberate stays partly/covered for what is not deliberate', () => {
    expect(
      pairCoverage({
        covered: { count: 1, weight: 2, links: new Int32Array([4]) },
        uncovered: { count: 0, weight: 0, links: new Int32Array(0) },
        deliberate: { count: 2, weight: 3, links: new Int32Array([1, 2]) },
        arrangementIds: ['A'],
      }),
    ).toEqual({ state: 'covered', covered: 1, of: 1, deliberate: 2, arrangementIds: ['A'] });
    const none = { count: 0, weight: 0, links: new Int32Array(0) };
    expect(pairCoverage({ covered: none, uncovered: none, deliberate: none, arrangementIds: [] }).state).toBe('none');
  });

  it('arrangement rows list each arrangement with the lead first and what it covers', () => {
    const { report, division } = reportOf();
    expect(
      arrangementRows(division, report.coverage).map((r) => [r.arrangementId, r.name, r.holderIds, r.count, r.weight]),
    ).toEqual([
      ['A1', 'Regeling A1', ['P1', 'P2'], 2, 4],
      ['A2', 'Regeling A2', ['P3', 'P1'], 1, 1],
    ]);
  });

  it('a split that no longer splits (both ends with one holder) says so', () => {
    const p = coverageDraft({ deliberate: [deliberate('S1', 'w1', 'x')], assignments: { x: 'P1' } });
    const { report, division } = reportOf(p);
    expect(deliberateRows(division, report.coverage)[0]).toMatchObject({ count: 0, apart: false });
  });
});

describe('deliberateChoice', () => {
  const p = coverageDraft();
  it('offers the two goals, and their subjects when both have one and they differ', () => {
    expect(deliberateChoice(p, 'w1', 'z1')).toEqual({ nodes: ['w1', 'z1'], subjects: ['W', 'Z'] });
  });
  it('offers no subjects for a loose goal, for two goals of one subject, or for two subject nodes', () => {
    expect(deliberateChoice(p, 'w1', 'x').subjects).toBeNull();
    expect(deliberateChoice(p, 'z1', 'z2').subjects).toBeNull();
    expect(deliberateChoice(p, 'W', 'Z')).toEqual({ nodes: ['W', 'Z'], subjects: null });
  });
  it('offers the subject pair for a subject node and a goal under another subject', () => {
    expect(deliberateChoice(p, 'W', 'z1')).toEqual({ nodes: ['W', 'z1'], subjects: ['W', 'Z'] });
  });
});

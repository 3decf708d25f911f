import { describe, expect, it } from 'vitest';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { reportJson } from '../../../shared/analysis/reportJson';
import type { AgendaPair } from '../../../shared/analysis/coordinationAgenda';
import { subjectDraft } from './subjectDraftFixture';
import { arrangement, coverageDraft, deliberate } from '../coalition/coverageFixture';

function pairs(r: ReturnType<typeof coherenceReport>) {
  const ids = (l: Int32Array) => [...l].map((e) => r.linkIds[e]!).sort();
  const g = (x: AgendaPair['covered']) => [x.count, x.weight, ids(x.links)];
  return r.agenda.map((a) => ({
    pair: `${a.a}-${a.b}`,
    weight: a.weight,
    covered: g(a.covered),
    uncovered: g(a.uncovered),
    deliberate: g(a.deliberate),
    arrangementIds: a.arrangementIds,
  }));
}

describe('coordinationAgenda: coverage per pair', () => {
  it('says per pair of holders what is covered, uncovered and deliberate, and which arrangements cover it', () => {
    expect(pairs(coherenceReport(coverageDraft(), 'D'))).toEqual([
      {
        pair: 'P1-P2',
        weight: 4,
        covered: [2, 4, ['w1_z1', 'w2_z1']],
        uncovered: [0, 0, []],
        deliberate: [0, 0, []],
        arrangementIds: ['A1'],
      },
      {
        pair: 'P1-P3',
        weight: 3,
        covered: [1, 1, ['w2_x']],
        uncovered: [1, 2, ['w1_x']],
        deliberate: [0, 0, []],
        arrangementIds: ['A2'],
      },
      // A1 names z1's subject, but P3 is not in it: the pair stays uncovered.
      {
        pair: 'P2-P3',
        weight: 2,
        covered: [0, 0, []],
        uncovered: [1, 2, ['z1_z2']],
        deliberate: [0, 0, []],
        arrangementIds: [],
      },
    ]);
  });

  it('moves a deliberately split subject pair out of covered, and A1 off the pair', () => {
    const [first] = pairs(coherenceReport(coverageDraft({ deliberate: [deliberate('S1', 'W', 'Z')] }), 'D'));
    expect(first).toMatchObject({ pair: 'P1-P2', covered: [0, 0, []], deliberate: [2, 4, ['w1_z1', 'w2_z1']] });
    expect(first!.arrangementIds).toEqual([]);
  });

  it('lists every arrangement covering a pair, in draft order, and leaves shared-only pairs empty', () => {
    const p = coverageDraft();
    p.divisions[0]!.arrangements.unshift(arrangement('A0', 'P2', ['P1'], { goalIds: ['w2'] }));
    const r = coherenceReport(p, 'D');
    expect(r.agenda[0]!.arrangementIds).toEqual(['A0', 'A1']);
    // subjectDraft shares Z between P2 and P3; without z1–H the pair P2–P3 is on the agenda by sharing only.
    const sd = subjectDraft();
    const s = coherenceReport({ ...sd, links: sd.links.filter((l) => l.id !== 'z1_H') }, 'D');
    const shared = s.agenda.find((a) => a.splitLinks.length === 0)!;
    expect(shared.sharedSubjectIds).toEqual(['Z']);
    expect([shared.covered.count, shared.uncovered.count, shared.deliberate.count]).toEqual([0, 0, 0]);
    expect(shared.arrangementIds).toEqual([]);
    // Each pair's groups add up to its split links.
    for (const a of s.agenda)
      expect(a.covered.count + a.uncovered.count + a.deliberate.count).toBe(a.splitLinks.length);
  });

  it('writes the coverage and the pairs\u2019 groups to JSON as ids', () => {
    const j = reportJson(
      coherenceReport(coverageDraft({ deliberate: [deliberate('S1', 'x', 'w1', 'Armoede apart')] }), 'D'),
    );
    expect(j.coverage).toEqual({
      covered: { count: 3, weight: 5, links: ['w1_z1', 'w2_z1', 'w2_x'] },
      uncovered: { count: 1, weight: 2, links: ['z1_z2'] },
      deliberate: { count: 1, weight: 2, links: ['w1_x'] },
      uncoveredShare: 2 / 9,
      arrangements: [
        { arrangementId: 'A1', count: 2, weight: 4, links: ['w1_z1', 'w2_z1'] },
        { arrangementId: 'A2', count: 1, weight: 1, links: ['w2_x'] },
      ],
      deliberateSplits: [{ splitId: 'S1', count: 1, weight: 2, links: ['w1_x'], apart: true }],
    });
    expect(j.agenda[1]).toMatchObject({
      a: 'P1',
      b: 'P3',
      covered: { count: 1, weight: 1, links: ['w2_x'] },
      deliberate: { count: 1, weight: 2, links: ['w1_x'] },
      arrangementIds: ['A2'],
    });
    const text = JSON.stringify(j);
    expect(JSON.parse(text)).toEqual(j);
    expect(text).not.toContain('"0":');
  });
});

describe('coherenceReport: deliberate splits are no problem', () => {
  it('leaves out of allLinksLeave a goal whose split links are all deliberate', () => {
    // z1's links (w1–z1, w2–z1, z1–z2) are all split; covered ones still warn.
    const warn = (p: ReturnType<typeof coverageDraft>) =>
      coherenceReport(p, 'D').warnings.find((w) => w.code === 'allLinksLeave')?.goalIds ?? [];
    expect(warn(coverageDraft())).toEqual(['z1']);
    expect(warn(coverageDraft({ deliberate: [deliberate('S1', 'W', 'Z')] }))).toEqual(['z1']);
    expect(warn(coverageDraft({ deliberate: [deliberate('S1', 'W', 'Z'), deliberate('S2', 'Z', 'z2')] }))).toEqual([]);
  });
});

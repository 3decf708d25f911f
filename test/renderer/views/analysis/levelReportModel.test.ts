import { describe, expect, it } from 'vitest';
import { buildCompactGraph, divisionParts } from '../../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import { linkIdsOf } from '../../../../shared/analysis/divisionFigures';
import { subjectLevel } from '../../../../shared/analysis/subjectLevel';
import { agendaRows, splitTieRows } from '../../../../renderer/views/analysis/levelReportModel';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../../fixtures/subjects/subjectsExample';

const p = subjectsExample();
const g = buildCompactGraph(p);
const draft = p.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
const report = coherenceReport(p, SUBJECTS_DRAFT_ID, g);
const level = subjectLevel(g, divisionParts(g, draft), draft);
const ties = splitTieRows(g, level, draft);
const ids = (list: Int32Array) => linkIdsOf(report, list).sort();

describe('the report’s split links by subject pair', () => {
  it('adds up to the split weight (33) and count (18), heaviest pair first', () => {
    expect(ties).toHaveLength(13);
    expect(ties.reduce((s, x) => s + x.weight, 0)).toBe(report.cut.cut);
    expect(ties.reduce((s, x) => s + x.count, 0)).toBe(report.cut.cutCount);
    expect([ties[0]!.a.id, ties[0]!.b.id, ties[0]!.weight]).toEqual(['subj_volksgezondheid', 'subj_omgevingswet', 7]);
    for (const tie of ties) {
      expect(tie.a.holderId).not.toBe(tie.b.holderId);
      expect(tie.links.length).toBe(tie.count);
    }
  });

  it('marks the exception end of a tie with the subject it is an exception to', () => {
    const tie = ties.find((x) => x.b.id === 'goal_kwijtschelding' || x.a.id === 'goal_kwijtschelding')!;
    const end = tie.a.id === 'goal_kwijtschelding' ? tie.a : tie.b;
    expect(end).toMatchObject({
      kind: 'goal',
      holderId: 'pf_financien',
      apart: { subjectId: 'subj_armoede-en-schulden', reason: 'exception' },
    });
    expect([tie.count, tie.weight]).toEqual([2, 4]);
  });
});

describe('the coordination agenda rows', () => {
  const rows = agendaRows(report, ties);

  it('follow report.agenda: the shared subject Wonen puts its links on the sociaal–fysiek pair', () => {
    expect(rows.map((r) => [r.a, r.b, r.count, r.weight, r.sharedSubjectIds])).toEqual(
      report.agenda.map((a) => [a.a, a.b, a.count, a.weight, a.sharedSubjectIds]),
    );
    const first = rows[0]!;
    expect([first.a, first.b, first.sharedSubjectIds, first.sharedLinks.length]).toEqual([
      'pf_sociaal',
      'pf_fysiek',
      ['subj_wonen'],
      8,
    ]);
  });

  it('group each pair’s split links by subject pair, every split tie in exactly one pair', () => {
    for (const r of rows)
      expect(ids(Int32Array.from(r.ties!.flatMap((x) => [...x.links]))), `${r.a}-${r.b}`).toEqual(ids(r.splitLinks));
    expect(rows.reduce((s, r) => s + r.ties!.length, 0)).toBe(ties.length);
  });

  it('at goal level carry no ties, and without shared subjects equal the coordination pairs', () => {
    const plain = coherenceReport(p, 'div_samenhang', g);
    const goalRows = agendaRows(plain, null);
    expect(goalRows.every((r) => r.ties === null && r.sharedLinks.length === 0)).toBe(true);
    expect(goalRows.map((r) => [r.a, r.b, r.weight])).toEqual(
      [...plain.coordination].sort((x, y) => y.weight - x.weight).map((c) => [c.a, c.b, c.weight]),
    );
  });
});

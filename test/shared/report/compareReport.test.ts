import { describe, expect, it } from 'vitest';
import { voorbeeldProject } from '../../../shared/example/voorbeeld';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { compareDivisions } from '../../../shared/analysis/compareDivisions';
import { compareReport } from '../../../shared/report/compareReport';
import type { Table } from '../../../shared/report/document';
import { reportSettings, textsOf } from './reportKit';

const project = voorbeeldProject();
const graph = buildCompactGraph(project);
const [a, b] = project.divisions;
const nl = reportSettings('nl');

describe('compareReport', () => {
  const doc = compareReport(project, a!.id, b!.id, { ...nl, graph });
  const section = (id: string) => doc.sections.find((s) => s.id === id)!;
  const table = (id: string) => section(id).blocks.find((x): x is Table => x.kind === 'table')!;

  it('sets both drafts’ figures side by side, each the coherence report’s own, with the difference', () => {
    const ra = coherenceReport(project, a!.id, graph);
    const rb = coherenceReport(project, b!.id, graph);
    expect(doc.title).toContain(a!.name);
    expect(doc.title).toContain(b!.name);
    const figures = table('kerncijfers');
    expect(figures.columns.map((c) => c.label)).toEqual(['Cijfer', a!.name, b!.name, 'Verschil']);
    const row = (label: string) => figures.rows.find((x) => x[0] === label)!;
    const w = (x: number) => nl.fmt.number(x, 2);
    expect(row('Gesplitst gewicht')).toEqual([
      'Gesplitst gewicht',
      w(ra.cut.cut),
      w(rb.cut.cut),
      rb.cut.cut > ra.cut.cut ? `+${w(rb.cut.cut - ra.cut.cut)}` : w(rb.cut.cut - ra.cut.cut),
    ]);
    expect(row('Paren van houders die moeten afstemmen').slice(1, 3)).toEqual([
      String(ra.coordination.length),
      String(rb.coordination.length),
    ]);
  });

  it('lists the links behind the changes and what moved', () => {
    const cmp = compareDivisions(project, a!.id, b!.id, graph);
    expect(table('nieuw-gesplitst').rows).toHaveLength(cmp.newlySplit.length);
    expect(table('nieuw-samen').rows).toHaveLength(cmp.newlyJoined.length);
    const moves = section('verschuivingen').blocks.filter((x): x is Table => x.kind === 'table');
    const movedRows = moves.reduce((n, t) => n + t.rows.length, 0);
    expect(movedRows).toBe(cmp.subjectMoves.subjects.length + cmp.subjectMoves.goals.length);
    expect(section('methode').pageBreak).toBe(true);
    for (const text of textsOf(doc)) expect(text).not.toMatch(/\b(report|analysis)\.[a-z]/);
  });

  it('speaks English', () => {
    const en = compareReport(project, a!.id, b!.id, { ...reportSettings('en'), graph });
    expect(en.sections[0]!.title).toBe('Headline figures side by side');
    for (const text of textsOf(en)) expect(text).not.toMatch(/\b(report|analysis)\.[a-z]/);
  });
});

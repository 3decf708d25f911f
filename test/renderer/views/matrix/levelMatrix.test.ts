import { describe, expect, it } from 'vitest';
import { buildCompactGraph, divisionParts } from '../../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import { subjectLevel } from '../../../../shared/analysis/subjectLevel';
import { matrixModel } from '../../../../renderer/views/matrix/viewModel';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../../fixtures/subjects/subjectsExample';

const p = subjectsExample();
const g = buildCompactGraph(p);
const draft = p.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
const report = coherenceReport(p, SUBJECTS_DRAFT_ID, g);
const level = subjectLevel(g, divisionParts(g, draft), draft);
const model = matrixModel(p, g, draft, report, level);
const n = model.nodes.length;

describe('the matrix at subject level (published example draft)', () => {
  it('has the level nodes in rows, grouped by holder in the draft order, the exception marked', () => {
    expect(model.level).toBe('subject');
    expect(n).toBe(15);
    expect(model.blocks.map((b) => [b.holderId, b.end - b.start])).toEqual([
      ['pf_burgemeester', 1],
      ['pf_sociaal', 6],
      ['pf_fysiek', 5],
      ['pf_financien', 3],
    ]);
    const kwijt = model.nodes.find((x) => x.id === 'goal_kwijtschelding')!;
    expect([kwijt.kind, kwijt.holderId, kwijt.apart?.reason, kwijt.apart?.subjectName]).toEqual([
      'goal',
      'pf_financien',
      'exception',
      'Armoede en schulden',
    ]);
    const zorg = model.nodes.find((x) => x.id === 'subj_zorg-en-ondersteuning')!;
    expect([zorg.kind, zorg.title, zorg.goalCount, zorg.domainId]).toEqual([
      'subject',
      'Zorg en ondersteuning (Wmo)',
      4,
      'sociaal',
    ]);
  });

  it('puts each tie in two mirrored cells, none on the diagonal, and keeps links inside a subject out of the cells', () => {
    for (const c of model.cells) {
      expect(c.row).not.toBe(c.col);
      expect(model.cells[model.cellAt.get(c.col * n + c.row)!]!.links).toEqual(c.links);
    }
    const inCells = model.cells.reduce((s, c) => s + c.links.length, 0);
    const inside = model.nodes.reduce((s, x) => s + x.inside, 0);
    expect(inCells / 2 + inside).toBe(g.m);
  });

  it('counts outside the diagonal blocks exactly the report’s split links, each twice (18 links, weight 33)', () => {
    const outside = model.cells.filter((c) => c.outsideBlock);
    expect(model.splitLinks).toBe(report.cut.cutCount);
    expect(model.splitLinks).toBe(18);
    expect(outside.reduce((s, c) => s + c.links.length, 0)).toBe(2 * 18);
    expect(model.outsideLinks).toBe(2 * model.splitLinks);
    expect(outside.reduce((s, c) => s + c.weight, 0)).toBe(2 * report.cut.cut);
    // 13 split ties, each in two cells.
    expect(outside).toHaveLength(26);
    // Between each two holders' blocks: that pair's split links in the report.
    const k = draft.portfolioIds.length;
    for (const pair of report.coordination) {
      const a = draft.portfolioIds.indexOf(pair.a);
      const b = draft.portfolioIds.indexOf(pair.b);
      const between = outside.filter((c) => model.nodes[c.row]!.block === a && model.nodes[c.col]!.block === b);
      expect(
        between.reduce((s, c) => s + c.links.length, 0),
        `${pair.a}-${pair.b}`,
      ).toBe(pair.count);
      expect(model.pairs.count[a * k + b]).toBe(pair.count);
    }
  });
});

describe('the matrix at goal level in a project with subjects', () => {
  it('keeps the each-split-link-twice invariant and names a subject of its own', () => {
    const goals = matrixModel(p, g, draft, report);
    expect(goals.level).toBe('goal');
    expect(goals.nodes).toHaveLength(25);
    expect(goals.nodes.find((x) => x.id === 'subj_sport')).toMatchObject({
      kind: 'subject',
      title: 'Sport en bewegen',
    });
    expect(goals.outsideLinks).toBe(2 * report.cut.cutCount);
    expect(goals.cells.filter((c) => c.outsideBlock).every((c) => c.links.length === 1)).toBe(true);
  });
});

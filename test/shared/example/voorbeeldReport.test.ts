import { describe, expect, it } from 'vitest';
import { voorbeeldProject } from '../../../shared/example/voorbeeld';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { nodeHolder } from '../../../shared/model';
import { coherenceReport, type CoherenceReport } from '../../../shared/analysis/coherenceReport';
import { draftReport } from '../../../shared/report/draftReport';
import { compareReport } from '../../../shared/report/compareReport';
import { reportMarkdown } from '../../../shared/report/render/markdown';
import { walkSections, type ReportDocument, type Table } from '../../../shared/report/document';
import { SECTION_IDS } from '../../../shared/report/sections/headline';
import { reportSettings } from '../report/reportKit';

// Issue 22: "the example's three drafts give the figures its report shows". The figures below are what the README,
// the example's banner and the guided tour talk about; a change to the example's data that moves them must be seen.
const project = voorbeeldProject();
const graph = buildCompactGraph(project);

interface Figures {
  splitWeight: number;
  splitLinks: number;
  owSplit: number;
  owSocialPhysical: number;
  pairs: number;
  covered: number;
  deliberate: number;
}

const EXPECTED: Record<string, Figures> = {
  div_klassiek: {
    splitWeight: 330,
    splitLinks: 164,
    owSplit: 29,
    owSocialPhysical: 17,
    pairs: 14,
    covered: 0,
    deliberate: 0,
  },
  div_integraal: {
    splitWeight: 260,
    splitLinks: 133,
    owSplit: 9,
    owSocialPhysical: 1,
    pairs: 14,
    covered: 0,
    deliberate: 0,
  },
  div_gemengd: {
    splitWeight: 325,
    splitLinks: 161,
    owSplit: 29,
    owSocialPhysical: 17,
    pairs: 14,
    covered: 33,
    deliberate: 3,
  },
};
const TOTAL_WEIGHT = 613;

function figuresOf(r: CoherenceReport): Figures {
  return {
    splitWeight: r.cut.cut,
    splitLinks: r.cut.cutCount,
    owSplit: r.omgevingswet.cutCount,
    owSocialPhysical: r.owSocialPhysical.count,
    pairs: r.coordination.length,
    covered: r.coverage.covered.count,
    deliberate: r.coverage.deliberate.count,
  };
}

/** The headline table's "this draft" cell of the row whose label matches. */
function headlineCell(doc: ReportDocument, label: RegExp): string {
  const headline = walkSections(doc).find((s) => s.section.id === SECTION_IDS.headline)!.section;
  const table = headline.blocks.find((b): b is Table => b.kind === 'table')!;
  const row = table.rows.find((r) => label.test(r[0]!));
  if (!row) throw new Error(`no headline row ${label}`);
  return row[1]!;
}

describe('Gemeente Voorbeeld: the figures its reports show', () => {
  for (const division of project.divisions) {
    const expected = EXPECTED[division.id]!;
    const r = coherenceReport(project, division.id, graph, { bridging: { top: 10 } });

    it(`${division.name}: the coherence report gives the example's figures`, () => {
      expect(figuresOf(r)).toEqual(expected);
      expect(r.cut.total).toBe(TOTAL_WEIGHT);
      // Every split link is on the agenda of exactly one pair, so the agenda adds up to the headline.
      expect(r.agenda.reduce((n, p) => n + p.splitLinks.length, 0)).toBe(expected.splitLinks);
    });

    it(`${division.name}: the Dutch and English reports print those figures in their headline`, () => {
      const nl = draftReport(project, division.id, { ...reportSettings('nl'), graph, suggestions: false });
      expect(headlineCell(nl, /^Gesplitst gewicht/)).toMatch(new RegExp(`^${expected.splitWeight} \\(`));
      expect(headlineCell(nl, /^Gesplitste verbanden/)).toBe(
        `${expected.splitLinks} van ${project.links.length} (gewicht ${expected.splitWeight})`,
      );
      expect(headlineCell(nl, /^Gesplitste Omgevingswet/)).toMatch(new RegExp(`^${expected.owSplit} van `));
      expect(headlineCell(nl, /^Omgevingswet gesplitst tussen/)).toMatch(
        new RegExp(`^${expected.owSocialPhysical} \\(`),
      );
      expect(headlineCell(nl, /^Paren van houders/)).toBe(String(expected.pairs));
      expect(headlineCell(nl, /^Gedekt door een afspraak/)).toMatch(new RegExp(`^${expected.covered} \\(`));
      expect(headlineCell(nl, /^Bewust gesplitst/)).toMatch(new RegExp(`^${expected.deliberate} \\(`));

      const en = draftReport(project, division.id, { ...reportSettings('en'), graph, suggestions: false });
      expect(headlineCell(en, /^Split weight/)).toMatch(new RegExp(`^${expected.splitWeight} \\(`));
      // What a reader gets on paper: the Markdown annex carries the same figure.
      expect(reportMarkdown(nl)).toContain(`${expected.splitLinks} van ${project.links.length}`);
    });
  }

  it('the comparison of the classic and the integral draft shows the drop from 330 to 260', () => {
    const doc = compareReport(project, 'div_klassiek', 'div_integraal', { ...reportSettings('nl'), graph });
    const md = reportMarkdown(doc);
    expect(md).toContain('330');
    expect(md).toContain('260');
    const texts = walkSections(doc)
      .flatMap((s) => s.section.blocks)
      .filter((b): b is Table => b.kind === 'table')
      .flatMap((t) => t.rows.flat());
    expect(texts.some((cell) => /(^|\D)70(\D|$)/.test(cell))).toBe(true);
  });

  // A new user read "Mulder 26 goals" in Analyse and the report while the board said 21: subjects, nodes of the
  // graph through their own links, were counted as goals.
  it('counts per holder the goals the board shows, subjects not among them, with their budgets', () => {
    for (const draft of project.divisions) {
      const r = coherenceReport(project, draft.id, graph);
      const heldBy = (pf: string) => project.goals.filter((g) => nodeHolder(draft, g.id, g.subjectId) === pf);
      expect(
        r.portfolios.reduce((n, p) => n + p.goals, 0),
        draft.id,
      ).toBe(project.goals.length);
      for (const p of r.portfolios) {
        const goals = heldBy(p.portfolioId);
        expect(p.goals, `${draft.id} ${p.portfolioId}`).toBe(goals.length);
        expect([...p.goalIds].sort()).toEqual(goals.map((g) => g.id).sort());
        expect(p.budgetUnknown).toBe(goals.filter((g) => g.budget === undefined).length);
        expect(p.budget).toBeCloseTo(
          goals.reduce((sum, g) => sum + (g.budget ?? 0), 0),
          2,
        );
      }
    }
  });
});

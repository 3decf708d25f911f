import { describe, expect, it } from 'vitest';
import { voorbeeldProject } from '../../../shared/example/voorbeeld';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { partyBalance } from '../../../shared/coalition/partyBalance';
import { draftReport } from '../../../shared/report/draftReport';
import { walkSections, type ReportDocument, type Section, type Table } from '../../../shared/report/document';
import { METHOD_TERMS } from '../../../shared/report/sections/figuresMethod';
import { SECTION_IDS } from '../../../shared/report/sections/headline';
import { reportSettings, textsOf } from './reportKit';

const project = voorbeeldProject();
const graph = buildCompactGraph(project);
const mixed = project.divisions.find((d) => d.arrangements.length > 0 && d.deliberate.length > 0)!;
const nl = reportSettings('nl');
const en = reportSettings('en');

function sectionById(doc: ReportDocument, id: string): Section {
  const found = walkSections(doc).find((s) => s.section.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found.section;
}
const tablesOf = (s: Section): Table[] => s.blocks.filter((b): b is Table => b.kind === 'table');
const rowsUnder = (s: Section): number =>
  tablesOf(s).reduce((n, t) => n + t.rows.length, 0) + s.sections.reduce((n, c) => n + rowsUnder(c), 0);

describe('draftReport', () => {
  const r = coherenceReport(project, mixed.id, graph, { bridging: { top: 10 } });
  const doc = draftReport(project, mixed.id, { ...nl, graph, date: '2026-05-01T10:00:00Z' });

  it('has every section, in order, under one title', () => {
    expect(doc.lang).toBe('nl');
    expect(doc.title).toContain(mixed.name);
    expect(doc.sections.map((s) => s.id)).toEqual([
      SECTION_IDS.headline,
      SECTION_IDS.published,
      SECTION_IDS.agenda,
      SECTION_IDS.coverage,
      SECTION_IDS.omgevingswet,
      SECTION_IDS.bridging,
      SECTION_IDS.party,
      SECTION_IDS.suggestions,
      SECTION_IDS.figures,
      SECTION_IDS.warnings,
      SECTION_IDS.method,
      SECTION_IDS.kept,
    ]);
    const ids = walkSections(doc).map((s) => s.section.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.max(...walkSections(doc).map((s) => s.level))).toBeLessThanOrEqual(4);
  });

  it('gives the coherence report’s own headline figures', () => {
    const headline = tablesOf(sectionById(doc, SECTION_IDS.headline))[0]!;
    const row = (label: string) => headline.rows.find((x) => x[0] === label)!;
    const w = (x: number) => nl.fmt.number(x, 2);
    expect(row('Doelen')[1]).toBe(String(r.goalCount));
    expect(row('Gesplitste verbanden')[1]).toBe(`${r.cut.cutCount} van ${r.cut.totalCount} (gewicht ${w(r.cut.cut)})`);
    expect(row('Gesplitst gewicht (aandeel van het totale gewicht)')[1]).toBe(
      `${w(r.cut.cut)} (${nl.fmt.percent(r.cut.share!)})`,
    );
    expect(row('Gesplitste Omgevingswet-verbanden')[1]).toBe(
      `${r.omgevingswet.cutCount} van ${r.omgevingswet.totalCount} (gewicht ${w(r.omgevingswet.cut)})`,
    );
    expect(row('Omgevingswet gesplitst tussen een sociale en een fysieke houder')[1]).toBe(
      `${r.owSocialPhysical.count} (gewicht ${w(r.owSocialPhysical.weight)})`,
    );
    expect(row('Paren van houders die moeten afstemmen')[1]).toBe(String(r.coordination.length));
    expect(row('Ongedekt gesplitst')[1]).toBe(
      `${r.coverage.uncovered.count} (gewicht ${w(r.coverage.uncovered.weight)})`,
    );
    expect(row('Bewust gesplitst')[1]).toBe(
      `${r.coverage.deliberate.count} (gewicht ${w(r.coverage.deliberate.weight)})`,
    );
    const gallagher = partyBalance(project, mixed.id, graph)!.gallagher.goals!;
    expect(row('Partijbalans: Gallagher-index naar doelen')[1]).toBe(nl.fmt.number(gallagher, 1));
    // The classic split beside it is the report's baseline.
    expect(row('Gesplitste verbanden')[2]).toContain(`${r.baseline.cut.cutCount} van `);
    expect(r.coverage.uncovered.count + r.coverage.covered.count + r.coverage.deliberate.count).toBe(r.cut.cutCount);
  });

  it('lists the links behind every count', () => {
    // The agenda: one table per pair, its rows the pair's links; every split link under exactly one pair.
    const agenda = sectionById(doc, SECTION_IDS.agenda);
    expect(agenda.sections).toHaveLength(r.agenda.length);
    agenda.sections.forEach((pair, i) => expect(rowsUnder(pair)).toBe(r.agenda[i]!.count));
    const statusCells = agenda.sections.flatMap((s) => tablesOf(s).flatMap((t) => t.rows.map((x) => x[4]!)));
    expect(statusCells.filter((s) => !s.startsWith('gedeeld onderwerp'))).toHaveLength(r.cut.cutCount);
    // Covered, uncovered and deliberate: one table each, as long as its figure.
    for (const key of ['uncovered', 'covered', 'deliberate'] as const)
      expect(rowsUnder(sectionById(doc, `dekking-${key}`))).toBe(r.coverage[key].count);
    const ow = sectionById(doc, SECTION_IDS.omgevingswet);
    expect(tablesOf(ow)[0]!.rows).toHaveLength(r.omgevingswet.cutCount);
    expect(rowsUnder(ow.sections[0]!)).toBe(r.owSocialPhysical.count);
    expect(rowsUnder(sectionById(doc, SECTION_IDS.kept))).toBe(r.kept.count);
    // A link row names both ends with their holders and carries the rationale.
    const first = r.agenda[0]!;
    const row = tablesOf(agenda.sections[0]!)[0]!.rows[0]!;
    const holderA = project.portfolios.find((p) => p.id === first.a)!.holder;
    const holderB = project.portfolios.find((p) => p.id === first.b)!.holder;
    expect(`${row[0]} ${row[1]}`).toContain(holderA);
    expect(`${row[0]} ${row[1]}`).toContain(holderB);
    expect(row[5]!.length).toBeGreaterThan(20);
  });

  it('publishes the division per holder with role, party, FTE and subjects', () => {
    const published = sectionById(doc, SECTION_IDS.published);
    expect(published.sections.length).toBeGreaterThanOrEqual(mixed.portfolioIds.length);
    const titles = published.sections.map((s) => s.title);
    // The burgemeester last, the part-time wethouder with the FTE.
    const mayor = project.portfolios.find((p) => p.role === 'burgemeester' && mixed.portfolioIds.includes(p.id))!;
    expect(titles[mixed.portfolioIds.length - 1]).toContain(mayor.holder);
    const partTime = project.portfolios.find((p) => p.fte < 1 && mixed.portfolioIds.includes(p.id))!;
    expect(titles.find((x) => x.includes(partTime.holder))).toContain(`${nl.fmt.number(partTime.fte, 2)} fte`);
    // Every subject held is in some holder's subject table.
    const held = new Set(published.sections.flatMap((s) => tablesOf(s).flatMap((t) => t.rows.map((x) => x[0]))));
    for (const [sid] of Object.entries(mixed.subjects))
      expect(held.has(project.subjects.find((s) => s.id === sid)!.name)).toBe(true);
  });

  it('names the arrangements and deliberate splits with their reasons', () => {
    const arrangements = tablesOf(sectionById(doc, 'afspraken'))[0]!;
    expect(arrangements.rows.map((x) => x[0])).toEqual(mixed.arrangements.map((a) => a.name));
    const deliberate = tablesOf(sectionById(doc, 'bewust'))[0]!;
    expect(deliberate.rows.map((x) => x[2])).toEqual(mixed.deliberate.map((d) => d.reason));
  });

  it('has a method page that explains every figure, on a page of its own', () => {
    const method = sectionById(doc, SECTION_IDS.method);
    expect(method.pageBreak).toBe(true);
    const defs = method.blocks.find((b) => b.kind === 'definitions');
    expect(defs?.kind === 'definitions' && defs.items.length).toBe(METHOD_TERMS.length);
    const terms = defs?.kind === 'definitions' ? defs.items.map((d) => d.term) : [];
    expect(terms).toEqual(expect.arrayContaining(['Gesplitst gewicht', 'Gallagher-index', 'Ondergrens', 'Gedekt']));
  });

  it('writes the pictures’ alternative text from the figures and keeps a slot without a picture', () => {
    const figures = sectionById(doc, SECTION_IDS.figures).blocks.filter((b) => b.kind === 'figure');
    expect(figures.map((f) => f.id)).toEqual(['kaart', 'matrix']);
    expect(figures[0]!.alt).toBe(
      `Kaart van ${r.goalCount} doelen bij ${r.portfolios.length} portefeuillehouders; ${r.cut.cutCount} van ${r.cut.totalCount} verbanden gesplitst (gewicht ${nl.fmt.number(r.cut.cut, 2)} van ${nl.fmt.number(r.cut.total, 2)}). Gesplitste verbanden zijn oranjerood en gestreept, verbanden binnen één portefeuille donker en doorgetrokken; kleur en vorm van een doel geven zijn houder.`,
    );
    expect(figures.every((f) => f.svg === null)).toBe(true);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>x</title></svg>';
    const withMap = draftReport(project, mixed.id, { ...nl, graph, pictures: { map: svg } });
    const map = sectionById(withMap, SECTION_IDS.figures).blocks.find((b) => b.kind === 'figure' && b.id === 'kaart');
    expect(map?.kind === 'figure' && map.svg).toBe(svg);
  });

  it('carries the optimiser’s result when one is given', () => {
    const goal = project.goals.find((g) => g.subjectId === undefined) ?? project.goals[0]!;
    const withProposal = draftReport(project, mixed.id, {
      ...nl,
      graph,
      suggestions: false,
      proposal: {
        draftId: mixed.id,
        draftName: 'Gemengd (zoals toen)',
        splitWeightBefore: r.cut.cut,
        splitWeightAfter: r.cut.cut - 12,
        cap: null,
        moves: [
          {
            nodeId: goal.id,
            kind: 'goal',
            goalIds: [goal.id],
            from: mixed.portfolioIds[0]!,
            to: mixed.portfolioIds[1]!,
          },
        ],
        bound: { message: { key: 'gapAtMost', params: { gap: 6.7 } }, value: 250, method: 'methodLpTriangle' },
      },
    });
    expect(withProposal.sections.some((s) => s.id === SECTION_IDS.suggestions)).toBe(false);
    const p = sectionById(withProposal, SECTION_IDS.proposal);
    const texts = p.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts.some((x) => x.includes('Gemengd (zoals toen)'))).toBe(true);
    expect(texts).toContain('Deze verdeling ligt hoogstens 6,7 % boven de best mogelijke.');
    expect(tablesOf(p)[0]!.rows[0]).toEqual([`doel ‘${goal.title}’`, '1', expect.any(String), expect.any(String)]);
  });

  it('speaks English when asked, with no message key left untranslated', () => {
    const english = draftReport(project, mixed.id, { ...en, graph });
    expect(english.lang).toBe('en');
    expect(english.sections[0]!.title).toBe('Headline figures');
    expect(sectionById(english, SECTION_IDS.method).title).toBe('Method: what every figure means');
    for (const d of [doc, english])
      for (const text of textsOf(d)) expect(text, text).not.toMatch(/\b(report|analysis|optimiser)\.[a-z]/);
  });

  it('refuses an unknown draft', () => {
    expect(() => draftReport(project, 'div_nope', nl)).toThrow(RangeError);
  });
});

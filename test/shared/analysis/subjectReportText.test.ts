import { describe, expect, it } from 'vitest';
import nl from '../../../renderer/i18n/locales/nl/analysis.json';
import en from '../../../renderer/i18n/locales/en/analysis.json';
import { reportText, type AnalysisTranslate, type TextFormat } from '../../../shared/analysis/reportText';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { smallExample } from '../../fixtures/smallExample';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../fixtures/subjects/subjectsExample';

/** A strict translator: a missing key or an unfilled placeholder fails the test instead of showing itself. */
function strict(catalogue: Record<string, string>): AnalysisTranslate {
  return (key, params) => {
    const k = params && typeof params.count === 'number' ? `${key}_${params.count === 1 ? 'one' : 'other'}` : key;
    const template = catalogue[k];
    if (template === undefined) throw new Error(`missing key ${k}`);
    return template.replace(/\{(\w+)\}/g, (_w, name: string) => {
      const v = params?.[name];
      if (v === undefined) throw new Error(`placeholder ${name} unfilled in ${k}`);
      return String(v);
    });
  };
}

const fmt: TextFormat = { number: (v) => String(v), percent: (v) => `${v * 100}%`, money: (v) => `EUR ${v}` };
const project = subjectsExample();
const graph = buildCompactGraph(project);
const sectionOf = (text: string, heading: string) => {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  const end = lines.findIndex((l, i) => i > start && l !== '' && !l.startsWith(' '));
  return lines.slice(start + 1, end).filter((l) => l !== '');
};

describe('reportText at subject level', () => {
  const report = coherenceReport(project, SUBJECTS_DRAFT_ID, graph);
  const text = reportText(report, project, strict(nl), fmt, { graph, maxItems: 3 });
  const section = sectionOf(text, nl['section.subjects']);

  it('sums the split ties to the report’s split weight and lists the heaviest with their goal-level links', () => {
    expect(section[0]).toBe('  14 onderwerpen en 1 doel dat los staat');
    expect(section[1]).toBe(
      '  13 paren onderwerpen gesplitst: 18 verbanden, gewicht 33 (samen het gesplitste gewicht hierboven)',
    );
    expect(report.cut.cut).toBe(33);
    expect(section[2]).toBe(
      '    Volksgezondheid (Wethouder A. El Amrani) ↔ Omgevingswet (Wethouder J. Bakker): 3 verbanden, gewicht 7',
    );
    // The three goal-level links behind that tie, strongest first.
    expect(section.slice(3, 6)).toEqual([
      '      Gezondheidsverschillen tussen wijken verkleinen — Omgevingsvisie met een gezonde leefomgeving (Omgevingswet, sterkte 3)',
      '      Gezondheidsverschillen tussen wijken verkleinen — Groene, beweegvriendelijke wijken (Omgevingswet, sterkte 2)',
      '      Gezondheidsverschillen tussen wijken verkleinen — Geluid en luchtkwaliteit in het omgevingsplan (Omgevingswet, sterkte 2)',
    ]);
    expect(section[6]).toBe(
      '    Armoede en schulden (Wethouder A. El Amrani) ↔ Minimaregelingen en kwijtschelding (uitzondering op Armoede en schulden) (Wethouder S. Visser): 2 verbanden, gewicht 4',
    );
    expect(section).toContain('    … en nog 10');
  });

  it('names the exception and the shared subject with the pair it puts on the agenda', () => {
    expect(section.slice(-3)).toEqual([
      '  Uitzondering: Minimaregelingen en kwijtschelding ligt bij Wethouder S. Visser, het onderwerp Armoede en schulden bij Wethouder A. El Amrani',
      // Wonen's links: the 8 links touching woningbouw and kwetsbaar (weights summed by hand: 13).
      '  Gedeeld onderwerp Wonen (Wethouder J. Bakker, Wethouder A. El Amrani): 8 verbanden, gewicht 13, op de agenda van elk paar van deze houders',
      // 10 split links between the two plus Wonen's 8, of which 2 are split already: 16 links, weight 29.
      '    Agenda Wethouder A. El Amrani ↔ Wethouder J. Bakker: 16 verbanden, gewicht 29 (10 gesplitst); gedeeld onderwerp: Wonen',
    ]);
  });

  it('fills every key in English too, and leaves the section out of a project without subjects', () => {
    expect(() => reportText(report, project, strict(en), fmt)).not.toThrow();
    const plain = smallExample();
    const r = coherenceReport(plain, plain.divisions[0]!.id);
    expect(reportText(r, plain, strict(nl), fmt)).not.toContain(nl['section.subjects']);
  });
});

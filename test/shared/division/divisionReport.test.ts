import { describe, expect, it } from 'vitest';
import nl from '../../../renderer/i18n/locales/nl/analysis.json';
import en from '../../../renderer/i18n/locales/en/analysis.json';
import { emptyProject, type Project } from '../../../shared/model';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import type { AnalysisTranslate, TextFormat } from '../../../shared/analysis/reportText';
import { parsePublishedDivision } from '../../../shared/division/parsePublishedDivision';
import { applyPublishedDivision } from '../../../shared/division/applyPublishedDivision';
import { divisionReport, type DivisionReportInput } from '../../../shared/division/divisionReport';
import { divisionReportText } from '../../../shared/division/divisionReportText';
import { formatLocation, problemLocation } from '../../../shared/division/problemLocation';

// Made up for this test. "Wonen" is published under De Vries and Van Dam: shared, De Vries (first) leads.
const TEXT = [
  'Wethouder Jansen (PvdA, 0,8 fte): Werk & inkomen; Armoede en schulden; kermisbeleid',
  'Wethouder De Vries (CDA): Zorg; Wonen',
  'Burgemeester Van Dam: Openbare orde en veiligheid; Wonen',
].join('\n');

function build(text = TEXT, lang: 'nl' | 'en' = 'nl'): DivisionReportInput {
  const parsed = parsePublishedDivision(text);
  expect(parsed.problems).toEqual([]);
  const empty = emptyProject({ id: 'p', name: 'Testdorp', now: '2026-01-01T00:00:00.000Z' });
  const divisionName = lang === 'nl' ? 'Zoals gepubliceerd' : 'As published';
  const r = applyPublishedDivision(empty, { holders: parsed.holders, lang, divisionName });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return {
    published: parsed.holders,
    summary: r.summary,
    project: r.project,
    report: coherenceReport(r.project, r.summary.divisionId),
  };
}

/** The project subject standing for a catalogue subject, and the catalogue link between two of them. */
const subjectId = (p: Project, catalogueId: string) => p.subjects.find((s) => s.catalogueId === catalogueId)!.id;
const linkId = (p: Project, catalogueLinkId: string) => p.links.find((l) => l.catalogueLinkId === catalogueLinkId)!.id;

describe('divisionReport', () => {
  it('gives holders as published, what matched nothing, split and shared links, and the agenda (hand-computed)', () => {
    const input = build();
    const p = input.project;
    const [werk, armoede, zorg, wonen, oov] = [
      'werk-en-inkomen',
      'armoede-en-schulden',
      'zorg-en-ondersteuning',
      'wonen',
      'openbare-orde-en-veiligheid',
    ].map((id) => subjectId(p, id));
    // Typical links among the five: armoede–werk 3 (Jansen alone), armoede–wonen 2 (Jansen | De Vries), oov–zorg 2
    // (Van Dam | De Vries), wonen–zorg 3 (De Vries alone, but wonen is shared with Van Dam).
    const armoedeWonen = linkId(p, 'armoede-en-schulden--wonen');
    const oovZorg = linkId(p, 'openbare-orde-en-veiligheid--zorg-en-ondersteuning');
    const wonenZorg = linkId(p, 'wonen--zorg-en-ondersteuning');
    expect(p.links).toHaveLength(4);

    const json = divisionReport(input);
    expect(json).toEqual({
      holders: [
        {
          name: 'Jansen',
          role: 'wethouder',
          party: 'PvdA',
          fte: 0.8,
          subjects: [
            { published: 'Werk & inkomen', subjectIds: [werk] },
            { published: 'Armoede en schulden', subjectIds: [armoede] },
            { published: 'kermisbeleid', subjectIds: [] },
          ],
        },
        {
          name: 'De Vries',
          role: 'wethouder',
          party: 'CDA',
          fte: null,
          subjects: [
            { published: 'Zorg', subjectIds: [zorg] },
            { published: 'Wonen', subjectIds: [wonen] },
          ],
        },
        {
          name: 'Van Dam',
          role: 'burgemeester',
          party: null,
          fte: null,
          subjects: [
            { published: 'Openbare orde en veiligheid', subjectIds: [oov] },
            { published: 'Wonen', subjectIds: [wonen] },
          ],
        },
      ],
      unmatched: ['kermisbeleid'],
      splitLinks: [
        {
          id: armoedeWonen,
          from: { published: 'Armoede en schulden', holder: 'Jansen' },
          // The shared subject's end belongs to its lead, as the report counts it.
          to: { published: 'Wonen', holder: 'De Vries' },
          kind: 'sharedTargetGroup',
          strength: 2,
          rationale: p.links.find((l) => l.id === armoedeWonen)!.rationale,
        },
        {
          id: oovZorg,
          from: { published: 'Openbare orde en veiligheid', holder: 'Van Dam' },
          to: { published: 'Zorg', holder: 'De Vries' },
          kind: 'sharedTargetGroup',
          strength: 2,
          rationale: p.links.find((l) => l.id === oovZorg)!.rationale,
        },
      ],
      sharedLinks: [
        {
          id: wonenZorg,
          from: { published: 'Wonen', holder: 'De Vries' },
          to: { published: 'Zorg', holder: 'De Vries' },
          kind: 'reinforces',
          strength: 3,
          rationale: p.links.find((l) => l.id === wonenZorg)!.rationale,
        },
      ],
      coordinationPairs: [
        // Split oov–zorg (2) plus the links of shared wonen (armoede–wonen 2, wonen–zorg 3): 7.
        {
          holders: ['De Vries', 'Van Dam'],
          weight: 7,
          links: [armoedeWonen, oovZorg, wonenZorg],
          sharedSubjects: ['Wonen'],
        },
        { holders: ['Jansen', 'De Vries'], weight: 2, links: [armoedeWonen], sharedSubjects: [] },
      ],
    });
    expect(json.splitLinks[0]!.rationale).toMatch(/schuldhulpverlening/);
  });

  it('lists the pieces a partly matched text left, once, and the rationale in the language applied', () => {
    const text = 'Wethouder Smit (D66): Grondbeleid & kermis; Sport\nWethouder Bos: Kermis; Volksgezondheid';
    const input = build(text, 'en');
    const json = divisionReport(input);
    expect(json.unmatched).toEqual(['kermis']);
    expect(json.holders[0]!.subjects.map((s) => [s.published, s.subjectIds.length])).toEqual([
      ['Grondbeleid & kermis', 1],
      ['Sport', 1],
    ]);
    expect(json.splitLinks.map((l) => [l.from.published, l.to.published, l.strength])).toEqual([
      ['Sport', 'Volksgezondheid', 3],
    ]);
    expect(json.splitLinks[0]!.rationale).toMatch(/^[A-Z].* the /);
    expect(json.sharedLinks).toEqual([]);
    expect(json.coordinationPairs).toEqual([
      { holders: ['Smit', 'Bos'], weight: 3, links: [json.splitLinks[0]!.id], sharedSubjects: [] },
    ]);
  });
});

/** A strict translator over a catalogue: a missing key or unfilled placeholder fails the test. */
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

describe('divisionReportText', () => {
  it('prints holders with their subjects, the unmatched, split links with rationale and the agenda (nl)', () => {
    const input = build();
    const text = divisionReportText(input, strict(nl), fmt);
    const lines = text.split('\n');
    const rationale = input.project.links.find((l) => l.catalogueLinkId === 'armoede-en-schulden--wonen')!.rationale;
    expect(lines.slice(0, 2)).toEqual([
      'Samenhangsrapport: Testdorp, verdeling ‘Zoals gepubliceerd’',
      '3 portefeuillehouders, 5 onderwerpen, 4 verbanden uit de catalogus',
    ]);
    for (const expected of [
      '  Wethouder Jansen (PvdA, 0.8 fte)',
      '    Werk & inkomen → Werk en inkomen',
      '    kermisbeleid → niet herkend, weggelaten',
      '  Wethouder De Vries (CDA)',
      '    Wonen → Wonen (gedeeld door De Vries, Van Dam, De Vries leidt)',
      '  Burgemeester Van Dam',
      '  kermisbeleid',
      '  Gesplitst over twee portefeuilles: 2 (gewicht 4, 40% van het totale gewicht)',
      '  Armoede en schulden (Jansen) — Wonen (De Vries): zelfde doelgroep, sterkte 2',
      `    ${rationale}`,
      '  Wonen (De Vries) — Zorg (De Vries): versterkt, sterkte 3',
      '  De Vries ↔ Van Dam: 3 verbanden, gewicht 7',
      '    gedeelde onderwerpen: Wonen',
      '    Wonen (De Vries) — Zorg (De Vries) (versterkt, sterkte 3)',
      '  Jansen ↔ De Vries: 1 verband, gewicht 2',
    ])
      expect(lines).toContain(expected);
    // Every subject is held: the line about unassigned ends says nothing here and is left out.
    expect(text).not.toContain('niet-toegewezen');
    // The agenda comes after the split links, heaviest pair first.
    expect(lines.indexOf('  De Vries ↔ Van Dam: 3 verbanden, gewicht 7')).toBeLessThan(
      lines.indexOf('  Jansen ↔ De Vries: 1 verband, gewicht 2'),
    );
  });

  it('names the shared one of several subjects a text matched, and what part of a text matched nothing', () => {
    const input = build('Wethouder Smit: Grondbeleid & wonen; Sport & kermis\nWethouder Bos: Wonen');
    const lines = divisionReportText(input, strict(nl), fmt).split('\n');
    expect(lines).toContain('    Grondbeleid & wonen → Grondbeleid, Wonen (Wonen gedeeld door Smit, Bos, Smit leidt)');
    expect(lines).toContain('    Sport & kermis → Sport en bewegen; niet herkend: kermis');
    expect(lines).toContain('    Wonen → Wonen (gedeeld door Smit, Bos, Smit leidt)');
  });

  it('speaks English with the English catalogue, and says so when nothing is split or unmatched', () => {
    const input = build('Wethouder Smit: Sport; Volksgezondheid\nWethouder Bos: Cultuur', 'en');
    const text = divisionReportText(input, strict(en), fmt);
    expect(text).toContain('Alderman Smit');
    expect(text).toContain('    Sport → Sport');
    expect(text).toContain('Everything recognised.');
    expect(text).toContain('None: this division splits none of the links.');
    expect(text).toContain('No split links: nothing to coordinate.');
    expect(text).toContain('2 portfolio holders, 3 subjects, 1 link from the catalogue');
    expect(text).not.toMatch(/Zoals|verband|gewicht|onderwerp/);
  });
});

describe('problemLocation', () => {
  it('reads line and column from a text problem and from a table problem, through the header', () => {
    expect(problemLocation({ code: 'x', params: { line: 4, column: 7 } })).toEqual({ line: 4, column: 7 });
    expect(problemLocation({ code: 'x', params: { line: 2 } })).toEqual({ line: 2 });
    const header = ['Houder', '', 'FTE', 'Onderwerp'];
    expect(problemLocation({ code: 'x', path: ['csv', 5, 'FTE'] }, header)).toEqual({ line: 5, column: 3 });
    expect(problemLocation({ code: 'x', path: ['csv', 5, 'B'] }, header)).toEqual({ line: 5, column: 2 });
    // A missing required column is named but not in the header: the row only.
    expect(problemLocation({ code: 'x', path: ['csv', 1, 'rol'] }, header)).toEqual({ line: 1 });
    expect(problemLocation({ code: 'divisionNoHolders' })).toEqual({});
  });

  it('writes file:line:column as far as known', () => {
    expect(formatLocation('a.txt', { line: 3, column: 9 })).toBe('a.txt:3:9');
    expect(formatLocation('a.csv', { line: 3 })).toBe('a.csv:3');
    expect(formatLocation('a.csv', {})).toBe('a.csv');
  });
});

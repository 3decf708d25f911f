import { describe, expect, it } from 'vitest';
import { exchangeTables, exportXlsx } from '../../../shared/exchange';
import { xmlSafe } from '../../../shared/exchange/cells';
import { unescapeFormula } from '../../../shared/io/readCsvTable';
import type { Project } from '../../../shared/model';
import { subjectDraft } from '../analysis/subjectDraftFixture';
import { expectedSheet, readWorkbook } from './readBack';

function draftWithArrangement(): Project {
  const p = subjectDraft();
  p.divisions[0]!.arrangements = [
    {
      id: 'arr',
      name: 'Programma werk',
      kind: 'programme',
      leadId: 'P1',
      holderIds: ['P2'],
      subjectIds: ['W'],
      goalIds: [],
      note: '',
    },
  ];
  return p;
}

describe('exchange workbook (XLSX)', () => {
  it('holds a sheet per table, named in the file’s language, that reads back to the same rows', async () => {
    const p = draftWithArrangement();
    for (const locale of ['nl', 'en'] as const) {
      const sheets = await readWorkbook(await exportXlsx(p, { locale }));
      const names =
        locale === 'nl'
          ? ['Doelen', 'Onderwerpen', 'Verbanden', 'Verdeling', 'Afstemmingsagenda']
          : ['Goals', 'Subjects', 'Links', 'Division', 'Coordination agenda'];
      expect([...sheets.keys()]).toEqual(names);
      exchangeTables(p, { locale }).forEach((t, i) => {
        expect(sheets.get(names[i]!), t.key).toEqual(expectedSheet(t.header, t.rows));
      });
    }
  });

  it('gives the goals sheet the subject column, numbers as numbers and taakveld codes as text', async () => {
    const p = subjectDraft();
    p.goals[0] = { ...p.goals[0]!, taakvelden: ['6.10', '0.1'], budget: 1250000.5 };
    const goals = (await readWorkbook(await exportXlsx(p))).get('Doelen')!;
    expect(goals[0]).toEqual([
      'id',
      'titel',
      'omschrijving',
      'domein',
      'themas',
      'taakvelden',
      'wetten',
      'ow_instrument',
      'ow_aspecten',
      'budget',
      'bron',
      'onderwerp',
    ]);
    expect(goals[1]![5]).toBe('6.10 | 0.1');
    expect(goals[1]![9]).toBe(1250000.5);
    expect(goals[1]![11]).toBe('Werk en inkomen');
    expect(goals.slice(1).map((r) => r[11])).toEqual([
      'Werk en inkomen',
      'Werk en inkomen',
      'Werk en inkomen',
      'Zorg',
      'Zorg',
      null,
    ]);
  });

  it('neutralises every cell Excel would run as a formula, on every sheet, as the CSV writer does', async () => {
    const p = draftWithArrangement();
    const evil = ['=HYPERLINK("http://x","klik")', '+31', '-1', '@SUM(A1)', '\tTAB', '\rCR'];
    p.goals = p.goals.map((g, i) => ({ ...g, title: `${evil[i % evil.length]!}${i}`, source: '=bron' }));
    p.subjects = p.subjects.map((s) => ({ ...s, name: `-${s.name}` }));
    p.portfolios = p.portfolios.map((h) => ({ ...h, holder: `+${h.holder}`, party: '@partij' }));
    p.links = p.links.map((l) => ({ ...l, rationale: '=1+1' }));
    p.divisions[0]!.arrangements[0]!.name = '=afspraak';
    const sheets = await readWorkbook(await exportXlsx(p));
    for (const [name, rows] of sheets) {
      const texts = rows.flat().filter((c): c is string => typeof c === 'string');
      expect(
        texts.some((c) => c.startsWith("'")),
        name,
      ).toBe(true);
      for (const c of texts) expect(c, `${name}: ${JSON.stringify(c)}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    // One apostrophe, which the importer's unescapeFormula takes off again.
    const titles = sheets
      .get('Doelen')!
      .slice(1)
      .map((r) => unescapeFormula(r[1] as string));
    expect(titles).toEqual(p.goals.map((g) => g.title));
  });

  it('keeps text that XLSX escaping would change: _xHHHH_, carriage returns, spaces; replaces what XML forbids', async () => {
    const p = subjectDraft();
    const texts: string[] = [
      '_x0041_ blijft',
      'regel\r\nregel',
      'a\rb',
      '  spaties  ',
      '_x005F_',
      'nul\u0000teken',
      '😀 “q” & <b>',
      'los\udc00half',
      'al \ufffd',
    ];
    p.goals = texts.map((description, i) => ({ ...p.goals[0]!, id: `t${i}`, description }));
    const goals = (await readWorkbook(await exportXlsx(p))).get('Doelen')!;
    expect(goals.slice(1).map((r) => r[2])).toEqual(p.goals.map((g) => xmlSafe(g.description)));
  });
});

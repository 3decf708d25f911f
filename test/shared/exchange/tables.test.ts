import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exchangeTable, exchangeTables, exportTableCsv, tableCsv } from '../../../shared/exchange';
import { smallExample } from '../../fixtures/smallExample';
import { applyCsvImport, exportGoalsCsv, exportLinksCsv, readCsvTable } from '../../../shared/io/csv';
import { emptyProject, type Project } from '../../../shared/model';
import { subjectDraft } from '../analysis/subjectDraftFixture';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The subject draft with an arrangement covering W's split links and a deliberate split of z1 and H. */
function coalitionDraft(): Project {
  const p = subjectDraft();
  const d = p.divisions[0]!;
  return {
    ...p,
    divisions: [
      {
        ...d,
        arrangements: [
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
        ],
        deliberate: [{ id: 'del', a: 'z1', b: 'H', reason: 'Wonen blijft apart' }],
      },
    ],
  };
}

describe('division table', () => {
  it('lists per holder the subjects held with the goals that follow them, then exceptions and loose goals', () => {
    const t = exchangeTable(subjectDraft(), 'division')!;
    expect(t.header).toEqual([
      'houder',
      'rol',
      'partij',
      'fte',
      'onderwerp',
      'doel',
      'uitzondering',
      'onderwerp_id',
      'doel_id',
    ]);
    expect(t.rows.map((r) => [r[0], r[4], r[5], r[6]])).toEqual([
      ['Wethouder Een', 'Werk en inkomen', 'Doel w1', 'nee'],
      ['Wethouder Een', 'Werk en inkomen', 'Doel w2', 'nee'],
      ['Wethouder Een', '', 'Doel x', 'nee'],
      ['Wethouder Twee', 'Zorg', 'Doel z1', 'nee'],
      ['Wethouder Twee', 'Zorg', 'Doel z2', 'nee'],
      // w3 hangs under W (held by Een) but the draft gives it to Twee: an exception.
      ['Wethouder Twee', 'Werk en inkomen', 'Doel w3', 'ja'],
      // Drie shares Zorg (Twee leads, so its goals go there) and holds Wonen, which has no goals.
      ['Wethouder Drie', 'Zorg', '', 'nee'],
      ['Wethouder Drie', 'Wonen', '', 'nee'],
    ]);
    expect(t.rows[3]!.slice(1, 4)).toEqual(['wethouder', '', 0.8]);
  });

  it('keeps a holder with nothing in the draft as one row without subject or goal', () => {
    const p = subjectDraft();
    p.portfolios.push({ ...p.portfolios[0]!, id: 'P4', holder: 'Wethouder Vier', party: 'Partij' });
    p.divisions[0]!.portfolioIds.push('P4');
    const t = exchangeTable(p, 'division')!;
    expect(t.rows.at(-1)).toEqual(['Wethouder Vier', 'wethouder', 'Partij', 1, '', '', 'nee', '', '']);
    expect(t.rows).toHaveLength(9);
  });

  it('writes English headers and the role words the published-division reader takes (alderman, mayor)', () => {
    const p = subjectDraft();
    p.portfolios[0] = { ...p.portfolios[0]!, role: 'burgemeester' };
    const t = exchangeTable(p, 'division', { locale: 'en' })!;
    expect(t.header.slice(0, 7)).toEqual(['holder', 'role', 'party', 'fte', 'subject', 'goal', 'exception']);
    expect(t.rows[0]!.slice(1, 2)).toEqual(['mayor']);
    expect(t.rows.at(-1)![1]).toBe('alderman');
    expect(t.rows[5]![6]).toBe('yes');
  });

  it('follows the chosen draft and has no draft tables without a draft', () => {
    const p = subjectDraft();
    const other = {
      ...p.divisions[0]!,
      id: 'E',
      name: 'Alles bij Een',
      assignments: {},
      subjects: { W: ['P1'], Z: ['P1'], H: ['P1'] },
    };
    const two = { ...p, divisions: [...p.divisions, other] };
    const rows = exchangeTable(two, 'division', { divisionId: 'E' })!.rows;
    expect(new Set(rows.filter((r) => r[5] !== '').map((r) => r[0]))).toEqual(new Set(['Wethouder Een']));
    // Twee and Drie hold nothing in this draft: a row each.
    expect(rows.filter((r) => r[4] === '' && r[5] === '').map((r) => r[0])).toEqual([
      'Wethouder Twee',
      'Wethouder Drie',
    ]);
    expect(exchangeTable(two, 'agenda', { divisionId: 'E' })!.rows).toEqual([]);
    const none = { ...p, divisions: [] };
    expect(exchangeTable(none, 'division')).toBeUndefined();
    expect(exportTableCsv(none, 'agenda')).toBeUndefined();
    expect(exchangeTables(none).map((t) => t.key)).toEqual(['goals', 'subjects', 'links']);
  });
});

describe('coordination agenda table', () => {
  it('gives per pair, heaviest first, every link with how it stands, its arrangements and rationale', () => {
    const p = coalitionDraft();
    p.links = p.links.map((l) => (l.id === 'w1_z1' ? { ...l, rationale: 'Werk en zorg samen' } : l));
    const t = exchangeTable(p, 'agenda')!;
    const rows = t.rows.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[7], r[8], r[9], r[10]]);
    expect(rows).toEqual([
      // Twee and Drie share Zorg: its links are on their agenda even where split elsewhere or not at all.
      [
        'Wethouder Twee',
        'Wethouder Drie',
        9,
        2,
        'Doel w1',
        'Doel z1',
        3,
        'gedeeld onderwerp',
        '',
        'Werk en zorg samen',
      ],
      ['Wethouder Twee', 'Wethouder Drie', 9, 2, 'Doel w3', 'Doel z1', 2, 'gedeeld onderwerp', '', ''],
      ['Wethouder Twee', 'Wethouder Drie', 9, 2, 'Doel z1', 'Wonen', 2, 'bewust gesplitst', '', ''],
      ['Wethouder Twee', 'Wethouder Drie', 9, 2, 'Doel w2', 'Doel z2', 1, 'gedeeld onderwerp', '', ''],
      ['Wethouder Twee', 'Wethouder Drie', 9, 2, 'Doel z1', 'Doel z2', 1, 'gedeeld onderwerp', '', ''],
      [
        'Wethouder Een',
        'Wethouder Twee',
        4,
        4,
        'Doel w1',
        'Doel z1',
        3,
        'gedekt',
        'Programma werk',
        'Werk en zorg samen',
      ],
      ['Wethouder Een', 'Wethouder Twee', 4, 4, 'Doel w2', 'Doel z2', 1, 'gedekt', 'Programma werk', ''],
    ]);
    expect(new Set(t.rows.map((r) => r[6]))).toEqual(new Set(['versterkt']));
    expect(t.rows.map((r) => r[11])).toEqual(['w1_z1', 'w3_z1', 'z1_H', 'w2_z2', 'z1_z2', 'w1_z1', 'w2_z2']);
  });

  it('says uncovered in English for a split nobody arranged', () => {
    const t = exchangeTable(subjectDraft(), 'agenda', { locale: 'en' })!;
    expect(t.header).toEqual([
      'holder_a',
      'holder_b',
      'pair_weight',
      'split_weight',
      'from',
      'to',
      'kind',
      'strength',
      'status',
      'arrangements',
      'rationale',
      'link_id',
    ]);
    expect(t.rows.filter((r) => r[8] === 'uncovered').map((r) => r[11])).toEqual(['z1_H', 'w1_z1', 'w2_z2']);
    expect(t.rows.filter((r) => r[8] === 'shared subject')).toHaveLength(4);
  });
});

describe('tables as CSV', () => {
  it('writes goals and links exactly as the goals and links CSV export, so they import as before', () => {
    const p = smallExample();
    for (const [locale, delimiter] of [
      ['nl', ';'],
      ['en', ','],
      ['nl', ','],
    ] as const) {
      expect(exportTableCsv(p, 'goals', { locale, delimiter })).toBe(exportGoalsCsv(p, { locale, delimiter }));
      expect(exportTableCsv(p, 'links', { locale, delimiter })).toBe(exportLinksCsv(p, { locale, delimiter }));
    }
    const empty = { ...emptyProject({ id: 'p2', name: 'Leeg', now: p.createdAt }), domains: p.domains };
    const withGoals = applyCsvImport(empty, 'goals', utf8(exportTableCsv(p, 'goals')!));
    expect(withGoals.problems.filter((x) => x.severity !== 'warning')).toEqual([]);
    const withLinks = applyCsvImport(withGoals.value!, 'links', utf8(exportTableCsv(p, 'links')!));
    expect(withLinks.value!.goals).toEqual(p.goals);
    expect(withLinks.value!.links).toEqual(p.links);
  });

  it('writes numbers with a decimal comma in ; files and a point in , files, and reads back cell for cell', () => {
    const p = subjectDraft();
    const t = exchangeTable(p, 'division')!;
    const semi = readCsvTable(utf8(tableCsv(t, ';'))).value!;
    expect(semi.header).toEqual(t.header);
    expect(semi.rows.map((r) => r.cells)).toEqual(t.rows.map((r) => r.map((c) => (c === 0.8 ? '0,8' : String(c)))));
    const comma = readCsvTable(utf8(tableCsv(t, ','))).value!;
    expect(comma.rows[3]!.cells[3]).toBe('0.8');
  });

  it('neutralises formula cells in every table', () => {
    const p = coalitionDraft();
    const evil = ['=HYPERLINK("x")', '+1', '-2', '@SUM(1)', '\tTAB', '\rCR'];
    p.goals = p.goals.map((g, i) => ({ ...g, title: evil[i % evil.length]! + i }));
    p.subjects = p.subjects.map((s, i) => ({ ...s, name: evil[i]! + 's' }));
    p.portfolios = p.portfolios.map((h, i) => ({ ...h, holder: evil[(i + 2) % evil.length]! + 'h', party: '=P' }));
    p.links = p.links.map((l) => ({ ...l, rationale: '=1+1' }));
    p.divisions[0]!.arrangements[0]!.name = '@arr';
    for (const key of ['goals', 'subjects', 'links', 'division', 'agenda'] as const) {
      const csv = exportTableCsv(p, key)!;
      const raw = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data.flat();
      expect(
        raw.some((c) => /^'[=+\-@\t\r]/.test(c)),
        key,
      ).toBe(true);
      for (const c of raw) expect(c, `${key}: ${JSON.stringify(c)}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    // The importer takes the apostrophe off again: the titles come back as they were.
    const back = readCsvTable(utf8(exportTableCsv(p, 'goals')!)).value!;
    expect(back.rows.map((r) => r.cells[1])).toEqual(p.goals.map((g) => g.title));
  });
});

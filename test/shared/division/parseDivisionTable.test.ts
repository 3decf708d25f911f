import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import writeXlsxFile from 'write-excel-file/node';
import { readSheet } from 'read-excel-file/node';
import { parseDivisionTable, type TableCell } from '../../../shared/division/parseDivisionTable';
import { LIMITS } from '../../../shared/io/limits';
import { codes, subjectsByHolder } from './expectFromText';

const HEADER = ['houder', 'rol', 'partij', 'fte', 'onderwerp'];

describe('parseDivisionTable', () => {
  it('one row per subject, the holder repeated; FTE as a number (XLSX) or as Dutch text', () => {
    const rows: TableCell[][] = [
      HEADER,
      ['Van Dam', 'burgemeester', null, null, 'Openbare orde en veiligheid'],
      ['Van Dam', 'burgemeester', null, null, 'Handhaving'],
      ['Jansen', 'wethouder', 'PvdA', 0.8, 'Werk en inkomen'],
      ['Jansen', 'wethouder', 'PvdA', '0,8', 'Afval, water en riolering'],
      ['mr. P. de Vries', 'wethouder en 1e loco-burgemeester', 'VVD', '1', 'Financiën'],
    ];
    const r = parseDivisionTable(rows);
    expect(r.problems).toEqual([]);
    expect(r.holders).toEqual([
      {
        name: 'Van Dam',
        role: 'burgemeester',
        party: null,
        fte: null,
        line: 2,
        subjects: [
          { published: 'Openbare orde en veiligheid', line: 2, column: 5 },
          { published: 'Handhaving', line: 3, column: 5 },
        ],
      },
      {
        name: 'Jansen',
        role: 'wethouder',
        party: 'PvdA',
        fte: 0.8,
        line: 4,
        subjects: [
          { published: 'Werk en inkomen', line: 4, column: 5 },
          { published: 'Afval, water en riolering', line: 5, column: 5 },
        ],
      },
      {
        name: 'mr. P. de Vries',
        role: 'wethouder',
        roleNote: '1e loco-burgemeester',
        party: 'VVD',
        fte: 1,
        line: 6,
        subjects: [{ published: 'Financiën', line: 6, column: 5 }],
      },
    ]);
  });

  it('one row per holder: subjects split on ";" and line breaks in the cell, never on commas', () => {
    const r = parseDivisionTable([
      ['naam', 'partij', 'portefeuille'],
      ['Jansen', 'PvdA', 'Werk & inkomen; armoede en schulden; Afval, water en riolering'],
      ['Smit', 'CDA', 'Wonen\r\nSport\nCultuur, erfgoed'],
      ['Kok', 'SP', ''],
    ]);
    expect(r.problems).toEqual([]);
    expect(subjectsByHolder(r)).toEqual([
      ['Jansen', ['Werk & inkomen', 'armoede en schulden', 'Afval, water en riolering']],
      ['Smit', ['Wonen', 'Sport', 'Cultuur, erfgoed']],
      ['Kok', []],
    ]);
    expect(r.holders[0]!.subjects[2]).toEqual({ published: 'Afval, water en riolering', line: 2, column: 3 });
  });

  it('English and other Dutch headers, any case and spacing; role words in the holder cell', () => {
    const r = parseDivisionTable([
      [' Holder ', 'Party', 'FTE', 'Subject'],
      ['Wethouder Jansen', 'PvdA', 0.9, 'Zorg'],
      ['Burgemeester', '', '', 'Veiligheid'],
      ['Wethouder Bakker (D66, 0,6 fte)', '', '', 'Onderwijs'],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.holders.map((h) => [h.name, h.role, h.party, h.fte])).toEqual([
      ['Jansen', 'wethouder', 'PvdA', 0.9],
      ['Burgemeester', 'burgemeester', null, null],
      ['Bakker', 'wethouder', 'D66', 0.6],
    ]);
    const dutch = parseDivisionTable([
      ['Wethouder', 'Rol', 'Beleidsveld'],
      ['Jansen', 'loco-burgemeester', 'Zorg'],
      ['Van Dam', 'Mayor', 'Veiligheid'],
      ['Pinas', 'deputy mayor', 'Sport'],
    ]);
    expect(dutch.problems).toEqual([]);
    expect(dutch.holders.map((h) => [h.name, h.role, h.roleNote])).toEqual([
      ['Jansen', 'wethouder', 'loco-burgemeester'],
      ['Van Dam', 'burgemeester', undefined],
      ['Pinas', 'wethouder', 'deputy mayor'],
    ]);
  });

  it('an empty holder cell in a row with only a subject continues the holder above (merged cells)', () => {
    const r = parseDivisionTable([HEADER, ['Jansen', '', 'PvdA', '', 'Zorg'], [null, null, null, null, 'Welzijn']]);
    expect(r.problems).toEqual([]);
    expect(subjectsByHolder(r)).toEqual([['Jansen', ['Zorg', 'Welzijn']]]);
  });

  it('a bad FTE, an unknown role and a missing holder are errors at their row and column', () => {
    const r = parseDivisionTable([
      HEADER,
      [null, null, null, null, 'Zorg'],
      ['Jansen', 'raadslid', 'PvdA', 'veel', 'Werk'],
      ['Smit', '', 'CDA', '2,5', 'Wonen'],
      ['', '', 'VVD', '', 'Sport'],
    ]);
    expect(r.problems).toEqual([
      { code: 'divisionTableMissingHolder', params: { row: 2, column: 'houder' }, path: ['csv', 2, 'houder'] },
      {
        code: 'divisionTableUnknownRole',
        params: { row: 3, column: 'rol', value: 'raadslid', known: 'wethouder, burgemeester, loco-burgemeester' },
        path: ['csv', 3, 'rol'],
      },
      {
        code: 'divisionTableBadFte',
        params: { row: 3, column: 'fte', value: 'veel', min: 0.1, max: 1.5 },
        path: ['csv', 3, 'fte'],
      },
      {
        code: 'divisionTableBadFte',
        params: { row: 4, column: 'fte', value: '2,5', min: 0.1, max: 1.5 },
        path: ['csv', 4, 'fte'],
      },
      { code: 'divisionTableMissingHolder', params: { row: 5, column: 'houder' }, path: ['csv', 5, 'houder'] },
    ]);
    expect(r.holders.map((h) => h.name)).toEqual(['Jansen', 'Smit']);
  });

  it('a holder named again must not contradict their party, role or FTE; a repeated subject counts once', () => {
    const r = parseDivisionTable([
      HEADER,
      ['Jansen', '', 'PvdA', '0,8', 'Zorg'],
      ['jansen', '', 'SP', '0,8', 'Wonen'],
      ['Jansen', '', '', '', 'zorg'],
    ]);
    expect(r.problems).toEqual([
      {
        code: 'divisionTableConflict',
        params: { row: 3, column: 'partij', holder: 'Jansen', value: 'SP', other: 'PvdA', otherRow: 2 },
        path: ['csv', 3, 'partij'],
      },
      {
        code: 'divisionTableDuplicateSubject',
        params: { row: 4, column: 'onderwerp', text: 'zorg', otherRow: 2 },
        path: ['csv', 4, 'onderwerp'],
        severity: 'warning',
      },
    ]);
    expect(subjectsByHolder(r)).toEqual([['Jansen', ['Zorg', 'Wonen']]]);
  });

  it('columns: a missing holder or subject column, an unknown column; empty sheets', () => {
    expect(
      codes(
        parseDivisionTable([
          ['partij', 'onderwerp'],
          ['PvdA', 'Zorg'],
        ]),
      ),
    ).toEqual(['csvMissingColumn']);
    expect(
      codes(
        parseDivisionTable([
          ['houder', 'opmerking', 'onderwerp'],
          ['Jansen', 'x', 'Zorg'],
        ]),
      ),
    ).toEqual(['csvUnknownColumn']);
    expect(codes(parseDivisionTable([]))).toEqual(['csvEmpty']);
    expect(codes(parseDivisionTable([[null, ''], HEADER, []]))).toEqual(['csvNoRows']);
  });

  it('numbers rows from firstRow, blank rows counted, header after blank rows', () => {
    const r = parseDivisionTable([[], HEADER, [], ['Jansen', '', '', '', 'Zorg']], { firstRow: 3 });
    expect(r.holders[0]!.line).toBe(6);
    expect(r.holders[0]!.subjects[0]).toEqual({ published: 'Zorg', line: 6, column: 5 });
  });

  it('refuses a cell over the cell limit and more holders than a project may have', () => {
    const long = parseDivisionTable([HEADER, ['Jansen', '', '', '', 'x'.repeat(LIMITS.cellChars + 1)]]);
    expect(long.problems).toEqual([
      {
        code: 'csvCellTooLong',
        params: { row: 2, column: 'onderwerp', length: LIMITS.cellChars + 1, limit: LIMITS.cellChars },
        path: ['csv', 2, 'onderwerp'],
      },
    ]);
    const many = Array.from({ length: LIMITS.portfolios + 1 }, (_, i) => [`Houder ${i}`, '', '', '', 'Zorg']);
    expect(codes(parseDivisionTable([HEADER, ...many]))).toEqual(['divisionTooManyHolders']);
  });

  it('takes an XLSX sheet as read-excel-file gives it (numbers, nulls, blank rows kept)', async () => {
    const sheet = await writeXlsxFile([
      [null, null, null],
      [{ value: 'Houder' }, { value: 'FTE' }, { value: 'Onderwerp' }],
      [{ value: 'Jansen' }, { value: 0.8, type: Number }, { value: 'Zorg; Afval, water en riolering' }],
      [null, null, null],
      [{ value: 'Smit' }, null, { value: 'Wonen' }],
    ]).toBuffer();
    const rows = await readSheet(sheet);
    const r = parseDivisionTable(rows);
    expect(r.problems).toEqual([]);
    expect(r.holders.map((h) => [h.name, h.fte, h.line])).toEqual([
      ['Jansen', 0.8, 3],
      ['Smit', null, 5],
    ]);
    expect(r.holders[0]!.subjects).toEqual([
      { published: 'Zorg', line: 3, column: 3 },
      { published: 'Afval, water en riolering', line: 3, column: 3 },
    ]);
  });

  it('never throws on odd cells; every problem is at a row of the sheet or about the whole sheet', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        'Jansen',
        'Wethouder Smit (CDA, 0,8 fte)',
        'burgemeester',
        'PvdA',
        '0,8',
        '9',
        'Zorg; wonen',
        '',
        ' ',
      ),
      fc.string({ maxLength: 8 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date(),
    );
    const header = fc.shuffledSubarray(['houder', 'rol', 'partij', 'fte', 'onderwerp', 'opmerking'], { minLength: 1 });
    const WHOLE = new Set(['csvEmpty', 'csvNoRows', 'csvMissingColumn', 'divisionNoHolders', 'divisionTooManyHolders']);
    fc.assert(
      fc.property(header, fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 }), (head, rows) => {
        const r = parseDivisionTable([head, ...rows]);
        for (const p of r.problems) {
          if (WHOLE.has(p.code)) continue;
          expect(p.path?.[0], p.code).toBe('csv');
          expect(p.path![1] as number).toBeGreaterThanOrEqual(1);
          expect(p.path![1] as number).toBeLessThanOrEqual(rows.length + 1);
        }
        for (const h of r.holders) for (const s of h.subjects) expect(s.published).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });
});

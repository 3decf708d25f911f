import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { encodeWindows1252 } from '../../../../shared/io/decodeText';
import { LIMITS } from '../../../../shared/io/limits';
import { DIVISION_LIMITS } from '../../../../shared/division/publishedDivision';
import { chooseDivisionFile, readDivisionFile } from '../../../../renderer/views/divisions/readDivisionFile';
import { testStore } from '../../support/testStore';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readDivisionFile', () => {
  it('reads an XLSX sheet in the renderer (read-excel-file/browser) into holders at their rows', async () => {
    const buffer = await writeXlsxFile([
      [{ value: 'Houder' }, { value: 'Partij' }, { value: 'FTE' }, { value: 'Onderwerp' }],
      [{ value: 'Jansen' }, { value: 'PvdA' }, { value: 0.8, type: Number }, { value: 'Zorg; wonen' }],
      [{ value: 'Smit' }, null, null, { value: 'Sport' }],
    ]).toBuffer();
    // A view into a larger buffer, as a platform may hand it over: only the file's bytes may be read.
    const padded = new Uint8Array(buffer.length + 16);
    padded.set(buffer, 8);
    const source = await readDivisionFile({ name: 'Verdeling.XLSX', bytes: padded.subarray(8, 8 + buffer.length) });
    if (source.kind !== 'table') throw new Error('expected a table');
    expect(source.fileName).toBe('Verdeling.XLSX');
    expect(source.division.problems).toEqual([]);
    expect(
      source.division.holders.map((h) => [h.name, h.party, h.fte, h.line, h.subjects.map((s) => s.published)]),
    ).toEqual([
      ['Jansen', 'PvdA', 0.8, 2, ['Zorg', 'wonen']],
      ['Smit', null, null, 3, ['Sport']],
    ]);
  });

  it('reads a Dutch Excel CSV (Windows-1252, semicolons) with the shared CSV reader', async () => {
    const csv = 'houder;onderwerp\r\nJansen;Financiën\r\nJansen;Cultuur\r\n';
    const source = await readDivisionFile({ name: 'v.csv', bytes: encodeWindows1252(csv) });
    if (source.kind !== 'table') throw new Error('expected a table');
    expect(source.division.holders[0]!.subjects.map((s) => s.published)).toEqual(['Financiën', 'Cultuur']);
  });

  it('puts a text file in the box as editable text', async () => {
    const text = 'Wethouder Jansen (PvdA): werk en inkomen\n';
    expect(await readDivisionFile({ name: 'verdeling.txt', bytes: utf8(text) })).toEqual({ kind: 'text', text });
  });

  it('says why a file cannot be read: not an XLSX, too large, a text too long to edit', async () => {
    const bad = await readDivisionFile({ name: 'kapot.xlsx', bytes: utf8('geen zip') });
    expect(bad).toEqual({
      kind: 'table',
      fileName: 'kapot.xlsx',
      division: { holders: [], problems: [{ code: 'divisionSheetUnreadable', params: { name: 'kapot.xlsx' } }] },
    });
    const huge = await readDivisionFile({ name: 'groot.csv', bytes: new Uint8Array(LIMITS.csvBytes + 1) });
    expect(huge.kind === 'table' && huge.division.problems.map((p) => p.code)).toEqual(['csvFileTooLarge']);
    const long = await readDivisionFile({ name: 'lang.txt', bytes: utf8('x'.repeat(DIVISION_LIMITS.textChars + 1)) });
    expect(long.kind === 'table' && long.division.problems.map((p) => p.code)).toEqual(['divisionTextTooLong']);
  });

  it('"Portefeuilleverdeling" in CSV importeren opens the paste dialog with the chosen file, or nothing when cancelled', async () => {
    const { store, platform } = testStore();
    platform.openAnswers.push(null);
    await chooseDivisionFile(store);
    expect(store.getState().dialog).toBeNull();
    platform.files.set('/testing/v.txt', utf8('Wethouder Smit: wonen'));
    platform.openAnswers.push('/testing/v.txt');
    await chooseDivisionFile(store);
    const file = { name: 'v.txt', bytes: utf8('Wethouder Smit: wonen'), path: '/testing/v.txt' };
    expect(store.getState().dialog).toEqual({ kind: 'divisionPaste', file });
  });
});

import { describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../../shared/io/decodeText';
import { parseDivisionCsv } from '../../../shared/division/parseDivisionCsv';
import { LIMITS } from '../../../shared/io/limits';
import { codes, subjectsByHolder } from './expectFromText';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseDivisionCsv', () => {
  it('reads a Dutch Excel CSV (Windows-1252, ";", decimal comma) with rows numbered as Excel shows them', () => {
    const csv =
      'houder;rol;partij;fte;onderwerp\r\nJansen;;PvdA;0,8;Financiën\r\n;;;;\r\nJansen;;PvdA;0,8;"Afval, water en riolering"\r\n';
    const r = parseDivisionCsv(encodeWindows1252(csv));
    expect(r.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(codes(r)).toEqual(['csvEncodingGuessed']);
    expect(r.holders).toEqual([
      {
        name: 'Jansen',
        role: 'wethouder',
        party: 'PvdA',
        fte: 0.8,
        line: 2,
        subjects: [
          { published: 'Financiën', line: 2, column: 5 },
          { published: 'Afval, water en riolering', line: 4, column: 5 },
        ],
      },
    ]);
  });

  it('reads a "," CSV in UTF-8 with a decimal point, and a "sep=" line', () => {
    const r = parseDivisionCsv(utf8('\uFEFFholder,party,fte,subject\nJansen,PvdA,0.9,Werk & inkomen; zorg\n'));
    expect(r.problems).toEqual([]);
    expect(r.holders.map((h) => [h.name, h.fte])).toEqual([['Jansen', 0.9]]);
    expect(subjectsByHolder(r)).toEqual([['Jansen', ['Werk & inkomen', 'zorg']]]);
    const sep = parseDivisionCsv(utf8('sep=;\nhouder;onderwerp\nSmit;Wonen\n'));
    expect(subjectsByHolder(sep)).toEqual([['Smit', ['Wonen']]]);
  });

  it('locates problems at the CSV row and column', () => {
    const r = parseDivisionCsv(utf8('houder;fte;onderwerp\nJansen;2;Zorg\n'));
    expect(r.problems).toEqual([
      {
        code: 'divisionTableBadFte',
        params: { row: 2, column: 'fte', value: '2', min: 0.1, max: 1.5 },
        path: ['csv', 2, 'fte'],
      },
    ]);
  });

  it('refuses what every CSV reader refuses: an empty file, a header only, a file over the size limit', () => {
    expect(codes(parseDivisionCsv(utf8('')))).toEqual(['csvEmpty']);
    expect(codes(parseDivisionCsv(utf8('houder;onderwerp\n')))).toEqual(['csvNoRows']);
    const big = new Uint8Array(LIMITS.csvBytes + 1);
    expect(codes(parseDivisionCsv(big))).toEqual(['csvFileTooLarge']);
  });
});

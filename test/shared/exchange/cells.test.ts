import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, xmlSafe } from '../../../shared/exchange/cells';
import { unescapeFormula } from '../../../shared/io/readCsvTable';
import { writeCsv } from '../../../shared/io/writeCsv';

describe('neutraliseFormula', () => {
  it('puts an apostrophe before a cell Excel would run, exactly as the CSV writer does', () => {
    const cells = ['=SUM(A1:A9)', '+31 20', '-5', '@cmd', '\tx', '\rx', "'=already", 'plain', '', ' =spaced', '1-2'];
    const written = Papa.parse<string[]>(writeCsv(['h'], [cells], ';').slice(1), { delimiter: ';' }).data[1];
    expect(cells.map(neutraliseFormula)).toEqual(written);
    expect(cells.map(neutraliseFormula)).toEqual([
      "'=SUM(A1:A9)",
      "'+31 20",
      "'-5",
      "'@cmd",
      "'\tx",
      "'\rx",
      "''=already",
      'plain',
      '',
      ' =spaced',
      '1-2',
    ]);
  });

  it('is undone by the importer’s unescapeFormula', () => {
    for (const c of ['=1+1', "'=1+1", "''-3", '@x', 'gewoon']) expect(unescapeFormula(neutraliseFormula(c))).toBe(c);
  });
});

describe('xmlSafe', () => {
  it('replaces what XML 1.0 forbids and keeps tab, line ends, surrogate pairs and other text', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000bd\u001fe\uffff')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffd');
    expect(xmlSafe('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
    const fine = 'tab\t lf\n cr\r emoji 😀 € ë “q”';
    expect(xmlSafe(fine)).toBe(fine);
  });
});

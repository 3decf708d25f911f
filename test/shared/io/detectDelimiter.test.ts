import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../shared/io/detectDelimiter';

describe('detectDelimiter', () => {
  it('takes a sep= line first and hides it', () => {
    expect(detectDelimiter('sep=;\r\ntitel\r\nA, B, C\r\n')).toEqual({
      delimiter: ';',
      body: 'titel\r\nA, B, C\r\n',
      fromSepLine: true,
    });
    expect(detectDelimiter('SEP=,\ntitel;x\n').delimiter).toBe(',');
    expect(detectDelimiter('sep=\t\ntitel\n').delimiter).toBe('\t');
  });

  it('reports a sep= line with a character it cannot use', () => {
    expect(detectDelimiter('sep=|\ntitel\n').unsupportedSep).toBe('|');
  });

  it('counts ; , TAB on the header line only, outside quotes', () => {
    expect(detectDelimiter('titel;budget;bron\nA;1,5;x,y,z,w\n').delimiter).toBe(';');
    expect(detectDelimiter('title,budget\n"a;b;c",1\n').delimiter).toBe(',');
    expect(detectDelimiter('titel\tbudget\tbron\nA\t1,5\t\n').delimiter).toBe('\t');
    expect(detectDelimiter('"titel;met;puntkomma",budget,bron\n').delimiter).toBe(',');
  });

  it('follows a quoted header over a line break', () => {
    expect(detectDelimiter('"ti\ntel";budget\n').delimiter).toBe(';');
  });

  it('skips blank lines before the header', () => {
    expect(detectDelimiter('\r\n\ntitel;budget\n').delimiter).toBe(';');
  });

  it('falls back to , for a single column', () => {
    expect(detectDelimiter('titel\nA\n').delimiter).toBe(',');
  });
});

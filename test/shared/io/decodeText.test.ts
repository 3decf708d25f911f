import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeText,
  decodeWindows1252,
  encodeWindows1252,
  firstNonAscii,
  utf8Evidence,
  WINDOWS_1252_HIGH,
} from '../../../shared/io/decodeText';

const TYPOGRAPHY = '€ ‘ ’ “ ” – —';

describe('decodeText', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`titel;${TYPOGRAPHY}`)]);
    expect(decodeText(bytes)).toEqual({ text: `titel;${TYPOGRAPHY}`, encoding: 'utf-8', bom: true, invalid: 0 });
  });

  it('reads UTF-8 without a BOM', () => {
    const bytes = new TextEncoder().encode(`Eén ${TYPOGRAPHY}`);
    expect(decodeText(bytes)).toEqual({ text: `Eén ${TYPOGRAPHY}`, encoding: 'utf-8', bom: false, invalid: 0 });
  });

  it('falls back to Windows-1252 and decodes 0x80–0x9F with its own table', () => {
    // € ‘ ’ “ ” – — as Dutch Excel writes them, with é (0xE9) and a space between.
    const bytes = new Uint8Array([
      0x80, 0x20, 0x91, 0x20, 0x92, 0x20, 0x93, 0x20, 0x94, 0x20, 0x96, 0x20, 0x97, 0x20, 0xe9,
    ]);
    expect(decodeText(bytes)).toEqual({ text: `${TYPOGRAPHY} é`, encoding: 'windows-1252', bom: false, invalid: 0 });
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const text = `titel\t${TYPOGRAPHY}`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16le', bom: true, invalid: 0 });
  });

  it('has 32 entries and no C1 control where Windows-1252 assigns a character', () => {
    expect(WINDOWS_1252_HIGH).toHaveLength(32);
    const unassigned = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
    WINDOWS_1252_HIGH.forEach((cp, i) => {
      if (unassigned.has(0x80 + i)) expect(cp).toBe(0x80 + i);
      else expect(cp).toBeGreaterThan(0xff);
    });
  });

  it('agrees with the WHATWG decoder outside 0x80–0x9F, where Node 20 is right', () => {
    const bytes = new Uint8Array(256 - 32);
    let n = 0;
    for (let b = 0; b < 256; b++) if (b < 0x80 || b > 0x9f) bytes[n++] = b;
    expect(decodeWindows1252(bytes)).toBe(new TextDecoder('windows-1252').decode(bytes));
  });

  it('encodes and decodes Windows-1252 text back to itself', () => {
    const chars = [...'abc éëïöü ÀÉ€‘’“”–—…•™ ;,"\n', ...WINDOWS_1252_HIGH.map((c) => String.fromCharCode(c))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars)), (parts) => {
        const text = parts.join('');
        expect(decodeWindows1252(encodeWindows1252(text))).toBe(text);
      }),
    );
  });

  it('never fails: any bytes decode to some text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(typeof decodeText(bytes).text).toBe('string');
      }),
    );
  });

  // Issue 17: one bad byte used to send a whole UTF-8 file down the Windows-1252 path ("Zorg Ã©Ã©n").
  it('reads a UTF-8 file with one bad byte as UTF-8 with one invalid sequence', () => {
    const good = new TextEncoder().encode('titel\nZorg één\n');
    const bad = new Uint8Array([...good.subarray(0, 11), 0xff, ...good.subarray(11)]);
    expect(decodeText(bad)).toEqual({ text: 'titel\nZorg \uFFFDéén\n', encoding: 'utf-8', bom: false, invalid: 1 });
  });

  it('reads the same words saved by Excel as Windows-1252 as Windows-1252', () => {
    expect(decodeText(encodeWindows1252('titel\nZorg één\n'))).toEqual({
      text: 'titel\nZorg één\n',
      encoding: 'windows-1252',
      bom: false,
      invalid: 0,
    });
  });

  it('decides on evidence: more damage than UTF-8 characters is Windows-1252, a BOM is always UTF-8', () => {
    const utf8 = (s: string) => [...new TextEncoder().encode(s)];
    // One UTF-8 é against two lone Windows-1252 bytes: not UTF-8.
    expect(decodeText(new Uint8Array([...utf8('é'), 0xe9, 0x20, 0xeb])).encoding).toBe('windows-1252');
    // Two UTF-8 characters against two bad bytes: UTF-8 with two errors.
    expect(decodeText(new Uint8Array([...utf8('éë'), 0xe9, 0x20, 0xeb]))).toMatchObject({
      encoding: 'utf-8',
      invalid: 2,
    });
    // A BOM says UTF-8 whatever follows.
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe9, 0x20, 0xeb]))).toMatchObject({
      text: '\uFFFD \uFFFD',
      encoding: 'utf-8',
      bom: true,
      invalid: 2,
    });
  });

  it('counts invalid UTF-8 exactly as the WHATWG decoder replaces it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const replaced = [...new TextDecoder('utf-8').decode(bytes)].filter((c) => c === '\uFFFD').length;
        expect(utf8Evidence(bytes).invalid).toBe(replaced);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts unpaired surrogates in UTF-16 with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]); // A, lone high surrogate, B
    expect(decodeText(bytes)).toEqual({ text: 'A\uFFFDB', encoding: 'utf-16le', bom: true, invalid: 1 });
  });

  it('decodes every byte, across chunk boundaries, with and without bytes 0x80–0x9F', () => {
    const all = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256);
    const expected = [...all]
      .map((b) => String.fromCharCode(b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : b))
      .join('');
    expect(decodeWindows1252(all)).toBe(expected);
    const noC1 = all.filter((b) => b < 0x80 || b > 0x9f);
    expect(decodeWindows1252(noC1)).toBe(String.fromCharCode(...noC1));
  });

  it('quotes the words around the first non-ASCII character', () => {
    expect(firstNonAscii('plain')).toBeUndefined();
    expect(firstNonAscii('Zorg één')).toEqual({ index: 5, excerpt: 'Zorg één' });
    expect(firstNonAscii(`${'x'.repeat(30)}\né${'y'.repeat(40)}`)).toEqual({
      index: 31,
      excerpt: `…${'x'.repeat(19)} é${'y'.repeat(29)}…`,
    });
  });
});

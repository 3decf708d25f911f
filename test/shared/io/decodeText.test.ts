import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText, decodeWindows1252, encodeWindows1252, WINDOWS_1252_HIGH } from '../../../shared/io/decodeText';

const TYPOGRAPHY = '€ ‘ ’ “ ” – —';

describe('decodeText', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`titel;${TYPOGRAPHY}`)]);
    expect(decodeText(bytes)).toEqual({ text: `titel;${TYPOGRAPHY}`, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-8 without a BOM', () => {
    const bytes = new TextEncoder().encode(`Eén ${TYPOGRAPHY}`);
    expect(decodeText(bytes)).toEqual({ text: `Eén ${TYPOGRAPHY}`, encoding: 'utf-8', bom: false });
  });

  it('falls back to Windows-1252 and decodes 0x80–0x9F with its own table', () => {
    // € ‘ ’ “ ” – — as Dutch Excel writes them, with é (0xE9) and a space between.
    const bytes = new Uint8Array([
      0x80, 0x20, 0x91, 0x20, 0x92, 0x20, 0x93, 0x20, 0x94, 0x20, 0x96, 0x20, 0x97, 0x20, 0xe9,
    ]);
    expect(decodeText(bytes)).toEqual({ text: `${TYPOGRAPHY} é`, encoding: 'windows-1252', bom: false });
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const text = `titel\t${TYPOGRAPHY}`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16le', bom: true });
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
});

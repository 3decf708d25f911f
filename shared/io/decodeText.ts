export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  /**
   * Byte sequences that are not valid in `encoding`, each decoded as U+FFFD (�). Zero for a sound file and always
   * zero for Windows-1252, where every byte means something.
   */
  invalid: number;
}

/**
 * Windows-1252 bytes 0x80–0x9F. Node 20's TextDecoder('windows-1252') turns these into C1 controls, so the
 * table is ours. The five unassigned bytes keep their C1 code point, as the WHATWG encoding standard does.
 */
export const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

const WINDOWS_1252 = new Uint16Array(256).map((_, b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : b));

let nativeDecoder: TextDecoder | null | undefined;

/** The engine's own Windows-1252 decoder when it maps 0x80–0x9F right (Chromium, newer Node), else null. */
function rightNativeDecoder(): TextDecoder | null {
  if (nativeDecoder === undefined) {
    try {
      const d = new TextDecoder('windows-1252');
      const probe = Uint8Array.from(WINDOWS_1252_HIGH.map((_, i) => 0x80 + i));
      const expected = String.fromCharCode(...WINDOWS_1252_HIGH);
      nativeDecoder = d.decode(probe) === expected ? d : null;
    } catch {
      nativeDecoder = null;
    }
  }
  return nativeDecoder;
}

function hasC1Byte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80 && bytes[i]! <= 0x9f) return true;
  return false;
}

/**
 * Windows-1252 bytes → text. The engine's decoder is native and fast; where it maps 0x80–0x9F wrongly (Node 20)
 * it is still right for every other byte, so the table below runs only for files that hold such a byte. The table
 * fills a 16-bit buffer and turns it into text a chunk at a time (fromCharCode takes a bounded argument list).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const native = rightNativeDecoder();
  if (native) return native.decode(bytes);
  if (!hasC1Byte(bytes)) {
    try {
      return new TextDecoder('windows-1252').decode(bytes);
    } catch {
      // An engine without the label: the table below is right everywhere.
    }
  }
  const CHUNK = 8192;
  const units = new Uint16Array(Math.min(CHUNK, bytes.length));
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - start);
    for (let j = 0; j < n; j++) units[j] = WINDOWS_1252[bytes[start + j]!]!;
    // apply takes any array-like; the typings only know number[].
    const chunk = (n === units.length ? units : units.subarray(0, n)) as unknown as number[];
    parts.push(String.fromCharCode.apply(null, chunk));
  }
  return parts.join('');
}

/**
 * Where a text first leaves ASCII, with the words around it: what a user is shown to judge whether a file read as
 * Windows-1252 came out right ("…achterstanden – samen met “ketenpartners”"). Undefined for ASCII text.
 */
export function firstNonAscii(text: string): { index: number; excerpt: string } | undefined {
  const index = text.search(/[\u0080-\uffff]/);
  if (index < 0) return undefined;
  const start = Math.max(0, index - 20);
  const end = Math.min(text.length, index + 30);
  const excerpt = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return { index, excerpt: excerpt.replace(/\s+/g, ' ') };
}

/** Encodes text as Windows-1252; characters it cannot hold become '?'. Used to write Excel-style fixtures. */
export function encodeWindows1252(text: string): Uint8Array {
  const reverse = new Map(WINDOWS_1252_HIGH.map((cp, i) => [cp, 0x80 + i]));
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const mapped = reverse.get(cp);
    if (mapped !== undefined) out[n++] = mapped;
    else if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) out[n++] = cp;
    else out[n++] = 0x3f;
  }
  return out.slice(0, n);
}

export interface Utf8Evidence {
  /** Well-formed sequences of two to four bytes (the non-ASCII characters a UTF-8 file holds). */
  multiByte: number;
  /** Ill-formed sequences: each one a U+FFFD in a WHATWG decode (Chromium's and Node's TextDecoder). */
  invalid: number;
}

/** Counts as the WHATWG UTF-8 decoder reads: a byte that breaks a sequence ends it and is read again. */
export function utf8Evidence(bytes: Uint8Array): Utf8Evidence {
  let multiByte = 0;
  let invalid = 0;
  let needed = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b < 0x80) continue;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else invalid++;
      continue;
    }
    if (b < lower || b > upper) {
      invalid++;
      needed = 0;
      lower = 0x80;
      upper = 0xbf;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (--needed === 0) multiByte++;
  }
  if (needed > 0) invalid++;
  return { multiByte, invalid };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const body = bytes.subarray(2);
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(body), encoding, bom: true, invalid: 0 };
  } catch {
    // Unpaired surrogates and an odd last byte each become U+FFFD.
    const text = new TextDecoder(encoding).decode(body);
    return { text, encoding, bom: true, invalid: Math.max(1, countReplaced(text)) };
  }
}

function countReplaced(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * Bytes of a text file as Excel and other tools write them. A UTF-8 or UTF-16 byte order mark wins. Without one,
 * valid UTF-8 is UTF-8. Invalid UTF-8 is decided on evidence: when the file's well-formed multi-byte characters
 * (é as C3 A9) are at least as many as its ill-formed sequences, it is a UTF-8 file with a few damaged bytes, and
 * `invalid` says how many (each decoded as U+FFFD, for the caller to report where). Otherwise it is not UTF-8
 * at all but Windows-1252 (Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)"), where é is the single
 * byte E9 and multi-byte UTF-8 sequences occur only by accident. Every byte sequence decodes: this never fails.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom, invalid: 0 };
  } catch {
    const evidence = utf8Evidence(body);
    if (bom || (evidence.multiByte > 0 && evidence.multiByte >= evidence.invalid))
      return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', bom, invalid: evidence.invalid };
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false, invalid: 0 };
  }
}

import { encodeWindows1252 } from '../../../../shared/io/decodeText';
import type { FuzzRng } from './fuzzRng';

/** A generated input and the steps that made it, so a failure can be read and reproduced. */
export interface FuzzInput {
  bytes: Uint8Array;
  how: string[];
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

/** The parts one after another (spreading bytes into an array first took half the fuzz suite's time). */
function concat(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The encodings files arrive in: UTF-8 with and without BOM, UTF-16 with and without BOM, Windows-1252. */
export const ENCODINGS = {
  utf8: (t: string) => new TextEncoder().encode(t),
  utf8Bom: (t: string) => concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(t)),
  utf16le: (t: string) => utf16(t, true, true),
  utf16be: (t: string) => utf16(t, false, true),
  utf16leNoBom: (t: string) => utf16(t, true, false),
  windows1252: (t: string) => encodeWindows1252(t),
} as const;
export type EncodingName = keyof typeof ENCODINGS;

/** Mostly UTF-8 (what the readers mostly see), the rest spread over the other encodings. */
export function encode(rng: FuzzRng, text: string, how: string[]): Uint8Array {
  const name: EncodingName = rng.chance(0.6)
    ? 'utf8'
    : rng.pick(['utf8Bom', 'utf16le', 'utf16be', 'utf16leNoBom', 'windows1252'] as const);
  how.push(`encode ${name}`);
  return ENCODINGS[name](text);
}

/** Byte sequences that are not UTF-8: lone continuation and lead bytes, overlongs, a surrogate, a cut sequence. */
const BAD_UTF8: readonly number[][] = [[0x80], [0xff], [0xc0, 0xaf], [0xe9], [0xed, 0xa0, 0x80], [0xf0, 0x9f], [0xc3]];

/** Damage at the level of bytes: flips, invalid UTF-8, cuts, and spans dropped or repeated. */
export function mutateBytes(rng: FuzzRng, bytes: Uint8Array, how: string[]): Uint8Array {
  const at = () => rng.int(bytes.length + 1);
  switch (rng.int(5)) {
    case 0: {
      const out = bytes.slice();
      const n = 1 + rng.int(4);
      for (let k = 0; k < n && out.length; k++) out[rng.int(out.length)] = rng.int(256);
      how.push(`flip ${n} bytes`);
      return out;
    }
    case 1: {
      const i = at();
      const bad = rng.pick(BAD_UTF8);
      how.push(`insert bytes ${bad.map((b) => b.toString(16)).join(' ')} at ${i}`);
      return concat(bytes.subarray(0, i), bad, bytes.subarray(i));
    }
    case 2: {
      const i = at();
      how.push(`truncate at ${i} of ${bytes.length}`);
      return bytes.slice(0, i);
    }
    case 3: {
      const i = at();
      const j = Math.min(bytes.length, i + rng.int(64));
      how.push(`drop bytes ${i}-${j}`);
      return concat(bytes.subarray(0, i), bytes.subarray(j));
    }
    default: {
      const i = at();
      const j = Math.min(bytes.length, i + rng.int(64));
      how.push(`repeat bytes ${i}-${j}`);
      return concat(bytes.subarray(0, j), bytes.subarray(i));
    }
  }
}

/** Strings that have broken readers before or might: prototype names, numbers JSON cannot hold, odd characters. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  '0x1F',
  '1.250.000,50',
  '\u0000',
  '\ud800',
  '\uFFFD',
  'é',
  '𝔘𝔫𝔦',
  '"',
  "'=1+1",
  '=HYPERLINK("x")',
  '\r\n',
  '\t',
];

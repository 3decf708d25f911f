import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from '../../../shared/model/zod';
import {
  maxBytes,
  maxTotalBytes,
  megabytes,
  sizeParams,
  tooLargeIn,
  utf8Length,
} from '../../../shared/ipc/payloadSize';

const encoder = new TextEncoder();

describe('utf8Length', () => {
  it('counts what TextEncoder writes: ASCII, accents, euro sign, emoji, lone surrogates', () => {
    for (const text of ['', 'Zorg', 'Zorg één', '€ 1,2 mln', '👩‍⚕️ zorg', '\ud800', 'a\udc00b', '\ud83d']) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(encoder.encode(text).byteLength);
    }
  });

  it('counts long text in pieces without cutting a surrogate pair at a piece boundary', () => {
    for (const text of ['a' + '😀'.repeat(20_000), 'é'.repeat(16_383) + '😀x', '\ud800'.repeat(40_000)]) {
      expect(utf8Length(text)).toBe(encoder.encode(text).byteLength);
    }
  });

  it('agrees with TextEncoder on any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        (text) => utf8Length(text) === encoder.encode(text).byteLength,
      ),
    );
  });
});

describe('maxBytes', () => {
  const schema = z.strictObject({ data: maxBytes(z.union([z.string(), z.instanceof(Uint8Array)]), 6) });

  it('accepts up to the bound and refuses one byte more, counting strings as UTF-8', () => {
    expect(schema.safeParse({ data: 'abcdef' }).success).toBe(true);
    expect(schema.safeParse({ data: new Uint8Array(6) }).success).toBe(true);
    expect(schema.safeParse({ data: 'ééé' }).success).toBe(true);
    for (const data of ['abcdefg', 'éééa', '€€€', new Uint8Array(7)]) {
      const result = schema.safeParse({ data });
      expect(result.success).toBe(false);
      expect(tooLargeIn(result.error!)).toEqual({
        bytes: typeof data === 'string' ? utf8Length(data) : 7,
        maxBytes: 6,
      });
    }
  });

  it('leaves other failures to the schema: a wrong type is no size refusal', () => {
    const result = schema.safeParse({ data: 42 });
    expect(result.success).toBe(false);
    expect(tooLargeIn(result.error!)).toBeUndefined();
  });
});

describe('maxTotalBytes', () => {
  const file = z.strictObject({ bytes: z.instanceof(Uint8Array) });
  const schema = maxTotalBytes(z.array(file), 10);

  it('bounds the files of a list together', () => {
    expect(schema.safeParse([{ bytes: new Uint8Array(4) }, { bytes: new Uint8Array(6) }]).success).toBe(true);
    const result = schema.safeParse([{ bytes: new Uint8Array(4) }, { bytes: new Uint8Array(7) }]);
    expect(result.success).toBe(false);
    expect(tooLargeIn(result.error!)).toEqual({ bytes: 11, maxBytes: 10 });
  });
});

describe('sizes for people', () => {
  it('gives megabytes with one decimal, rounded up so just over never reads as equal', () => {
    const MB = 1024 * 1024;
    expect(megabytes(128 * MB)).toBe(128);
    expect(megabytes(128 * MB + 1)).toBe(128.1);
    expect(sizeParams({ bytes: 200 * MB, maxBytes: 128 * MB })).toEqual({ size: 200, limit: 128 });
  });
});

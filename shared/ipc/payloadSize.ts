import { z } from '../model/zod';

/**
 * Size bounds for the IPC payloads that carry user data (saved data, opened files). A payload over its bound is
 * refused by the contract itself, in main on request and response and in the page before it sends, and the
 * refusal says how large it was and what the limit is, in megabytes, as the file-size problems of shared/io do.
 */

const MB = 1024 * 1024;

/** Bytes of a string written as UTF-8, counted without encoding it (a lone surrogate is written as U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The size of a payload in bytes as it will be written, or undefined when it surely fits `maxBytes`: a string of
 * n UTF-16 units is at most 3n bytes, so most saves are never counted.
 */
function bytesOver(value: string | Uint8Array, maxBytes: number): number | undefined {
  if (typeof value !== 'string') return value.byteLength > maxBytes ? value.byteLength : undefined;
  if (value.length * 3 <= maxBytes) return undefined;
  const bytes = utf8Length(value);
  return bytes > maxBytes ? bytes : undefined;
}

export interface TooLarge {
  bytes: number;
  maxBytes: number;
}

/** The schema, refusing values larger than `maxBytes` with an issue tooLargeIn() recognises. */
export function maxBytes<T extends z.ZodType<string | Uint8Array>>(schema: T, limit: number) {
  return schema.superRefine((value, ctx) => {
    if (typeof value !== 'string' && !(value instanceof Uint8Array)) return;
    const bytes = bytesOver(value, limit);
    if (bytes === undefined) return;
    const tooLarge: TooLarge = { bytes, maxBytes: limit };
    ctx.addIssue({ code: 'custom', message: `${bytes} bytes, more than the ${limit} allowed`, params: { tooLarge } });
  });
}

/** The same for a list of files: their bytes together at most `limit`. */
export function maxTotalBytes<T extends z.ZodType<readonly { bytes: Uint8Array }[]>>(schema: T, limit: number) {
  return schema.superRefine((files, ctx) => {
    if (!Array.isArray(files)) return;
    const bytes = files.reduce((sum: number, f: { bytes: Uint8Array }) => sum + f.bytes.byteLength, 0);
    if (bytes <= limit) return;
    const tooLarge: TooLarge = { bytes, maxBytes: limit };
    ctx.addIssue({ code: 'custom', message: `${bytes} bytes, more than the ${limit} allowed`, params: { tooLarge } });
  });
}

/** The size refusal among a failed parse's issues, if that is why it failed. */
export function tooLargeIn(error: z.ZodError): TooLarge | undefined {
  for (const issue of error.issues) {
    if (issue.code !== 'custom') continue;
    const found = (issue.params as { tooLarge?: TooLarge } | undefined)?.tooLarge;
    if (found) return found;
  }
  return undefined;
}

/** Megabytes with one decimal, rounded up, so a payload just over the limit never reads as equal to it. */
export function megabytes(bytes: number): number {
  return Math.ceil((bytes / MB) * 10) / 10;
}

/** The parameters of a size refusal as users read them: `{ size, limit }` in megabytes. */
export function sizeParams({ bytes, maxBytes: limit }: TooLarge): { size: number; limit: number } {
  return { size: megabytes(bytes), limit: megabytes(limit) };
}

import { z } from './zod';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A stable random id such as `goal_k3f9x2m1qa`: never a position, so files merge and links survive reordering. */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += ALPHABET[b % ALPHABET.length];
  return `${prefix}_${s}`;
}

// `__proto__` is refused: as a key of a plain record (assignments) it would set the prototype instead of an entry.
// Other names on Object.prototype (`constructor`, `toString`) are ordinary ids; records are read with Object.hasOwn.
/** The message of the one refused id, which zodProblems turns into its own problem code. */
export const RESERVED_ID = 'reservedId';

export const IdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_.:-]+$/, { message: 'id' })
  .refine((s) => s !== '__proto__', { message: RESERVED_ID });
export type Id = z.infer<typeof IdSchema>;

import { parseNumber, type DecimalMark } from '../../io/parseNumber';
import { splitList } from '../../io/readCsvTable';

/**
 * A value as a file gives it: text, a number (an XLSX number cell, a GEXF or GraphML double), a boolean, or a list
 * (a GEXF liststring, Kumu tags). Dates are given as their ISO day by the sheet reader.
 */
export type Value = string | number | boolean | readonly string[];

/** A value as text: trimmed; a number as JavaScript writes it (so a taakveld typed as 6.1 reads "6.1"). */
export function textOf(v: Value | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return String(v);
  return v
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(' | ');
}

/** A list value as items; text is split as the CSV reader splits it (`|`, else `,`). */
export function listOf(v: Value | undefined): string[] {
  if (v === undefined) return [];
  if (Array.isArray(v)) return v.map((s: string) => s.trim()).filter((s: string) => s !== '');
  return splitList(textOf(v));
}

/**
 * A number value: a number as it is, text read as people type it (`parseNumber` with the file's decimal mark).
 * `undefined` for text that is no number; `null` for an empty value.
 */
export function numberOf(v: Value | undefined, decimal: DecimalMark): number | null | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const text = textOf(v);
  if (text === '') return null;
  return parseNumber(text, decimal);
}

const YES = new Set(['ja', 'yes', 'true', 'waar', 'j', 'y', '1', 'x']);
const NO = new Set(['nee', 'no', 'false', 'onwaar', 'n', '0', '']);

/** A yes/no value in either language (the exchange files write ja/nee or yes/no); undefined when it is neither. */
export function yesNoOf(v: Value | undefined): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const t = textOf(v).toLowerCase();
  if (YES.has(t)) return true;
  return NO.has(t) ? false : undefined;
}

/** At most `max` characters of a value for a message, so a crafted file cannot flood the screen. */
export function shortText(v: Value | undefined, max = 80): string {
  const t = textOf(v);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

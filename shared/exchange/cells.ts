import { FORMULA_START } from '../io/readCsvTable';

/** A table cell before it is written: text, a number (an XLSX number cell; CSV formats it), or empty. */
export type Cell = string | number | null;

/**
 * A text cell that Excel would run as a formula (`=`, `+`, `-`, `@`, tab or carriage return first) gets a leading
 * apostrophe: the same rule and the same mark as the CSV writer (Papa's `escapeFormulae` with `FORMULA_START`), so
 * one importer (`unescapeFormula`) takes it off again whatever file the cell came from. A cell that already starts
 * with apostrophes before such a character gets one more, so that removing one gives it back as it was.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

// Characters XML 1.0 does not allow anywhere (controls other than tab, LF and CR; U+FFFE, U+FFFF; lone surrogates).
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text an XML file can hold: every character XML 1.0 forbids becomes U+FFFD, visibly, where a parser would
 * otherwise refuse the whole file (and write-excel-file would drop it silently).
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

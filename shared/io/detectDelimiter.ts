export type CsvDelimiter = ';' | ',' | '\t';

const CANDIDATES: readonly CsvDelimiter[] = [';', '\t', ','];

export interface DelimiterGuess {
  delimiter: CsvDelimiter;
  /** The text after a `sep=` line, which Excel writes and hides; the header is the first line of this. */
  body: string;
  fromSepLine: boolean;
  /** A `sep=` line naming a character other than `;` `,` TAB. */
  unsupportedSep?: string;
}

/** Counts candidates outside double quotes on the first record (a quoted header may span lines). */
function countOnFirstRecord(text: string): Record<CsvDelimiter, number> {
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  return counts;
}

/**
 * Papaparse's own guess picks ',' on Dutch data full of decimal commas, so the delimiter is decided here: a
 * `sep=` first line, else the most frequent of `;` TAB `,` on the header line (ties in that order, because a
 * Dutch header rarely holds a semicolon by accident), else ','.
 */
export function detectDelimiter(text: string): DelimiterGuess {
  const sep = /^sep=(.)\r?\n?/i.exec(text);
  if (sep) {
    const ch = sep[1]!;
    const body = text.slice(sep[0].length);
    if (ch === ';' || ch === ',' || ch === '\t') return { delimiter: ch, body, fromSepLine: true };
    return { delimiter: ',', body, fromSepLine: true, unsupportedSep: ch };
  }
  // Blank lines before the header do not count: the header is the first line with content.
  const counts = countOnFirstRecord(text.replace(/^(?:[ \t]*\r?\n)+/, ''));
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const c of CANDIDATES)
    if (counts[c] > bestCount) {
      best = c;
      bestCount = counts[c];
    }
  return { delimiter: best, body: text, fromSepLine: false };
}

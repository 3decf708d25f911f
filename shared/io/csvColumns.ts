import { problem, type Problem } from '../model';
import type { IoLocale } from './formatPath';

export interface ColumnDef<K extends string = string> {
  key: K;
  /** The header this app writes in a Dutch or English export. */
  nl: string;
  en: string;
  /** Further headers accepted on import. */
  aliases: readonly string[];
  required?: boolean;
  /** Written on export for people reading the file; ignored on import. */
  informative?: boolean;
}

/** Lower case, no accents or apostrophes, runs of space, '_' and '-' as one '_': "Thema’s " → "themas". */
export function normalizeHeader(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .trim()
    .replace(/[\s_-]+/g, '_');
}

/** For matching names inside cells: also drops spaces and punctuation ("Wmo 2015" = "wmo2015"). */
export function normalizeWord(s: string): string {
  return normalizeHeader(s).replace(/[^a-z0-9]/g, '');
}

export interface ColumnMap<K extends string> {
  /** Cell index of each column found. */
  index: Partial<Record<K, number>>;
  /** The header as the file spells it, for messages. */
  name: Record<K, string>;
}

export function headerOf<K extends string>(def: ColumnDef<K>, locale: IoLocale): string {
  return locale === 'nl' ? def.nl : def.en;
}

/**
 * Matches a header row against the documented columns. Unknown and repeated columns and missing required ones
 * are problems on row 1; the lists of known names travel as params so the sentence can show them.
 */
export function matchColumns<K extends string>(
  header: readonly string[],
  defs: readonly ColumnDef<K>[],
  headerRow = 1,
): { value: ColumnMap<K>; problems: Problem[] } {
  const lookup = new Map<string, ColumnDef<K>>();
  for (const d of defs) for (const n of [d.nl, d.en, ...d.aliases]) lookup.set(normalizeHeader(n), d);
  const known = defs
    .filter((d) => !d.informative)
    .map((d) => d.nl)
    .join(', ');
  const knownEn = defs
    .filter((d) => !d.informative)
    .map((d) => d.en)
    .join(', ');
  const index: Partial<Record<K, number>> = {};
  const name = Object.fromEntries(defs.map((d) => [d.key, d.nl])) as Record<K, string>;
  const problems: Problem[] = [];
  header.forEach((h, i) => {
    if (h === '') return;
    const def = lookup.get(normalizeHeader(h));
    if (!def) {
      problems.push(problem('csvUnknownColumn', { column: h, known, knownEn }, ['csv', headerRow, h]));
      return;
    }
    if (def.informative) return;
    const earlier = index[def.key];
    if (earlier !== undefined) {
      problems.push(problem('csvDuplicateColumn', { column: h, other: header[earlier]! }, ['csv', headerRow, h]));
      return;
    }
    index[def.key] = i;
    name[def.key] = h;
  });
  for (const d of defs)
    if (d.required && index[d.key] === undefined)
      problems.push(problem('csvMissingColumn', { column: d.nl, columnEn: d.en }, ['csv', headerRow]));
  return { value: { index, name }, problems };
}

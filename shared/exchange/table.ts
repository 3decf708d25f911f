import type { ColumnDef } from '../io/csvColumns';
import { headerOf } from '../io/csvColumns';
import type { IoLocale } from '../io/formatPath';
import type { Cell } from './cells';

/** The tables the exchange writes; each is a CSV file of its own and a sheet of the workbook. */
export const TABLE_KEYS = ['goals', 'subjects', 'links', 'division', 'agenda'] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

/** Sheet names (at most 31 characters, none of `[]:*?/\`, as Excel demands) and file-name words per language. */
export const TABLE_NAMES: Readonly<Record<TableKey, Record<IoLocale, { sheet: string; file: string }>>> = {
  goals: { nl: { sheet: 'Doelen', file: 'doelen' }, en: { sheet: 'Goals', file: 'goals' } },
  subjects: { nl: { sheet: 'Onderwerpen', file: 'onderwerpen' }, en: { sheet: 'Subjects', file: 'subjects' } },
  links: { nl: { sheet: 'Verbanden', file: 'verbanden' }, en: { sheet: 'Links', file: 'links' } },
  division: { nl: { sheet: 'Verdeling', file: 'verdeling' }, en: { sheet: 'Division', file: 'division' } },
  agenda: {
    nl: { sheet: 'Afstemmingsagenda', file: 'afstemmingsagenda' },
    en: { sheet: 'Coordination agenda', file: 'coordination agenda' },
  },
};

/** A table as written: the header in the file's language and one row of cells per record. */
export interface ExchangeTable {
  key: TableKey;
  header: string[];
  rows: Cell[][];
}

/** Rows built as records keyed by column, laid out in the columns' order with the headers of `locale`. */
export function layOut<K extends string>(
  key: TableKey,
  columns: readonly ColumnDef<K>[],
  records: readonly Record<K, Cell>[],
  locale: IoLocale,
): ExchangeTable {
  return {
    key,
    header: columns.map((c) => headerOf(c, locale)),
    rows: records.map((r) => columns.map((c) => r[c.key])),
  };
}

/** A column written for people and for the import half; no aliases yet. */
export function column<K extends string>(key: K, nl: string, en: string): ColumnDef<K> {
  return { key, nl, en, aliases: [] };
}

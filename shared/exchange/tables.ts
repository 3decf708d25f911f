import type { IoLocale } from '../io/formatPath';
import type { Project } from '../model';
import type { CompactGraph } from '../analysis/compactGraph';
import { draftFacts, type DraftFacts } from './draftFacts';
import { agendaTable, divisionTable } from './draftTables';
import { goalsTable, linksTable, subjectsTable } from './projectTables';
import { TABLE_KEYS, type ExchangeTable, type TableKey } from './table';

export interface ExchangeOptions {
  /** Headers, sheet names and words in cells; Dutch by default. */
  locale?: IoLocale;
  /** The chosen draft; the first when absent or unknown (as the views do). */
  divisionId?: string;
  /** The project's compact graph when the caller has it (the app memoises one per revision). */
  graph?: CompactGraph;
}

/** Tables that need a draft: a project without drafts has none of them. */
export const DRAFT_TABLES: ReadonlySet<TableKey> = new Set(['division', 'agenda']);

function tableOf(
  project: Project,
  key: TableKey,
  locale: IoLocale,
  facts: DraftFacts | undefined,
  withSubject: boolean,
): ExchangeTable | undefined {
  switch (key) {
    case 'goals':
      return goalsTable(project, { locale, withSubject });
    case 'subjects':
      return subjectsTable(project, locale);
    case 'links':
      return linksTable(project, locale);
    case 'division':
      return facts && divisionTable(project, facts, locale);
    case 'agenda':
      return facts && agendaTable(project, facts, locale);
  }
}

/** One table as its CSV file holds it (goals without the workbook's subject column); undefined without a draft. */
export function exchangeTable(
  project: Project,
  key: TableKey,
  options: ExchangeOptions = {},
): ExchangeTable | undefined {
  const facts = DRAFT_TABLES.has(key) ? draftFacts(project, options.divisionId, options.graph) : undefined;
  return tableOf(project, key, options.locale ?? 'nl', facts, false);
}

/**
 * Every table of the workbook, in `TABLE_KEYS` order: goals (with their subject when the project has subjects),
 * subjects, links, and with a draft its division and coordination agenda.
 */
export function exchangeTables(project: Project, options: ExchangeOptions = {}): ExchangeTable[] {
  const facts = draftFacts(project, options.divisionId, options.graph);
  const withSubject = project.subjects.length > 0;
  return TABLE_KEYS.map((key) => tableOf(project, key, options.locale ?? 'nl', facts, withSubject)).filter(
    (t) => t !== undefined,
  );
}

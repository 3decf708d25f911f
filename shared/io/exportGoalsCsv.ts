import type { Domain, Goal, Project } from '../model';
import { headerOf } from './csvColumns';
import { LAW_VOCABULARY, OW_ASPECT_VOCABULARY, OW_INSTRUMENT_VOCABULARY } from './csvVocabulary';
import type { IoLocale } from './formatPath';
import { GOAL_COLUMNS, type GoalColumn } from './goalColumns';
import { formatNumber } from './parseNumber';
import { writeCsv } from './writeCsv';

export interface CsvExportOptions {
  /** ';' (Dutch Excel, decimal comma) by default; ',' writes decimal points. */
  delimiter?: ';' | ',';
  /** Header and value names; Dutch by default. */
  locale?: IoLocale;
}

const LIST = ' | ';

/**
 * A theme list the importer splits back the same way: it splits on '|' when one is present, else on ',', so a
 * single theme holding a comma gets a trailing '|'.
 */
export function joinThemes(themes: readonly string[]): string {
  const s = themes.join(LIST);
  return themes.length === 1 && s.includes(',') ? `${s} |` : s;
}

/** A domain's name where the importer would find this domain by it, else its id. */
export function domainCell(domains: readonly Domain[], d: Domain): string {
  const lower = d.name.toLocaleLowerCase('nl');
  const clash = domains.some(
    (o) => o !== d && (o.name.toLocaleLowerCase('nl') === lower || o.id.toLocaleLowerCase('nl') === lower),
  );
  return clash ? d.id : d.name;
}

/** Writes every goal with the documented columns; import of the result gives the same goals. */
export function exportGoalsCsv(project: Project, options: CsvExportOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const locale = options.locale ?? 'nl';
  const decimal = delimiter === ';' ? ',' : '.';
  const domainById = new Map(project.domains.map((d) => [d.id, d]));
  const cellsOf = (g: Goal): Record<GoalColumn, string> => {
    const domain = domainById.get(g.domainId);
    return {
      id: g.id,
      title: g.title,
      description: g.description,
      domain: domain ? domainCell(project.domains, domain) : g.domainId,
      themes: joinThemes(g.themes),
      taakvelden: g.taakvelden.join(LIST),
      // Law names are proper names; Dutch in every export.
      laws: g.laws.map((l) => LAW_VOCABULARY.nameOf(l, 'nl')).join(LIST),
      owInstrument: g.omgevingswet?.instrument
        ? OW_INSTRUMENT_VOCABULARY.nameOf(g.omgevingswet.instrument, locale)
        : '',
      owAspects: (g.omgevingswet?.aspects ?? []).map((a) => OW_ASPECT_VOCABULARY.nameOf(a, locale)).join(LIST),
      budget: g.budget === undefined ? '' : formatNumber(g.budget, decimal),
      source: g.source,
    };
  };
  const header = GOAL_COLUMNS.map((c) => headerOf(c, locale));
  const rows = project.goals.map((g) => {
    const cells = cellsOf(g);
    return GOAL_COLUMNS.map((c) => cells[c.key]);
  });
  return writeCsv(header, rows, delimiter);
}

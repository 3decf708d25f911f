import type { Link, Project } from '../model';
import { headerOf } from './csvColumns';
import { KIND_VOCABULARY } from './csvVocabulary';
import type { CsvExportOptions } from './exportGoalsCsv';
import { LINK_COLUMNS, type LinkColumn } from './linkColumns';
import { formatNumber } from './parseNumber';
import { writeCsv } from './writeCsv';

/**
 * Writes every link. Ends are goal ids (titles may repeat or change); the titles follow in two columns for
 * people reading the file, which import ignores.
 */
export function exportLinksCsv(project: Project, options: CsvExportOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const locale = options.locale ?? 'nl';
  const decimal = delimiter === ';' ? ',' : '.';
  const titleOf = new Map(project.goals.map((g) => [g.id, g.title]));
  const cellsOf = (l: Link): Record<LinkColumn, string> => ({
    id: l.id,
    source: l.source,
    target: l.target,
    kind: KIND_VOCABULARY.nameOf(l.kind, locale),
    strength: formatNumber(l.strength, decimal),
    rationale: l.rationale,
    sourceTitle: titleOf.get(l.source) ?? '',
    targetTitle: titleOf.get(l.target) ?? '',
  });
  const header = LINK_COLUMNS.map((c) => headerOf(c, locale));
  const rows = project.links.map((l) => {
    const cells = cellsOf(l);
    return LINK_COLUMNS.map((c) => cells[c.key]);
  });
  return writeCsv(header, rows, delimiter);
}

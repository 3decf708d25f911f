import { failAll, ok } from '../../../shared/model';
import { applyExchangeImport, type ExchangeImport } from '../../../shared/exchange/import/apply';
import { editCommand } from './command';

/**
 * A checked workbook, GEXF, GraphML or Kumu file taken in (the import dialog, after the user saw what it adds and
 * updates): subjects, goals, links, holders and a new draft as one undo step. A new draft becomes the chosen one.
 */
export const importExchange = editCommand<{ imported: ExchangeImport }>(
  'file.importExchange',
  'app.cmd.importExchange',
  (p, a) => {
    const result = applyExchangeImport(p, a.imported);
    return result.ok ? ok(result.project) : failAll(result.problems);
  },
  (s, a) => {
    if (a.imported.division) s.chooseDraft(a.imported.division.id);
  },
);

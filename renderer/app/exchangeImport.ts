// The page needs only these modules: the workbook reader stays in the worker's bundle.
import type { ExchangeImport } from '../../shared/exchange/import/apply';
import { checkExchangeSize, exchangeFormatOf } from '../../shared/exchange/import/formats';
import { readGraphXml, type XmlDocumentLike } from '../../shared/exchange/import/graphXml';
import type { Problem, Project } from '../../shared/model';
import { createTranslator } from '../i18n/translate';
import type { OpenedFile } from '../platform/Platform';
import type { AppStore } from '../store/appStore';
import type { FileImportOutcome, FileImportRequest } from '../workers/fileImportClient';

/** What "Werkmap of netwerk" offers in the file dialog. */
export const EXCHANGE_FILTERS = [
  { name: 'Excel, Gephi, Cytoscape, yEd, Kumu', extensions: ['xlsx', 'gexf', 'graphml', 'json'] },
];

/** A checked file waiting for the user's word: what it adds, updates and leaves out, before anything is stored. */
export interface ExchangeReview {
  fileName: string;
  imported: ExchangeImport;
  /** Warnings: what was assumed or left out. */
  problems: Problem[];
}

/** The browser's own XML parser: it loads nothing from the network; the text was refused before if it had a DOCTYPE. */
function parseXml(text: string): XmlDocumentLike {
  return new DOMParser().parseFromString(text, 'application/xml');
}

/**
 * The worker's request for a file. GEXF and GraphML are parsed here, on the page, because a worker has no
 * DOMParser; what they hold goes to the worker as plain data and is checked there, like a workbook or Kumu file.
 */
function requestFor(project: Project, file: OpenedFile, divisionName: string): FileImportRequest | Problem[] {
  const format = exchangeFormatOf(file.name);
  if (format !== 'gexf' && format !== 'graphml')
    return { type: 'exchange', project, fileName: file.name, bytes: file.bytes, divisionName };
  const tooLarge = checkExchangeSize(file.bytes.length);
  if (tooLarge.length) return tooLarge;
  return { type: 'exchangeGraph', project, graph: readGraphXml(file.bytes, parseXml, format), divisionName };
}

/** Tries to check a file against a project that stays unchanged meanwhile, as the CSV import does. */
const CHECK_ATTEMPTS = 3;

/**
 * Reads and checks an exchange file in the background against the project as it is, and opens the dialog that says
 * what it will add and update. Nothing is stored here: refused, the user sees every problem at its sheet, row and
 * column (or node and edge); accepted, the dialog's button stores it as one undo step (`importExchange`).
 */
export async function readExchangeFile(store: AppStore, file: OpenedFile): Promise<void> {
  const t = createTranslator(store.getState().locale);
  const divisionName = t('app.exchangeImport.divisionName', { name: file.name.replace(/\.[^.]*$/, '') }).slice(0, 120);
  let checked = store.getState().project;
  let outcome: FileImportOutcome = { ok: false, problems: [] };
  for (let attempt = 0; checked && attempt < CHECK_ATTEMPTS; attempt++) {
    const request = requestFor(checked, file, divisionName);
    outcome = Array.isArray(request)
      ? { ok: false, problems: request }
      : await store.getState().readFile(file.name, request);
    const now = store.getState().project;
    if (!outcome.ok || now === checked || now?.id !== checked.id) break;
    checked = now;
  }
  const s = store.getState();
  if (!checked || s.project?.id !== checked.id) return;
  if (!outcome.ok) {
    if (outcome.cancelled) s.notify({ kind: 'info', key: 'app.notice.readCancelled', params: { name: file.name } });
    else
      s.notify({
        kind: 'error',
        key: outcome.problems.some(isTooLarge) ? 'app.notice.exchangeTooLarge' : 'app.notice.exchangeInvalid',
        params: { name: file.name },
        problems: outcome.problems,
      });
    return;
  }
  if (outcome.type !== 'exchange') return;
  s.setDialog({ kind: 'exchangeImport', fileName: file.name, imported: outcome.result, problems: outcome.problems });
}

const TOO_LARGE = new Set([
  'exchangeFileTooLarge',
  'exchangeXlsxTooLarge',
  'csvTooManyRows',
  'projectTooManyGoals',
  'projectTooManyLinks',
  'projectTooManyPortfolios',
]);

function isTooLarge(p: Problem): boolean {
  return TOO_LARGE.has(p.code);
}

/** "CSV importeren" → "Werkmap of netwerk": the file, then its check in the background, then the dialog. */
export async function importExchangeFile(store: AppStore): Promise<void> {
  if (!store.getState().project) return;
  const file = await store.getState().deps.platform.openFile(EXCHANGE_FILTERS);
  if (file) await readExchangeFile(store, file);
}

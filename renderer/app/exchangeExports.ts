import type { Project } from '../../shared/model';
import type { ExchangeOptions, TableKey } from '../../shared/exchange';
import type { SaveRequest } from '../platform/Platform';
import type { AppStore } from '../store/appStore';
import type { AppKey } from '../i18n/translate';
import { derivedOf } from '../derived/derived';
import { draftFileName, fileNameFor } from './fileActions';

/** One export: one button in the export dialog, one file. */
export const EXPORT_IDS = [
  'goalsCsv',
  'subjectsCsv',
  'linksCsv',
  'divisionCsv',
  'agendaCsv',
  'xlsx',
  'gexf',
  'graphml',
  'kumuJson',
  'kumuXlsx',
] as const;
export type ExportId = (typeof EXPORT_IDS)[number];

export type ExportGroup = 'tables' | 'workbook' | 'network' | 'kumu';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ExportDef {
  group: ExportGroup;
  labelKey: AppKey;
  /** The division and agenda exist only with a draft. */
  needsDraft?: boolean;
  /** Only with subjects in the project. */
  needsSubjects?: boolean;
  mime: string;
  filter: { name: string; extensions: string[] };
  /** The file name's end after the project name, per language. */
  suffix: { nl: string; en: string };
  /** The file holds the chosen draft (its holders, its agenda): the draft's name goes in the file name. */
  perDraft?: boolean;
}

const csv = (labelKey: AppKey, nl: string, en: string, extra: Partial<ExportDef> = {}): ExportDef => ({
  group: 'tables',
  labelKey,
  mime: 'text/csv',
  filter: { name: 'CSV', extensions: ['csv'] },
  suffix: { nl: ` - ${nl}.csv`, en: ` - ${en}.csv` },
  ...extra,
});

export const EXPORTS: Readonly<Record<ExportId, ExportDef>> = {
  goalsCsv: csv('app.export.goalsCsv', 'doelen', 'goals'),
  subjectsCsv: csv('app.export.subjectsCsv', 'onderwerpen', 'subjects', { needsSubjects: true }),
  linksCsv: csv('app.export.linksCsv', 'verbanden', 'links'),
  divisionCsv: csv('app.export.divisionCsv', 'verdeling', 'division', { needsDraft: true, perDraft: true }),
  agendaCsv: csv('app.export.agendaCsv', 'afstemmingsagenda', 'coordination agenda', {
    needsDraft: true,
    perDraft: true,
  }),
  xlsx: {
    group: 'workbook',
    labelKey: 'app.export.xlsx',
    mime: XLSX_MIME,
    filter: { name: 'Excel', extensions: ['xlsx'] },
    suffix: { nl: ' - tabellen.xlsx', en: ' - tables.xlsx' },
    perDraft: true,
  },
  gexf: {
    group: 'network',
    labelKey: 'app.export.gexf',
    mime: 'application/xml',
    filter: { name: 'GEXF (Gephi)', extensions: ['gexf'] },
    suffix: { nl: '.gexf', en: '.gexf' },
    perDraft: true,
  },
  graphml: {
    group: 'network',
    labelKey: 'app.export.graphml',
    mime: 'application/xml',
    filter: { name: 'GraphML (Cytoscape, yEd)', extensions: ['graphml'] },
    suffix: { nl: '.graphml', en: '.graphml' },
    perDraft: true,
  },
  kumuJson: {
    group: 'kumu',
    labelKey: 'app.export.kumuJson',
    mime: 'application/json',
    filter: { name: 'Kumu JSON', extensions: ['json'] },
    suffix: { nl: ' - kumu.json', en: ' - kumu.json' },
    perDraft: true,
  },
  kumuXlsx: {
    group: 'kumu',
    labelKey: 'app.export.kumuXlsx',
    mime: XLSX_MIME,
    filter: { name: 'Excel (Kumu)', extensions: ['xlsx'] },
    suffix: { nl: ' - kumu.xlsx', en: ' - kumu.xlsx' },
    perDraft: true,
  },
};

/**
 * The suggested file name: the project's name, what the file holds and, for a file of the chosen draft, the
 * draft's name (three exports of three drafts are three files, told apart without opening them).
 */
export function exportFileName(project: Project, id: ExportId, locale: 'nl' | 'en', draftId: string | null): string {
  const def = EXPORTS[id];
  const suffix = def.suffix[locale];
  const draft = def.perDraft ? project.divisions.find((d) => d.id === draftId)?.name : undefined;
  if (!draft) return fileNameFor(project, suffix);
  const dot = suffix.lastIndexOf('.');
  const what = suffix.slice(0, dot) || ' -';
  return draftFileName(project, what, draft, suffix.slice(dot));
}

/** Whether the export has something to write for this project (a draft, subjects). */
export function exportAvailable(id: ExportId, project: Project): boolean {
  const def = EXPORTS[id];
  if (def.needsDraft && !project.divisions.length) return false;
  return !(def.needsSubjects && !project.subjects.length);
}

/** The file's content; the exchange code (and write-excel-file) loads on the first export only. */
async function contentOf(
  id: ExportId,
  project: Project,
  options: ExchangeOptions,
): Promise<string | Uint8Array | undefined> {
  const ex = await import('../../shared/exchange');
  // Semicolons and decimal commas: what a Dutch Excel opens by double-clicking (as the goals CSV always did).
  const table = (key: TableKey) => ex.exportTableCsv(project, key, { ...options, delimiter: ';' });
  switch (id) {
    case 'goalsCsv':
      return table('goals');
    case 'subjectsCsv':
      return table('subjects');
    case 'linksCsv':
      return table('links');
    case 'divisionCsv':
      return table('division');
    case 'agendaCsv':
      return table('agenda');
    case 'xlsx':
      return ex.exportXlsx(project, options);
    case 'gexf':
      return ex.exportGexf(project, options);
    case 'graphml':
      return ex.exportGraphml(project, options);
    case 'kumuJson':
      return ex.exportKumuJson(project, options);
    case 'kumuXlsx':
      return ex.exportKumuXlsx(project, options);
  }
}

/**
 * Writes one export of the open project, for the draft every view shows, in the UI's language, through the
 * platform's save (Electron: the save dialog over IPC; browser: a download). Nothing happens when the export has
 * nothing to write (no draft, no subjects) or the user cancels the dialog.
 */
export async function runExport(store: AppStore, id: ExportId): Promise<void> {
  const s = store.getState();
  const project = s.project;
  if (!project || !exportAvailable(id, project)) return;
  const def = EXPORTS[id];
  const data = await contentOf(id, project, {
    locale: s.locale,
    divisionId: s.draftId ?? undefined,
    graph: derivedOf(project).graph,
  });
  if (data === undefined) return;
  const request: SaveRequest = {
    suggestedName: exportFileName(project, id, s.locale, s.draftId),
    data,
    mime: def.mime,
    saveAs: true,
    filters: [def.filter],
  };
  const saved = await s.deps.platform.saveFile(request);
  if (saved) store.getState().notify({ kind: 'info', key: 'app.notice.fileSaved', params: { name: saved.name } });
}

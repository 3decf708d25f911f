import { newId, type Project } from '../../shared/model';
import { readProjectFile, writeProjectFile, FILE_EXTENSION } from '../../shared/io/projectFile';
import { applyCsvImport, exportGoalsCsv, exportLinksCsv } from '../../shared/io/csv';
import { decodeText } from '../../shared/io/decodeText';
import type { OpenedFile } from '../platform/Platform';
import type { AppStore } from '../store/appStore';
import { createTranslator } from '../i18n/translate';

export const APP_VERSION = '0.1.0';
const PROJECT_FILTERS = [{ name: 'Samenhang', extensions: ['samenhang.json', 'json'] }];
const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv', 'txt'] }];

/** File names users recognise in Explorer: the project name, without characters Windows refuses. */
export function fileNameFor(project: Project, suffix: string): string {
  const base =
    [...project.name]
      .filter((c) => c.charCodeAt(0) >= 32 && !'<>:"/\\|?*'.includes(c))
      .join('')
      .trim()
      .slice(0, 80) || 'samenhang';
  return `${base}${suffix}`;
}

/**
 * An opened file becomes a stored project only when it is valid as a whole; otherwise the user sees every problem
 * with its place in the file and nothing is written.
 */
export async function importProjectFile(store: AppStore, file: OpenedFile): Promise<boolean> {
  const s = store.getState();
  const { text } = decodeText(file.bytes);
  const { value, problems } = readProjectFile(text);
  if (!value) {
    s.notify({ kind: 'error', key: 'app.notice.fileInvalid', params: { name: file.name }, problems });
    return false;
  }
  // Never overwrite a stored project silently. The same file opened again (same project, same last change) opens
  // the stored copy; a different version of a stored project comes in as a copy beside it.
  // Ask the database, not the list on screen: at start-up the list may not be loaded yet.
  const stored = (await s.deps.repository.listProjects()).find((p) => p.id === value.id);
  if (stored && stored.updatedAt === value.updatedAt) {
    await s.openProject(stored.id);
  } else {
    await s.adoptProject(
      stored
        ? {
            ...value,
            id: newId('project'),
            name: createTranslator(s.locale)('app.file.copyName', { name: value.name }),
          }
        : value,
    );
  }
  if (file.path) s.setFilePath(file.path);
  s.notify({
    kind: 'info',
    key: 'app.notice.fileOpened',
    params: { name: file.name },
    problems: problems.length ? problems : undefined,
  });
  return true;
}

export async function openProjectFromFile(store: AppStore): Promise<void> {
  const file = await store.getState().deps.platform.openFile(PROJECT_FILTERS);
  if (file) await importProjectFile(store, file);
}

export async function saveProjectToFile(store: AppStore, saveAs: boolean): Promise<void> {
  const s = store.getState();
  if (!s.project) return;
  await s.flush();
  const data = writeProjectFile(s.project, { savedAt: s.deps.now(), appVersion: APP_VERSION });
  const saved = await s.deps.platform.saveFile({
    suggestedName: fileNameFor(s.project, FILE_EXTENSION),
    data,
    mime: 'application/json',
    ...(s.filePath && !saveAs ? { path: s.filePath } : {}),
    saveAs,
    filters: PROJECT_FILTERS,
  });
  if (!saved) return;
  if (saved.path) s.setFilePath(saved.path);
  s.notify({ kind: 'info', key: 'app.notice.fileSaved', params: { name: saved.name } });
}

/** CSV rows are added as one undoable step, all or nothing. */
export async function importCsv(store: AppStore, kind: 'goals' | 'links'): Promise<void> {
  const s = store.getState();
  if (!s.project) return;
  const file = await s.deps.platform.openFile(CSV_FILTERS);
  if (!file) return;
  const { value, problems } = applyCsvImport(s.project, kind, file.bytes);
  if (!value) {
    s.notify({ kind: 'error', key: 'app.notice.csvInvalid', params: { name: file.name }, problems });
    return;
  }
  // The file was checked against the project as it was when the dialog opened; the edit applies it to the project
  // as it is now, so nothing done meanwhile is reverted.
  let added = 0;
  s.edit('app.cmd.importCsv', (current) => {
    const result = current === s.project ? { value, problems: [] } : applyCsvImport(current, kind, file.bytes);
    if (!result.value) return { ok: false, problems: result.problems };
    added =
      kind === 'goals'
        ? result.value.goals.length - current.goals.length
        : result.value.links.length - current.links.length;
    return { ok: true, project: result.value };
  });
  s.notify({
    kind: 'info',
    key: kind === 'goals' ? 'app.notice.csvGoalsImported' : 'app.notice.csvLinksImported',
    params: { count: added, name: file.name },
    problems: problems.length ? problems : undefined,
  });
}

export async function exportCsv(store: AppStore, kind: 'goals' | 'links'): Promise<void> {
  const s = store.getState();
  if (!s.project) return;
  const options = { delimiter: ';' as const, locale: s.locale };
  const data = kind === 'goals' ? exportGoalsCsv(s.project, options) : exportLinksCsv(s.project, options);
  const suffix =
    kind === 'goals'
      ? s.locale === 'nl'
        ? ' - doelen.csv'
        : ' - goals.csv'
      : s.locale === 'nl'
        ? ' - verbanden.csv'
        : ' - links.csv';
  const saved = await s.deps.platform.saveFile({
    suggestedName: fileNameFor(s.project, suffix),
    data,
    mime: 'text/csv',
    saveAs: true,
    filters: CSV_FILTERS,
  });
  if (saved) s.notify({ kind: 'info', key: 'app.notice.fileSaved', params: { name: saved.name } });
}

/** The PDF is the analysis report as printed: switch to it first so the platform prints what the user expects. */
export async function exportPdf(store: AppStore): Promise<void> {
  const s = store.getState();
  if (!s.project) return;
  s.showView('analysis');
  await new Promise((r) => setTimeout(r, 50));
  const saved = await s.deps.platform.exportPdf(
    fileNameFor(s.project, s.locale === 'nl' ? ' - rapport.pdf' : ' - report.pdf'),
  );
  if (!saved) return;
  // The browser only opens its print dialog; whether the user saved a PDF there, the page cannot know.
  if (s.deps.platform.kind === 'browser') s.notify({ kind: 'info', key: 'app.notice.pdfPrinting' });
  else s.notify({ kind: 'info', key: 'app.notice.fileSaved', params: { name: saved.name } });
}

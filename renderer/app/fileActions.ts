import { newId, type Project } from '../../shared/model';
import { writeProjectFile, FILE_EXTENSION } from '../../shared/io/projectFile';
import { applyCsvImport } from '../../shared/io/csv';
import { isTooLarge } from '../../shared/io/checkLimits';
import type { OpenedFile } from '../platform/Platform';
import type { AppStore } from '../store/appStore';
import { createTranslator, type AppKey } from '../i18n/translate';
import type { FileImportOutcome } from '../workers/fileImportClient';

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
 * A file of one draft: `<project><what> <draft><ext>`, the draft's name without the characters Windows refuses in a
 * file name (a colon is common in draft names) and kept short.
 */
export function draftFileName(project: Project, what: string, draft: string, ext: string): string {
  return fileNameFor(project, `${what} ${draft}`.replace(/[<>:"/\\|?*]/g, '').slice(0, 120) + ext);
}

/** A file that was not read (stopped by the user) or was refused: say which, and why, with its problems. */
function notifyNotRead(
  store: AppStore,
  name: string,
  outcome: Extract<FileImportOutcome, { ok: false }>,
  keys: { invalid: AppKey; tooLarge: AppKey },
): void {
  const s = store.getState();
  if (outcome.cancelled) s.notify({ kind: 'info', key: 'app.notice.readCancelled', params: { name } });
  else
    s.notify({
      kind: 'error',
      key: outcome.problems.some(isTooLarge) ? keys.tooLarge : keys.invalid,
      params: { name },
      problems: outcome.problems,
    });
}

/**
 * An opened file becomes a stored project only when it is valid as a whole; otherwise the user sees every problem
 * with its place in the file and nothing is written. It is read and checked in the background (a worker), with
 * progress and a stop button for a big file.
 */
export async function importProjectFile(store: AppStore, file: OpenedFile): Promise<boolean> {
  const outcome = await store.getState().readFile(file.name, { type: 'project', bytes: file.bytes });
  if (!outcome.ok || outcome.type !== 'project') {
    if (!outcome.ok)
      notifyNotRead(store, file.name, outcome, {
        invalid: 'app.notice.fileInvalid',
        tooLarge: 'app.notice.fileTooLarge',
      });
    return false;
  }
  const { project: value, problems } = outcome;
  const s = store.getState();
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

/** The project with what a checked file adds, sharing everything else (so the diff is only the additions). */
function withAdded(project: Project, outcome: FileImportOutcome): Project {
  if (!outcome.ok || outcome.type === 'project' || outcome.type === 'exchange') return project;
  return outcome.type === 'goals'
    ? { ...project, goals: [...project.goals, ...outcome.goals] }
    : { ...project, links: [...project.links, ...outcome.links] };
}

/** Tries to check a file against a project that stays unchanged meanwhile; then the page only appends. */
const CHECK_ATTEMPTS = 3;

/**
 * CSV rows are added as one undoable step, all or nothing. The file is read and checked in the background (a
 * worker) against the project as it is; should the project change meanwhile, it is checked again, so nothing
 * done meanwhile is reverted and the page only appends what the worker checked. Stopping stores nothing.
 */
export async function importCsv(store: AppStore, kind: 'goals' | 'links'): Promise<void> {
  const s = store.getState();
  if (!s.project) return;
  const file = await s.deps.platform.openFile(CSV_FILTERS);
  if (!file) return;
  let checked = store.getState().project;
  let outcome: FileImportOutcome = { ok: false, problems: [] };
  for (let attempt = 0; checked && attempt < CHECK_ATTEMPTS; attempt++) {
    outcome = await store.getState().readFile(file.name, { type: 'csv', kind, project: checked, bytes: file.bytes });
    const now = store.getState().project;
    if (!outcome.ok || now === checked || now?.id !== checked.id) break;
    checked = now;
  }
  if (!outcome.ok) {
    notifyNotRead(store, file.name, outcome, { invalid: 'app.notice.csvInvalid', tooLarge: 'app.notice.csvTooLarge' });
    return;
  }
  // Another project was opened meanwhile: the file was meant for the one it was checked against.
  if (store.getState().project?.id !== checked?.id) return;
  const { problems } = outcome;
  let added = 0;
  const refused = store.getState().edit('app.cmd.importCsv', (current) => {
    // Changed again meanwhile (rare: the progress dialog is modal): checked here, on the page, as before.
    const result =
      current === checked
        ? { value: withAdded(current, outcome), problems: [] }
        : applyCsvImport(current, kind, file.bytes);
    if (!result.value) return { ok: false, problems: result.problems };
    added =
      kind === 'goals'
        ? result.value.goals.length - current.goals.length
        : result.value.links.length - current.links.length;
    return { ok: true, project: result.value };
  });
  if (refused.length) return;
  store.getState().notify({
    kind: 'info',
    key: kind === 'goals' ? 'app.notice.csvGoalsImported' : 'app.notice.csvLinksImported',
    params: { count: added, name: file.name },
    problems: problems.length ? problems : undefined,
  });
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

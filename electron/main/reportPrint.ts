import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, session, type Session } from 'electron';

/** In memory (no `persist:`): the report window keeps nothing, and shares nothing with the app's session. */
export const REPORT_PARTITION = 'samenhang-report';

/**
 * Tagged (headings, tables with their header cells, figures with their alt text in the structure tree), the
 * language from the document's `<html lang>`, bookmarks from its headings, A4 unless the report's `@page` says
 * otherwise, backgrounds kept (table header shading).
 */
export const REPORT_PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const;

/** The report files being printed now: the only addresses the report session loads (besides data: pictures). */
const printing = new Set<string>();
let hardened: Session | null = null;

const sameFile = (a: string, b: string) =>
  process.platform === 'win32' ? path.resolve(a).toLowerCase() === path.resolve(b).toLowerCase() : a === b;

/** Whether the report session may load `url`: one of the files being printed, or a data: picture. */
export function isReportRequest(url: string): boolean {
  if (url.startsWith('data:')) return true;
  if (!url.startsWith('file:')) return false;
  let file: string;
  try {
    file = fileURLToPath(url);
  } catch {
    return false;
  }
  return [...printing].some((p) => sameFile(p, file));
}

/** The report partition, hardened once: no permissions, no request but the report file itself. */
function reportSession(): Session {
  const ses = session.fromPartition(REPORT_PARTITION);
  if (hardened !== ses) {
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    ses.setDevicePermissionHandler(() => false);
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isReportRequest(details.url) }));
    hardened = ses;
  }
  return ses;
}

/**
 * Prints a standalone report (shared/report's HTML) to PDF in a hidden window of its own, so the PDF is exactly the
 * report document: its language, title, headings and tables, none of the app around it. The HTML goes through a
 * private temporary file (a data: address is cut off at 2 MB, and the map of a big project is larger), which the
 * window loads with JavaScript off, sandboxed, in a session that loads nothing else; file and window are gone after.
 */
export async function printReportHtml(html: string): Promise<Buffer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-rapport-'));
  const file = path.join(dir, 'rapport.html');
  await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
  printing.add(file);
  const win = new BrowserWindow({
    show: false,
    width: 1240,
    height: 1754,
    webPreferences: {
      session: reportSession(),
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Nothing to click in a hidden window, but a middle click must never open one either.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
    },
  });
  try {
    await win.loadURL(pathToFileURL(file).href);
    return await win.webContents.printToPDF(REPORT_PDF_OPTIONS);
  } finally {
    printing.delete(file);
    if (!win.isDestroyed()) win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

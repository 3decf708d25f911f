import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, dialog, resetFake, session } from '../fakeElectron';
import { registerPdfHandlers } from '../../../electron/main/handlers/pdfHandlers';
import { isReportRequest, REPORT_PARTITION } from '../../../electron/main/reportPrint';
import { makeHarness } from './handlers/handlerHarness';

vi.mock('electron', () => import('../fakeElectron'));

const HTML = '<!doctype html><html lang="nl"><head><title>Rapport</title></head><body><h1>Rapport</h1></body></html>';

describe('exportReportPdf: the report printed in a hidden window of its own', () => {
  let dir: string;
  beforeEach(async () => {
    resetFake();
    dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-rp-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('asks first and opens no window when cancelled', async () => {
    const h = await makeHarness(dir);
    registerPdfHandlers(h.ipc, h.ctx);
    expect(await h.call('exportReportPdf', { suggestedName: 'Rapport', html: HTML })).toEqual({
      ok: true,
      value: null,
    });
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('loads the HTML in a hidden, script-less, sandboxed window and prints a tagged PDF of it', async () => {
    const h = await makeHarness(dir);
    registerPdfHandlers(h.ipc, h.ctx);
    const target = path.join(dir, 'Rapport.pdf');
    dialog.saveAnswers.push({ canceled: false, filePath: target });
    let loaded = '';
    let allowedWhileLoading: boolean[] = [];
    const original = BrowserWindow.prototype.loadURL;
    vi.spyOn(BrowserWindow.prototype, 'loadURL').mockImplementation(async function (this: BrowserWindow, url: string) {
      loaded = await readFile(fileURLToPath(url), 'utf8');
      allowedWhileLoading = [url, 'data:image/png;base64,AAAA', 'https://example.org/x.png', 'file:///etc/passwd'].map(
        isReportRequest,
      );
      return original.call(this, url);
    });
    expect(await h.call('exportReportPdf', { suggestedName: 'Rapport', html: HTML })).toEqual({
      ok: true,
      value: { name: 'Rapport.pdf', path: target },
    });
    const win = BrowserWindow.instances[1]!;
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        disableBlinkFeatures: 'Auxclick',
        session: session.partitions.get(REPORT_PARTITION),
      },
    });
    expect((win.options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
    expect(loaded).toBe(HTML);
    expect(allowedWhileLoading).toEqual([true, true, false, false]);
    expect(win.loadedUrls[0]).toMatch(/^file:\/\/.*rapport\.html$/);
    expect(win.webContents.pdfRequests).toEqual([
      expect.objectContaining({ generateTaggedPDF: true, generateDocumentOutline: true, pageSize: 'A4' }),
    ]);
    expect(h.win.webContents.pdfRequests).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
    // The window, the temporary file and its folder are gone; the file is no longer loadable.
    expect(win.destroyed).toBe(true);
    expect(existsSync(fileURLToPath(win.loadedUrls[0]!))).toBe(false);
    expect(existsSync(path.dirname(fileURLToPath(win.loadedUrls[0]!)))).toBe(false);
    expect(isReportRequest(win.loadedUrls[0]!)).toBe(false);
  });

  it('gives the report session no permission and lets it load nothing else', async () => {
    const h = await makeHarness(dir);
    registerPdfHandlers(h.ipc, h.ctx);
    dialog.saveAnswers.push({ canceled: false, filePath: path.join(dir, 'R.pdf') });
    await h.call('exportReportPdf', { suggestedName: 'R', html: HTML });
    const ses = session.partitions.get(REPORT_PARTITION)!;
    expect(ses).not.toBe(session.defaultSession);
    const answers: boolean[] = [];
    ses.permissionRequest!(null, 'clipboard-sanitized-write', (ok) => answers.push(ok), {});
    expect(answers).toEqual([false]);
    expect(ses.permissionCheck!()).toBe(false);
    const cancelled = (url: string) => {
      let result: unknown;
      ses.beforeRequest!({ url }, (r) => (result = r));
      return (result as { cancel: boolean }).cancel;
    };
    expect(cancelled('https://wetten.overheid.nl/')).toBe(true);
    expect(cancelled('file:///etc/hosts')).toBe(true);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
  });

  it('leaves nothing behind when printing fails', async () => {
    const h = await makeHarness(dir);
    registerPdfHandlers(h.ipc, h.ctx);
    dialog.saveAnswers.push({ canceled: false, filePath: path.join(dir, 'R.pdf') });
    vi.spyOn(BrowserWindow.prototype, 'loadURL').mockImplementation(async function (this: BrowserWindow, url: string) {
      this.loadedUrls.push(url);
      this.webContents.printToPDF = async () => {
        throw new Error('printing failed');
      };
    });
    expect(await h.call('exportReportPdf', { suggestedName: 'R', html: HTML })).toMatchObject({ ok: false });
    const win = BrowserWindow.instances[1]!;
    expect(win.destroyed).toBe(true);
    expect(existsSync(path.dirname(fileURLToPath(win.loadedUrls[0]!)))).toBe(false);
    expect((await readdir(dir)).filter((n) => n.endsWith('.pdf'))).toEqual([]);
  });

  it('refuses an empty report before anything is asked', async () => {
    const h = await makeHarness(dir);
    registerPdfHandlers(h.ipc, h.ctx);
    expect(await h.call('exportReportPdf', { suggestedName: 'R', html: '' })).toMatchObject({
      ok: false,
      error: { code: 'ipc.badRequest' },
    });
    expect(dialog.saveCalls).toHaveLength(0);
  });
});

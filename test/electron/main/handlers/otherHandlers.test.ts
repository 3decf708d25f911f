import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, resetFake, shell } from '../../fakeElectron';
import { registerDocumentHandlers } from '../../../../electron/main/handlers/documentHandlers';
import { registerPdfHandlers } from '../../../../electron/main/handlers/pdfHandlers';
import { registerShellHandlers } from '../../../../electron/main/handlers/shellHandlers';
import { windowTitle } from '../../../../electron/main/documentState';
import { LIMITS } from '../../../../shared/io/limits';
import { makeHarness } from './handlerHarness';

vi.mock('electron', () => import('../../fakeElectron'));

describe('pdf, shell and document handlers', () => {
  let dir: string;
  beforeEach(async () => {
    resetFake();
    dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-oh-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exportPdf asks first and prints nothing when cancelled', async () => {
    const h = await makeHarness(dir);
    registerPdfHandlers(h.ipc, h.ctx);
    expect(await h.call('exportPdf', { suggestedName: 'Rapport' })).toEqual({ ok: true, value: null });
    expect(dialog.saveCalls[0]?.defaultPath).toBe(path.join(dir, 'Rapport.pdf'));
    expect(h.win.webContents.pdfRequests).toEqual([]);
  });

  it('exportPdf prints the page to A4 and saves it where the user chose', async () => {
    const h = await makeHarness(dir);
    registerPdfHandlers(h.ipc, h.ctx);
    const target = path.join(dir, 'Rapport.pdf');
    dialog.saveAnswers.push({ canceled: false, filePath: target });
    expect(await h.call('exportPdf', { suggestedName: 'Rapport.pdf' })).toEqual({
      ok: true,
      value: { name: 'Rapport.pdf', path: target },
    });
    expect(h.win.webContents.pdfRequests).toEqual([expect.objectContaining({ pageSize: 'A4', printBackground: true })]);
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('exportPdf refuses a report over the saved-file limit and writes nothing', async () => {
    const h = await makeHarness(dir);
    registerPdfHandlers(h.ipc, h.ctx);
    h.win.webContents.printToPDF = async () => Buffer.allocUnsafe(LIMITS.savedFileBytes + 1);
    dialog.saveAnswers.push({ canceled: false, filePath: path.join(dir, 'Rapport.pdf') });
    expect(await h.call('exportPdf', { suggestedName: 'Rapport' })).toMatchObject({
      ok: false,
      error: { code: 'pdf.tooLarge', params: { size: 128.1, limit: 128 } },
    });
    expect((await readdir(dir)).filter((n) => n.endsWith('.pdf') || n.endsWith('.tmp'))).toEqual([]);
  });

  it('openExternal opens allowlisted https addresses only', async () => {
    const h = await makeHarness(dir);
    registerShellHandlers(h.ipc);
    expect(await h.call('openExternal', { url: 'https://wetten.overheid.nl/BWBR0035362' })).toEqual({
      ok: true,
      value: null,
    });
    for (const url of [
      'http://wetten.overheid.nl/',
      'https://overheid.nl.evil.example/',
      'javascript:alert(1)',
      'https://user@vng.nl/',
    ]) {
      expect(await h.call('openExternal', { url })).toMatchObject({ ok: false, error: { code: 'ipc.badRequest' } });
    }
    expect(shell.opened).toEqual(['https://wetten.overheid.nl/BWBR0035362']);
  });

  it('setDocumentState titles the window with a dirty marker and rebuilds the menu on a language change', async () => {
    const h = await makeHarness(dir);
    registerDocumentHandlers(h.ipc, h.ctx);
    await h.call('setDocumentState', { title: 'Beleidsplan 2026', dirty: true, locale: 'nl' });
    expect(h.win.title).toBe('• Beleidsplan 2026 — Samenhang');
    expect(h.menuRefreshes).toHaveLength(0);
    await h.call('setDocumentState', { title: 'Beleidsplan 2026', dirty: false, locale: 'en' });
    expect(h.win.title).toBe('Beleidsplan 2026 — Samenhang');
    expect(h.menuRefreshes).toHaveLength(1);
    expect(h.ctx.documentState.locale).toBe('en');
  });

  it('marks edits in the macOS close button too', async () => {
    const h = await makeHarness(dir, 'darwin');
    registerDocumentHandlers(h.ipc, h.ctx);
    await h.call('setDocumentState', { title: 'x', dirty: true, locale: 'nl' });
    expect(h.win.documentEdited).toBe(true);
  });

  it('flushDone ends the matching wait', async () => {
    const h = await makeHarness(dir);
    registerDocumentHandlers(h.ipc, h.ctx);
    const outcome = h.ctx.flush.request();
    expect(await h.call('flushDone', { requestId: 'not-asked-for' })).toEqual({ ok: true, value: null });
    await h.call('flushDone', { requestId: h.flushIds[0] });
    await expect(outcome).resolves.toBe('flushed');
  });

  it('names an untitled document in the active language', () => {
    expect(windowTitle({ title: '  ', dirty: false, locale: 'nl' })).toBe('Naamloos — Samenhang');
    expect(windowTitle({ title: '', dirty: true, locale: 'en' })).toBe('• Untitled — Samenhang');
  });
});

import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { registerFileHandlers } from '../../../electron/main/handlers/fileHandlers';
import { buildPreloadApi } from '../../../electron/preload/buildPreloadApi';
import { reportPlatformError } from '../../../renderer/app/reportPlatformError';
import { createTranslator } from '../../../renderer/i18n/translate';
import { createElectronPlatform } from '../../../renderer/platform/electron';
import { PlatformError } from '../../../renderer/platform/PlatformError';
import { openDatabase } from '../../../renderer/storage/database';
import { createProjectRepository } from '../../../renderer/storage/projectRepository';
import { createAppStore, type AppStore } from '../../../renderer/store/appStore';
import { runAppCommand } from '../../../renderer/store/commands/appCommands';
import { smallExample } from '../../fixtures/smallExample';
import { LIMITS } from '../../../shared/io/limits';
import { MAX_OPENED_FILE_BYTES } from '../../../shared/ipc/contract';
import { dialog, ipcMain, resetFake } from '../../electron/fakeElectron';
import { makeHarness } from '../../electron/main/handlers/handlerHarness';

vi.mock('electron', () => import('../../electron/fakeElectron'));

/**
 * The whole road of a refusal: main's real handlers and contract checks on a temp folder, the real preload API
 * over a stand-in for Electron's IPC pipe, the real Electron platform, the app store and its notices.
 */
async function desktop(dir: string) {
  const h = await makeHarness(dir);
  registerFileHandlers(h.ipc, h.ctx);
  const event = {
    sender: h.win.webContents,
    senderFrame: h.win.webContents.mainFrame,
  } as unknown as IpcMainInvokeEvent;
  const api = buildPreloadApi({
    invoke: async (channel: string, request: unknown) => ipcMain.handlers.get(channel)!(event, request),
    on: () => undefined as never,
    removeListener: () => undefined as never,
  });
  const platform = createElectronPlatform(api);
  const db = openDatabase(`t${Math.random()}`, new IDBFactory(), IDBKeyRange);
  const store = createAppStore({
    repository: createProjectRepository(db),
    platform,
    now: () => '2026-01-01T12:00:00.000Z',
  });
  return { store, platform };
}

function lastNoticeText(store: AppStore, locale: 'nl' | 'en'): string {
  const notice = store.getState().notices.at(-1)!;
  expect(notice.kind).toBe('error');
  return createTranslator(locale)(notice.key, notice.params);
}

describe('a refused file action reaches the user as a clear message', () => {
  let dir: string;
  beforeEach(async () => {
    resetFake();
    dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-refusal-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('opening a file over the limit: which action, which file, its size and the limit', async () => {
    const { store } = await desktop(dir);
    const file = path.join(dir, 'Begroting 2026.samenhang.json');
    await writeFile(file, '');
    await truncate(file, MAX_OPENED_FILE_BYTES + 5 * 1024 * 1024);
    dialog.openAnswers.push({ canceled: false, filePaths: [file] });
    expect(runAppCommand(store, 'file.open')).toBe(true);
    await vi.waitFor(() => expect(store.getState().notices).toHaveLength(1));
    expect(lastNoticeText(store, 'nl')).toBe(
      '“Openen…” is niet gelukt: “Begroting 2026.samenhang.json” is 69 MB, en Samenhang opent bestanden tot 64 MB. Er is niets geopend.',
    );
    // The action is named in the language of the moment.
    store.getState().setLocale('en');
    dialog.openAnswers.push({ canceled: false, filePaths: [file] });
    runAppCommand(store, 'file.open');
    await vi.waitFor(() => expect(store.getState().notices).toHaveLength(2));
    expect(lastNoticeText(store, 'en')).toBe(
      '“Open…” did not work: “Begroting 2026.samenhang.json” is 69 MB, and Samenhang opens files up to 64 MB. Nothing was opened.',
    );
    expect(store.getState().library).toEqual([]);
  });

  it('saving a project whose file would be over the limit: refused before it is sent, nothing written', async () => {
    const { store, platform } = await desktop(dir);
    await store.getState().adoptProject(smallExample());
    // As if the project's file came to 128.1 MB: the real platform's own check refuses it.
    const realSave = platform.saveFile.bind(platform);
    platform.saveFile = (req) => realSave({ ...req, data: new Uint8Array(LIMITS.savedFileBytes + 100 * 1024) });
    dialog.saveAnswers.push({ canceled: false, filePath: path.join(dir, 'Voorbeeld.samenhang.json') });
    expect(runAppCommand(store, 'file.save')).toBe(true);
    await vi.waitFor(() => expect(store.getState().notices).toHaveLength(1));
    expect(lastNoticeText(store, 'nl')).toBe(
      '“Bestand opslaan” is niet gelukt: het bestand zou 128,1 MB worden, en Samenhang schrijft bestanden tot 128 MB. Er is niets opgeslagen.',
    );
    expect(dialog.saveCalls).toEqual([]);
  });

  it('main’s own refusal of an oversized answer is told as clearly', () => {
    const store = createAppStore(storeDeps());
    store.getState().setLocale('en');
    reportPlatformError(
      store,
      new PlatformError('ipc.responseTooLarge', 'openFile: answer too large', { size: 70.5, limit: 64 }),
      'app.cmd.open',
    );
    expect(lastNoticeText(store, 'en')).toBe(
      '“Open…” did not work: the file is 70.5 MB, and Samenhang opens files up to 64 MB. Nothing was opened.',
    );
  });

  it('an unknown code still names the action and the code; a bug is thrown on, not hidden', () => {
    const store = createAppStore(storeDeps());
    reportPlatformError(store, new PlatformError('ipc.forbiddenSender', 'x'), 'app.cmd.exportPdf');
    expect(lastNoticeText(store, 'nl')).toBe(
      '“Analyse als PDF” is niet gelukt (code ipc.forbiddenSender). Er is niets gewijzigd.',
    );
    const bug = new RangeError('Maximum call stack size exceeded');
    expect(() => reportPlatformError(store, bug, 'app.cmd.open')).toThrow(bug);
    expect(store.getState().notices).toHaveLength(1);
  });
});

function storeDeps() {
  const db = openDatabase(`t${Math.random()}`, new IDBFactory(), IDBKeyRange);
  const api = buildPreloadApi({
    invoke: async () => ({ ok: true, value: null }),
    on: () => undefined as never,
    removeListener: () => undefined as never,
  });
  return {
    repository: createProjectRepository(db),
    platform: createElectronPlatform(api),
    now: () => '2026-01-01T12:00:00.000Z',
  };
}

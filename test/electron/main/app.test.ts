import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { app, BrowserWindow, FakeWebContents, ipcMain, Menu, protocol, resetFake, session } from '../fakeElectron';
import { devUrlFrom, startApp } from '../../../electron/main/app';
import { HOST_TAG, isOrphanTempName, tempPathFor } from '../../../electron/main/atomicWrite';
import { eventContract, invokeContract, invokeNames, type InvokeName } from '../../../shared/ipc/contract';

vi.mock('electron', () => import('../fakeElectron'));

describe('devUrlFrom', () => {
  it('accepts a loopback dev server only in an unpackaged app', () => {
    expect(devUrlFrom('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(devUrlFrom('http://localhost:5173/', false)).toBe('http://localhost:5173/');
    expect(devUrlFrom('http://127.0.0.1:5173', true)).toBeUndefined();
    expect(devUrlFrom('https://evil.example/', false)).toBeUndefined();
    expect(devUrlFrom('http://127.0.0.1.evil.example/', false)).toBeUndefined();
    expect(devUrlFrom(undefined, false)).toBeUndefined();
  });
});

describe('startApp', () => {
  let dir: string;
  let userData: string;
  let docs: string;

  beforeEach(async () => {
    resetFake();
    dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-app-'));
    userData = path.join(dir, 'userData');
    docs = path.join(dir, 'Documenten');
    await mkdir(userData, { recursive: true });
    await mkdir(docs, { recursive: true });
    app.paths = { userData, documents: docs };
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function start(argv: string[] = ['/opt/Samenhang/samenhang']) {
    startApp({ argv, cwd: docs, appDir: path.join(dir, 'dist-electron'), devUrl: undefined });
    app.makeReady();
    await vi.waitFor(() => expect(BrowserWindow.instances[0]?.loadedUrls).toHaveLength(1));
    const win = BrowserWindow.instances[0] as BrowserWindow;
    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame } as unknown as IpcMainInvokeEvent;
    const call = async (name: InvokeName, request: unknown) => {
      const handler = ipcMain.handlers.get(invokeContract[name].channel);
      if (!handler) throw new Error(`no handler for ${name}`);
      return (await handler(event, request)) as { ok: boolean; value?: unknown; error?: { code: string } };
    };
    return { win, call };
  }

  type Delivered = { path: string; bytes: Uint8Array };
  /**
   * The files that reached the page, by either road: collected by takePendingFiles, or sent as events once the
   * page listens. The first take marks the page as listening, so a file read after it arrives as an event: which
   * road it takes depends on how fast the disk answers, and the page handles both.
   */
  async function filesReaching(w: BrowserWindow, take: () => Promise<unknown>): Promise<Delivered[]> {
    const taken: Delivered[] = [];
    return vi.waitFor(async () => {
      taken.push(...((await take()) as { value: Delivered[] }).value);
      const sent = w.webContents.sent
        .filter((m) => m.channel === eventContract.openFile.channel)
        .map((m) => m.payload as Delivered);
      const all = [...taken, ...sent];
      expect(all).toHaveLength(1);
      return all;
    });
  }

  it('a second instance hands over and quits without a window', () => {
    app.gotLock = false;
    startApp({ argv: [], cwd: docs, appDir: dir, devUrl: undefined });
    expect(app.quitCalls).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(0);
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('starts sandboxed with the app scheme, a hardened session, a menu and every IPC handler', async () => {
    const { win } = await start();
    expect(app.sandboxEnabled).toBe(true);
    expect(protocol.privileged).toHaveLength(1);
    expect(protocol.handlers.has('app')).toBe(true);
    expect(session.defaultSession.permissionRequest).not.toBeNull();
    expect(session.defaultSession.beforeRequest).not.toBeNull();
    expect(win.loadedUrls).toEqual(['app://samenhang/index.html']);
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: path.join(dir, 'dist-electron', 'preload.cjs'),
    });
    expect([...ipcMain.handlers.keys()].sort()).toEqual(invokeNames.map((n) => invokeContract[n].channel).sort());
    expect((Menu.current?.template as MenuItemConstructorOptions[])[0]?.label).toBe('&Bestand');
  });

  it('hardens every web contents the app creates', async () => {
    await start();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example' })).toEqual({ action: 'deny' });
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('removes temp files of killed saves from the user-data and recent folders at start-up', async () => {
    const projectDir = path.join(dir, 'projecten');
    await mkdir(projectDir);
    const project = path.join(projectDir, 'p.samenhang.json');
    await writeFile(project, '{}');
    await writeFile(path.join(userData, 'recent-files.json'), JSON.stringify({ version: 1, files: [project] }));
    // A writer that has ended, as after a kill: a child process that already exited.
    const killed = { host: HOST_TAG, pid: spawnSync(process.execPath, ['-e', '']).pid ?? 0 };
    await writeFile(tempPathFor(project, killed), '{"half');
    await writeFile(tempPathFor(path.join(userData, 'window-state.json'), killed), '');
    // Another live process on this computer saving into the same folder right now keeps its temp file.
    const live = tempPathFor(project, { host: HOST_TAG, pid: process.ppid });
    await writeFile(live, '{"in fl');
    await start();
    expect((await readdir(projectDir)).sort()).toEqual(['p.samenhang.json', path.basename(live)].sort());
    expect((await readdir(userData)).filter(isOrphanTempName)).toEqual([]);
  });

  it('restores the saved window bounds', async () => {
    await writeFile(
      path.join(userData, 'window-state.json'),
      JSON.stringify({ bounds: { x: 200, y: 100, width: 1000, height: 700 }, maximized: false, fullScreen: false }),
    );
    const { win } = await start();
    expect(win.options).toMatchObject({ x: 200, y: 100, width: 1000, height: 700 });
  });

  it('hands a project from the command line to the page once it listens', async () => {
    const file = path.join(docs, 'Plan.samenhang.json');
    await writeFile(file, '{"argv":true}');
    const { win, call } = await start(['/opt/Samenhang/samenhang', 'Plan.samenhang.json']);
    const delivered = await filesReaching(win, () => call('takePendingFiles', {}));
    expect(delivered[0]?.path).toBe(file);
    expect(new TextDecoder().decode(delivered[0]?.bytes)).toBe('{"argv":true}');
  });

  it('a second instance with a file focuses the window and sends the file to the listening page', async () => {
    const { win, call } = await start();
    await call('takePendingFiles', {});
    win.minimized = true;
    const file = path.join(dir, 'Ander.samenhang.json');
    await writeFile(file, '{}');
    app.emit('second-instance', {}, ['samenhang', '--flag', file], docs);
    await vi.waitFor(() => expect(win.webContents.sent).toHaveLength(1));
    expect(win.webContents.sent[0]?.channel).toBe(eventContract.openFile.channel);
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
    expect(app.recentDocuments).toEqual([file]);
  });

  it('opens a new window for a file from the Finder when none is open (macOS keeps running)', async () => {
    const { win, call } = await start();
    await call('takePendingFiles', {});
    win.destroyed = true;
    win.emit('closed');
    const file = path.join(dir, 'Finder.samenhang.json');
    await writeFile(file, '{}');
    app.emit('open-file', { preventDefault: () => undefined }, file);
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(2));
    const second = BrowserWindow.instances[1] as BrowserWindow;
    await vi.waitFor(() => expect(second.loadedUrls).toEqual(['app://samenhang/index.html']));
    expect(second.webContents.sent).toEqual([]);
    const handler = ipcMain.handlers.get(invokeContract.takePendingFiles.channel);
    const event = {
      sender: second.webContents,
      senderFrame: second.webContents.mainFrame,
    } as unknown as IpcMainInvokeEvent;
    const delivered = await filesReaching(second, async () => handler?.(event, {}));
    expect(delivered[0]?.path).toBe(file);
  });

  it('reports a file from outside that cannot be read', async () => {
    const { call } = await start();
    await call('takePendingFiles', {});
    app.emit('second-instance', {}, ['samenhang', path.join(dir, 'missing.samenhang.json')], docs);
    const { dialog } = await import('../fakeElectron');
    await vi.waitFor(() => expect(dialog.errorBoxes).toHaveLength(1));
    expect(dialog.errorBoxes[0]?.content).toContain('missing.samenhang.json');
  });

  it('menu clicks reach the page as command ids; the menu follows the page language', async () => {
    const { win, call } = await start();
    const fileMenu = (Menu.current?.template as MenuItemConstructorOptions[])[0]
      ?.submenu as MenuItemConstructorOptions[];
    (fileMenu.find((item) => item.id === 'file.save')?.click as () => void)();
    expect(win.webContents.sent).toEqual([
      { channel: eventContract.menuCommand.channel, payload: { commandId: 'file.save' } },
    ]);
    await call('setDocumentState', { title: 'Plan', dirty: true, locale: 'en' });
    expect((Menu.current?.template as MenuItemConstructorOptions[])[0]?.label).toBe('&File');
    expect(win.title).toBe('• Plan — Samenhang');
  });

  it("a view item of the View menu reaches the page as that view's command, named in the page language", async () => {
    const { win, call } = await start();
    const viewItems = () =>
      (Menu.current?.template as MenuItemConstructorOptions[])[2]?.submenu as MenuItemConstructorOptions[];
    expect(viewItems()[1]).toMatchObject({ id: 'view.show.board', label: 'Bord', accelerator: 'CmdOrCtrl+2' });
    (viewItems()[1]?.click as () => void)();
    expect(win.webContents.sent).toEqual([
      { channel: eventContract.menuCommand.channel, payload: { commandId: 'view.show.board' } },
    ]);
    await call('setDocumentState', { title: 'Plan', dirty: false, locale: 'en' });
    expect(viewItems()[1]).toMatchObject({ id: 'view.show.board', label: 'Board' });
  });

  it('closing asks the page to flush, waits for it, then saves the window state and closes', async () => {
    const { win, call } = await start();
    win.close();
    expect(win.isDestroyed()).toBe(false);
    const request = win.webContents.sent.find((s) => s.channel === eventContract.flushRequest.channel);
    expect(request).toBeDefined();
    await call('flushDone', request?.payload);
    await vi.waitFor(() => expect(win.isDestroyed()).toBe(true));
    const saved = JSON.parse(await readFile(path.join(userData, 'window-state.json'), 'utf8'));
    expect(saved).toMatchObject({ maximized: false, fullScreen: false });
  });
});

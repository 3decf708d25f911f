import path from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import type { AppContext } from '../../../../electron/main/appContext';
import { PathGrants } from '../../../../electron/main/fileAccess';
import { FlushCoordinator } from '../../../../electron/main/flushOnClose';
import { createIpc } from '../../../../electron/main/ipc';
import { OpenFileDelivery, type OpenedFile } from '../../../../electron/main/openFiles';
import { RecentFiles } from '../../../../electron/main/recentFiles';
import { invokeContract, type InvokeName } from '../../../../shared/ipc/contract';
import { BrowserWindow as FakeWindow, ipcMain } from '../../fakeElectron';

/** A context like index.ts builds, on a temp folder, with calls routed through the real ipc layer. */
export async function makeHarness(dir: string, platform: NodeJS.Platform = 'linux') {
  const win = new FakeWindow({});
  const delivered: OpenedFile[] = [];
  const menuRefreshes: number[] = [];
  const flushIds: string[] = [];
  const recent = await RecentFiles.load(path.join(dir, 'userData', 'recent-files.json'));
  const ctx: AppContext = {
    getWindow: () => win as unknown as BrowserWindow,
    platform,
    recent,
    grants: new PathGrants(),
    delivery: new OpenFileDelivery((file) => delivered.push(file)),
    flush: new FlushCoordinator((id) => flushIds.push(id), 10_000),
    lastFolder: dir,
    documentState: { title: '', dirty: false, locale: 'nl' },
    refreshMenu: () => menuRefreshes.push(1),
    noteRecent: async (file) => {
      await recent.add(file);
      menuRefreshes.push(1);
    },
  };
  const ipc = createIpc(() => true);
  const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame } as unknown as IpcMainInvokeEvent;
  const call = async (name: InvokeName, request: unknown) => {
    const handler = ipcMain.handlers.get(invokeContract[name].channel);
    if (!handler) throw new Error(`no handler for ${name}`);
    return (await handler(event, request)) as {
      ok: boolean;
      value?: unknown;
      error?: { code: string; message: string };
    };
  };
  return { win, ctx, ipc, call, delivered, menuRefreshes, flushIds };
}

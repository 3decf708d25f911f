import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { BrowserWindow as FakeWindow, ipcMain, resetFake, type FakeFrame } from '../fakeElectron';
import { createIpc, createSenderGuard, IpcError, originOf, sendEvent } from '../../../electron/main/ipc';
import { LIMITS } from '../../../shared/io/limits';
import { invokeContract, MAX_OPENED_FILE_BYTES } from '../../../shared/ipc/contract';

vi.mock('electron', () => import('../fakeElectron'));

function setup() {
  const win = new FakeWindow({});
  const guard = createSenderGuard(() => win as unknown as BrowserWindow, 'app://samenhang');
  const ipc = createIpc(guard);
  const eventFrom = (frame: FakeFrame | null = win.webContents.mainFrame, sender: unknown = win.webContents) =>
    ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent;
  const invoke = (channel: string, event: IpcMainInvokeEvent, payload: unknown) => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, payload);
  };
  return { win, ipc, eventFrom, invoke };
}

describe('ipc handle()', () => {
  beforeEach(() => resetFake());

  it('answers a valid request from our main frame with { ok: true, value }', async () => {
    const { ipc, eventFrom, invoke } = setup();
    ipc.handle('recentFiles', () => [{ name: 'a.samenhang.json', path: '/docs/a.samenhang.json' }]);
    await expect(invoke(invokeContract.recentFiles.channel, eventFrom(), {})).resolves.toEqual({
      ok: true,
      value: [{ name: 'a.samenhang.json', path: '/docs/a.samenhang.json' }],
    });
  });

  it('passes the parsed request to the handler', async () => {
    const { ipc, eventFrom, invoke } = setup();
    const seen: unknown[] = [];
    ipc.handle('setDocumentState', (state) => {
      seen.push(state);
      return null;
    });
    await invoke(invokeContract.setDocumentState.channel, eventFrom(), { title: 'Plan', dirty: true, locale: 'en' });
    expect(seen).toEqual([{ title: 'Plan', dirty: true, locale: 'en' }]);
  });

  it.each([
    ['a wrong type', { title: 3, dirty: true, locale: 'nl' }],
    ['an unknown locale', { title: 'x', dirty: false, locale: 'de' }],
    ['an extra key', { title: 'x', dirty: false, locale: 'nl', evil: true }],
    ['no payload at all', undefined],
  ])('rejects %s with ipc.badRequest and never runs the handler', async (_label, payload) => {
    const { ipc, eventFrom, invoke } = setup();
    const handler = vi.fn(() => null);
    ipc.handle('setDocumentState', handler);
    const result = (await invoke(invokeContract.setDocumentState.channel, eventFrom(), payload)) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('ipc.badRequest');
    expect(result.error.message).toContain(invokeContract.setDocumentState.channel);
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects an external address off the allowlist at the schema', async () => {
    const { ipc, eventFrom, invoke } = setup();
    const handler = vi.fn(() => null);
    ipc.handle('openExternal', handler);
    const result = await invoke(invokeContract.openExternal.channel, eventFrom(), { url: 'file:///etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.badRequest' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects foreign senders: another web contents, a subframe, another origin, a vanished frame', async () => {
    const { win, ipc, eventFrom, invoke } = setup();
    const handler = vi.fn(() => []);
    ipc.handle('recentFiles', handler);
    const main = win.webContents.mainFrame;
    const other = new FakeWindow({}).webContents;
    const cases = [
      eventFrom(main, other),
      eventFrom({ processId: 7, routingId: 2, url: 'app://samenhang/frame.html', parent: main }),
      eventFrom({ ...main, url: 'https://evil.example/index.html' }),
      eventFrom({ processId: 9, routingId: 9, url: 'app://samenhang/index.html', parent: null }),
      eventFrom(null),
    ];
    for (const event of cases) {
      const result = await invoke(invokeContract.recentFiles.channel, event, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'ipc.forbiddenSender' } });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects everything once the window is gone', async () => {
    const { win, ipc, eventFrom, invoke } = setup();
    ipc.handle('recentFiles', () => []);
    win.destroyed = true;
    await expect(invoke(invokeContract.recentFiles.channel, eventFrom(), {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipc.forbiddenSender' },
    });
  });

  it('turns an IpcError into its own code and any other throw into ipc.failed', async () => {
    const { ipc, eventFrom, invoke } = setup();
    ipc.handle('openRecent', () => {
      throw new IpcError('file.notFound', 'plan.samenhang.json does not exist');
    });
    ipc.handle('recentFiles', () => {
      throw new Error('disk on fire');
    });
    await expect(
      invoke(invokeContract.openRecent.channel, eventFrom(), { path: '/x/plan.samenhang.json' }),
    ).resolves.toEqual({
      ok: false,
      error: { code: 'file.notFound', message: 'plan.samenhang.json does not exist' },
    });
    const failed = (await invoke(invokeContract.recentFiles.channel, eventFrom(), {})) as {
      error: { code: string; message: string };
    };
    expect(failed.error.code).toBe('ipc.failed');
    expect(failed.error.message).toContain('disk on fire');
  });

  it('validates the response too: a handler breaking the contract yields ipc.badResponse', async () => {
    const { ipc, eventFrom, invoke } = setup();
    // A deliberately wrong answer, as a buggy handler would produce it.
    ipc.handle('recentFiles', () => [{ name: '', path: 42 }] as unknown as { name: string; path: string }[]);
    await expect(invoke(invokeContract.recentFiles.channel, eventFrom(), {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipc.badResponse' },
    });
  });

  it('refuses saved data over its bound with ipc.requestTooLarge and the sizes, before the handler runs', async () => {
    const { ipc, eventFrom, invoke } = setup();
    const handler = vi.fn(() => ({ name: 'Plan.samenhang.json' }));
    ipc.handle('saveFile', handler);
    const request = (data: string | Uint8Array) => ({ suggestedName: 'Plan.samenhang.json', data, mime: 'text/json' });
    const result = await invoke(
      invokeContract.saveFile.channel,
      eventFrom(),
      request(new Uint8Array(LIMITS.savedFileBytes + 200 * 1024)),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'ipc.requestTooLarge', params: { size: 128.2, limit: 128 } },
    });
    expect(handler).not.toHaveBeenCalled();
    await expect(invoke(invokeContract.saveFile.channel, eventFrom(), request('{}'))).resolves.toMatchObject({
      ok: true,
    });
  });

  it('refuses an answer over its bound with ipc.responseTooLarge: an oversized file never reaches the page', async () => {
    const { ipc, eventFrom, invoke } = setup();
    let size = MAX_OPENED_FILE_BYTES + 1;
    ipc.handle('openFile', () => ({ name: 'groot.csv', bytes: new Uint8Array(size), path: '/d/groot.csv' }));
    const result = (await invoke(invokeContract.openFile.channel, eventFrom(), { filters: [] })) as {
      ok: boolean;
      value?: unknown;
      error?: { code: string; params?: unknown };
    };
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.error).toMatchObject({ code: 'ipc.responseTooLarge', params: { size: 64.1, limit: 64 } });
    size = MAX_OPENED_FILE_BYTES;
    await expect(invoke(invokeContract.openFile.channel, eventFrom(), { filters: [] })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('passes the parameters of an IpcError on to the page', async () => {
    const { ipc, eventFrom, invoke } = setup();
    ipc.handle('openRecent', () => {
      throw new IpcError('file.tooLarge', 'too large', { name: 'a.csv', size: 70, limit: 64 });
    });
    await expect(invoke(invokeContract.openRecent.channel, eventFrom(), { path: '/a.csv' })).resolves.toEqual({
      ok: false,
      error: { code: 'file.tooLarge', message: 'too large', params: { name: 'a.csv', size: 70, limit: 64 } },
    });
  });

  it('dispose removes its handlers', () => {
    const { ipc } = setup();
    ipc.handle('recentFiles', () => []);
    ipc.handle('flushDone', () => null);
    expect(ipcMain.handlers.size).toBe(2);
    ipc.dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('sendEvent', () => {
  beforeEach(() => resetFake());

  it('sends a valid payload on the contract channel', () => {
    const win = new FakeWindow({});
    sendEvent(win as unknown as BrowserWindow, 'menuCommand', { commandId: 'file.save' });
    expect(win.webContents.sent).toEqual([{ channel: 'samenhang:menu.command', payload: { commandId: 'file.save' } }]);
  });

  it('throws on a payload that breaks the contract and sends nothing', () => {
    const win = new FakeWindow({});
    const bad = { commandId: 'file.delete' } as unknown as { commandId: 'file.save' };
    expect(() => sendEvent(win as unknown as BrowserWindow, 'menuCommand', bad)).toThrow();
    expect(win.webContents.sent).toEqual([]);
  });

  it('sends a view command and refuses a view the contract does not know', () => {
    const win = new FakeWindow({});
    sendEvent(win as unknown as BrowserWindow, 'menuCommand', { commandId: 'view.show.matrix' });
    const unknown = { commandId: 'view.show.nowhere' } as unknown as { commandId: 'view.show.map' };
    expect(() => sendEvent(win as unknown as BrowserWindow, 'menuCommand', unknown)).toThrow();
    expect(win.webContents.sent).toEqual([
      { channel: 'samenhang:menu.command', payload: { commandId: 'view.show.matrix' } },
    ]);
  });
});

describe('originOf', () => {
  it('builds origins for custom schemes, which WHATWG URL reports as "null"', () => {
    expect(originOf('app://samenhang/index.html')).toBe('app://samenhang');
    expect(originOf('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });
});

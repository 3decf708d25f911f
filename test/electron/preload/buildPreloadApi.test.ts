import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcRenderer } from 'electron';
import { contextBridge, ipcRenderer, resetFake } from '../fakeElectron';
import { buildPreloadApi } from '../../../electron/preload/buildPreloadApi';
import { eventContract, eventNames, invokeContract, invokeNames } from '../../../shared/ipc/contract';

vi.mock('electron', () => import('../fakeElectron'));

describe('preload API', () => {
  beforeEach(() => resetFake());

  const build = () => buildPreloadApi(ipcRenderer as unknown as IpcRenderer);

  it('has exactly one function per contract channel and nothing else', () => {
    const api = build();
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.keys(api.invoke).sort()).toEqual([...invokeNames].sort());
    expect(Object.keys(api.on).sort()).toEqual([...eventNames].sort());
    for (const fn of [...Object.values(api.invoke), ...Object.values(api.on)]) expect(typeof fn).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.invoke)).toBe(true);
  });

  it("invokes the contract channel with the request and returns main's answer", async () => {
    const api = build();
    ipcRenderer.answer = { ok: true, value: [] };
    await expect(api.invoke.recentFiles({})).resolves.toEqual({ ok: true, value: [] });
    await api.invoke.openRecent({ path: '/a.samenhang.json' });
    expect(ipcRenderer.invocations).toEqual([
      { channel: invokeContract.recentFiles.channel, args: [{}] },
      { channel: invokeContract.openRecent.channel, args: [{ path: '/a.samenhang.json' }] },
    ]);
  });

  it('forwards only the payload of an event, never the event object, and unsubscribes', () => {
    const api = build();
    const seen: unknown[][] = [];
    const off = api.on.menuCommand((...args: unknown[]) => seen.push(args));
    const fakeEvent = { sender: ipcRenderer };
    ipcRenderer.emit(eventContract.menuCommand.channel, fakeEvent, { commandId: 'edit.undo' });
    expect(seen).toEqual([[{ commandId: 'edit.undo' }]]);
    off();
    expect(ipcRenderer.listenerCount(eventContract.menuCommand.channel)).toBe(0);
    ipcRenderer.emit(eventContract.menuCommand.channel, fakeEvent, { commandId: 'edit.redo' });
    expect(seen).toHaveLength(1);
  });

  it('the preload entry exposes the API as window.samenhang', async () => {
    await import('../../../electron/preload/index');
    const exposed = contextBridge.exposed.get('samenhang') as { invoke: object; on: object };
    expect([...contextBridge.exposed.keys()]).toEqual(['samenhang']);
    expect(Object.keys(exposed.invoke).sort()).toEqual([...invokeNames].sort());
    expect(JSON.stringify(Object.keys(exposed))).not.toContain('ipcRenderer');
  });
});

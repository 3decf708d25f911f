import { describe, expect, it, vi } from 'vitest';
import type { EventName, EventPayload, InvokeName, SamenhangApi } from '../../../shared/ipc/contract';
import { createElectronPlatform } from '../../../renderer/platform/electron';
import { LIMITS } from '../../../shared/io/limits';
import { MAX_OPENED_FILE_BYTES } from '../../../shared/ipc/contract';

type Listener = (payload: unknown) => void;

/** A stand-in for window.samenhang: records calls, answers from a table, raises events on demand. */
function fakeApi(answers: Partial<Record<InvokeName, unknown>> = {}) {
  const calls: { name: InvokeName; request: unknown }[] = [];
  const listeners = new Map<EventName, Set<Listener>>();
  const invoke = new Proxy({} as SamenhangApi['invoke'], {
    get: (_target, name: string) => async (request: unknown) => {
      calls.push({ name: name as InvokeName, request });
      return name in answers ? answers[name as InvokeName] : { ok: true, value: null };
    },
  });
  const on = new Proxy({} as SamenhangApi['on'], {
    get: (_target, name: string) => (listener: Listener) => {
      const set = listeners.get(name as EventName) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(name as EventName, set);
      return () => set.delete(listener);
    },
  });
  const emit = <N extends EventName>(name: N, payload: EventPayload<N>) => {
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };
  return { api: { invoke, on } as SamenhangApi, calls, emit, listeners };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('electron platform', () => {
  it('unwraps ok answers', async () => {
    const { api, calls } = fakeApi({
      recentFiles: { ok: true, value: [{ name: 'a.samenhang.json', path: '/a.samenhang.json' }] },
    });
    const platform = createElectronPlatform(api);
    expect(platform.kind).toBe('electron');
    await expect(platform.recentFiles()).resolves.toEqual([{ name: 'a.samenhang.json', path: '/a.samenhang.json' }]);
    expect(calls.at(-1)).toEqual({ name: 'recentFiles', request: {} });
  });

  it('turns { ok: false } into a PlatformError with the code', async () => {
    const { api } = fakeApi({ openRecent: { ok: false, error: { code: 'file.notFound', message: 'gone' } } });
    await expect(createElectronPlatform(api).openRecent('/a')).rejects.toMatchObject({
      name: 'PlatformError',
      code: 'file.notFound',
    });
  });

  it('refuses an answer that breaks the contract', async () => {
    const { api } = fakeApi({ openFile: { ok: true, value: { name: 'x', bytes: 'not bytes' } } });
    await expect(createElectronPlatform(api).openFile([])).rejects.toMatchObject({ code: 'ipc.badResponse' });
  });

  it('refuses saved data over the contract bound itself, with the sizes, and sends nothing to main', async () => {
    const { api, calls } = fakeApi();
    const platform = createElectronPlatform(api);
    await expect(
      platform.saveFile({
        suggestedName: 'Plan - verbanden.csv',
        data: new Uint8Array(LIMITS.savedFileBytes + 1),
        mime: 'text/csv',
      }),
    ).rejects.toMatchObject({
      name: 'PlatformError',
      code: 'ipc.requestTooLarge',
      params: { size: 128.1, limit: 128 },
    });
    expect(calls).toEqual([]);
  });

  it('passes on main’s size refusals with their sizes, and refuses an oversized answer itself', async () => {
    const refused = { code: 'ipc.requestTooLarge', message: 'too large', params: { size: 200, limit: 128 } };
    const { api } = fakeApi({
      saveFile: { ok: false, error: refused },
      openFile: { ok: true, value: { name: 'groot.csv', bytes: new Uint8Array(MAX_OPENED_FILE_BYTES + 1) } },
    });
    const platform = createElectronPlatform(api);
    await expect(platform.saveFile({ suggestedName: 'a.csv', data: 'x', mime: 'text/csv' })).rejects.toMatchObject({
      code: 'ipc.requestTooLarge',
      params: { size: 200, limit: 128 },
    });
    await expect(platform.openFile([])).rejects.toMatchObject({
      code: 'ipc.responseTooLarge',
      params: { size: 64.1, limit: 64 },
    });
  });

  it('sends only the keys a save request has', async () => {
    const { api, calls } = fakeApi();
    await createElectronPlatform(api).saveFile({ suggestedName: 'a.csv', data: 'x', mime: 'text/csv' });
    expect(calls.at(-1)).toEqual({
      name: 'saveFile',
      request: { suggestedName: 'a.csv', data: 'x', mime: 'text/csv' },
    });
  });

  it('runs every flush listener before telling main it is done', async () => {
    const { api, calls, emit } = fakeApi();
    const platform = createElectronPlatform(api);
    const order: string[] = [];
    platform.onFlushRequest(async () => {
      await settle();
      order.push('store');
    });
    const off = platform.onFlushRequest(async () => {
      throw new Error('one listener failing must not block the answer');
    });
    emit('flushRequest', { requestId: 'r1' });
    await vi.waitFor(() => expect(calls.some((c) => c.name === 'flushDone')).toBe(true));
    expect(order).toEqual(['store']);
    expect(calls.find((c) => c.name === 'flushDone')?.request).toEqual({ requestId: 'r1' });
    off();
  });

  it('answers a flush request even with no listeners', async () => {
    const { api, calls, emit } = fakeApi();
    createElectronPlatform(api);
    emit('flushRequest', { requestId: 'r2' });
    await vi.waitFor(() => expect(calls).toContainEqual({ name: 'flushDone', request: { requestId: 'r2' } }));
  });

  it('listens for files before collecting the pending ones, and delivers both', async () => {
    const pendingFile = { name: 'argv.samenhang.json', bytes: new Uint8Array([1]), path: '/argv.samenhang.json' };
    const { api, calls, emit, listeners } = fakeApi({ takePendingFiles: { ok: true, value: [pendingFile] } });
    const platform = createElectronPlatform(api);
    const got: string[] = [];
    platform.onOpenFile((file) => got.push(file.name));
    expect(listeners.get('openFile')?.size).toBe(1);
    expect(calls.map((c) => c.name)).toEqual(['takePendingFiles']);
    await settle();
    emit('openFile', { name: 'later.samenhang.json', bytes: new Uint8Array([2]) });
    expect(got).toEqual(['argv.samenhang.json', 'later.samenhang.json']);
    platform.onOpenFile(() => undefined);
    expect(calls.filter((c) => c.name === 'takePendingFiles')).toHaveLength(1);
  });

  it('forwards menu command ids and unsubscribes', () => {
    const { api, emit } = fakeApi();
    const platform = createElectronPlatform(api);
    const got: string[] = [];
    const off = platform.onMenuCommand((id) => got.push(id));
    emit('menuCommand', { commandId: 'view.workshop' });
    off();
    emit('menuCommand', { commandId: 'file.new' });
    expect(got).toEqual(['view.workshop']);
  });

  it('reports the document state, cutting an over-long title to the contract limit', () => {
    const { api, calls } = fakeApi();
    createElectronPlatform(api).setDocumentState({ title: 'x'.repeat(600), dirty: true, locale: 'nl' });
    const request = calls.at(-1)?.request as { title: string };
    expect(request.title).toHaveLength(500);
  });
});

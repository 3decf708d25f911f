import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, BrowserWindow } from 'electron';
import { app, BrowserWindow as FakeWindow, resetFake } from '../fakeElectron';
import { FLUSH_TIMEOUT_MS, FlushCoordinator, guardWindowClose } from '../../../electron/main/flushOnClose';

vi.mock('electron', () => import('../fakeElectron'));

describe('FlushCoordinator', () => {
  afterEach(() => vi.useRealTimers());

  it('resolves "flushed" when the page answers with the request id', async () => {
    const sent: string[] = [];
    const flush = new FlushCoordinator((id) => sent.push(id));
    const outcome = flush.request();
    expect(sent).toHaveLength(1);
    expect(flush.done('made-up')).toBe(false);
    expect(flush.done(sent[0] as string)).toBe(true);
    await expect(outcome).resolves.toBe('flushed');
    expect(flush.done(sent[0] as string)).toBe(false);
  });

  it('resolves "timeout" when the page never answers', async () => {
    vi.useFakeTimers();
    const flush = new FlushCoordinator(() => undefined);
    const outcome = flush.request();
    vi.advanceTimersByTime(FLUSH_TIMEOUT_MS - 1);
    let settled = false;
    void outcome.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(outcome).resolves.toBe('timeout');
  });

  it('still times out when sending fails (page gone)', async () => {
    vi.useFakeTimers();
    const flush = new FlushCoordinator(() => {
      throw new Error('no window');
    }, 50);
    const outcome = flush.request();
    vi.advanceTimersByTime(50);
    await expect(outcome).resolves.toBe('timeout');
  });
});

describe('guardWindowClose', () => {
  beforeEach(() => resetFake());

  function setup() {
    const win = new FakeWindow({});
    let finishFlush: () => void = () => undefined;
    const order: string[] = [];
    const guard = {
      flush: vi.fn(
        () =>
          new Promise<void>((resolve) => {
            order.push('flush');
            finishFlush = () => {
              order.push('flushed');
              resolve();
            };
          }),
      ),
      beforeClose: vi.fn(async () => {
        order.push('beforeClose');
      }),
    };
    guardWindowClose(win as unknown as BrowserWindow, app as unknown as App, guard);
    return { win, guard, order, finish: () => finishFlush() };
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('holds the close until the page has flushed, then closes for real', async () => {
    const { win, guard, order, finish } = setup();
    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(guard.flush).toHaveBeenCalledTimes(1);
    win.close();
    expect(guard.flush).toHaveBeenCalledTimes(1);
    finish();
    await settle();
    expect(win.isDestroyed()).toBe(true);
    expect(order).toEqual(['flush', 'flushed', 'beforeClose']);
    expect(app.quitCalls).toBe(0);
  });

  it('resumes quitting after the flush when the close came from quitting', async () => {
    const { win, finish } = setup();
    app.emit('before-quit');
    win.close();
    finish();
    await settle();
    expect(app.quitCalls).toBe(1);
  });

  it('closes even when flushing or saving the window state fails', async () => {
    const win = new FakeWindow({});
    guardWindowClose(win as unknown as BrowserWindow, app as unknown as App, {
      flush: () => Promise.reject(new Error('page crashed')),
      beforeClose: () => Promise.reject(new Error('disk full')),
    });
    win.close();
    await settle();
    expect(win.isDestroyed()).toBe(true);
  });

  it('stops listening for quit once the window is gone', async () => {
    const { win, finish } = setup();
    expect(app.listenerCount('before-quit')).toBe(1);
    win.close();
    finish();
    await settle();
    expect(app.listenerCount('before-quit')).toBe(0);
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SamenhangApi } from '../../../shared/ipc/contract';
import { getPlatform, setPlatform } from '../../../renderer/platform/index';
import { createTestingPlatform } from '../../../renderer/platform/testing';

describe('getPlatform', () => {
  afterEach(() => {
    setPlatform(null);
    Reflect.deleteProperty(window, 'samenhang');
  });

  it('is the browser platform without a preload, and the same object every time', () => {
    const platform = getPlatform();
    expect(platform.kind).toBe('browser');
    expect(getPlatform()).toBe(platform);
  });

  it('is the Electron platform when window.samenhang exists', () => {
    const invoke = vi.fn(async () => ({ ok: true, value: null }));
    const api = {
      invoke: new Proxy({}, { get: () => invoke }),
      on: new Proxy({}, { get: () => () => () => undefined }),
    } as unknown as SamenhangApi;
    Object.defineProperty(window, 'samenhang', { value: api, configurable: true });
    expect(getPlatform().kind).toBe('electron');
  });

  it('can be replaced for tests', () => {
    const testing = createTestingPlatform();
    setPlatform(testing);
    expect(getPlatform()).toBe(testing);
  });
});

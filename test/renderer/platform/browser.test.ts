// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acceptAttribute, createBrowserPlatform } from '../../../renderer/platform/browser';
import { MAX_OPENED_FILE_BYTES } from '../../../shared/ipc/contract';

describe('browser platform', () => {
  let created: Blob[];
  let revoked: string[];

  beforeEach(() => {
    created = [];
    revoked = [];
    // jsdom has no object URLs; these stand in for the browser's.
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return `blob:samenhang/${created.length}`;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
    };
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('saveFile downloads a blob through an anchor with the suggested name', async () => {
    vi.useFakeTimers();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const platform = createBrowserPlatform();
    const saved = await platform.saveFile({
      suggestedName: 'Plan 2026.samenhang.json',
      data: '{"a":1}',
      mime: 'application/json',
    });
    expect(saved).toEqual({ name: 'Plan 2026.samenhang.json' });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('Plan 2026.samenhang.json');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:samenhang/1');
    expect(created[0]?.type).toBe('application/json');
    expect(await created[0]?.text()).toBe('{"a":1}');
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(revoked).toEqual([]);
    vi.runAllTimers();
    expect(revoked).toEqual(['blob:samenhang/1']);
  });

  it('saveFile keeps bytes exactly', async () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await createBrowserPlatform().saveFile({
      suggestedName: 'x.xlsx',
      data: new Uint8Array([0x50, 0x4b, 0, 255]),
      mime: 'application/octet-stream',
    });
    expect(new Uint8Array(await (created[0] as Blob).arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b, 0, 255]));
  });

  it("openFile reads the chosen file's bytes", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3b, 0x80]);
    const inputs: HTMLInputElement[] = [];
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      inputs.push(this);
      const file = new File([bytes], 'doelen.csv', { type: 'text/csv' });
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const opened = await createBrowserPlatform().openFile([{ name: 'CSV', extensions: ['csv'] }]);
    expect(opened?.name).toBe('doelen.csv');
    expect(opened?.bytes).toEqual(bytes);
    expect(opened?.path).toBeUndefined();
    expect(inputs[0]?.type).toBe('file');
    expect(inputs[0]?.accept).toBe('.csv');
    expect(document.querySelectorAll('input')).toHaveLength(0);
  });

  it('openFile refuses a file over the limit on its size, as the desktop app does, without reading it', async () => {
    const file = new File([], 'film.mp4');
    Object.defineProperty(file, 'size', { value: MAX_OPENED_FILE_BYTES + 1 });
    const read = vi.spyOn(file, 'arrayBuffer');
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    await expect(createBrowserPlatform().openFile([])).rejects.toMatchObject({
      name: 'PlatformError',
      code: 'file.tooLarge',
      params: { name: 'film.mp4', size: 64.1, limit: 64 },
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('openFile resolves null when the user cancels', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'));
    });
    await expect(createBrowserPlatform().openFile([])).resolves.toBeNull();
  });

  it('offers a double extension also by its last part', () => {
    expect(acceptAttribute([{ name: 'Samenhang', extensions: ['samenhang.json'] }])).toBe('.samenhang.json,.json');
    expect(acceptAttribute([{ name: 'Tabel', extensions: ['csv', 'xlsx'] }])).toBe('.csv,.xlsx');
    expect(acceptAttribute([{ name: 'Alles', extensions: ['*'] }])).toBe('');
  });

  it('exportPdf prints the page with the file name as title, then restores the title', async () => {
    document.title = 'Samenhang';
    const titles: string[] = [];
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      titles.push(document.title);
    });
    await expect(createBrowserPlatform().exportPdf('Rapport Zuidstad')).resolves.toEqual({
      name: 'Rapport Zuidstad.pdf',
    });
    expect(print).toHaveBeenCalledTimes(1);
    expect(titles).toEqual(['Rapport Zuidstad']);
    expect(document.title).toBe('Samenhang');
  });

  it('opens only allowlisted addresses, in a new tab without opener', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const platform = createBrowserPlatform();
    await platform.openExternal('https://wetten.overheid.nl/BWBR0035362');
    await expect(platform.openExternal('https://evil.example/')).rejects.toMatchObject({ code: 'shell.notAllowed' });
    expect(open.mock.calls).toEqual([['https://wetten.overheid.nl/BWBR0035362', '_blank', 'noopener,noreferrer']]);
  });

  it('has no recent files and no native menu', async () => {
    const platform = createBrowserPlatform();
    expect(platform.kind).toBe('browser');
    await expect(platform.recentFiles()).resolves.toEqual([]);
    await expect(platform.openRecent('/x')).resolves.toBeNull();
    expect(typeof platform.onMenuCommand(() => undefined)).toBe('function');
    expect(typeof platform.onOpenFile(() => undefined)).toBe('function');
  });

  it('shows the document state in the tab title and the page language', () => {
    const platform = createBrowserPlatform();
    platform.setDocumentState({ title: 'Plan', dirty: true, locale: 'en' });
    expect(document.title).toBe('• Plan — Samenhang');
    expect(document.documentElement.lang).toBe('en');
    platform.setDocumentState({ title: '', dirty: false, locale: 'nl' });
    expect(document.title).toBe('Samenhang');
  });

  it('flushes when the page is hidden, and stops after unsubscribe', () => {
    const platform = createBrowserPlatform();
    const flush = vi.fn(async () => undefined);
    const off = platform.onFlushRequest(flush);
    const hide = () => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    hide();
    window.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);
    off();
    hide();
    expect(flush).toHaveBeenCalledTimes(2);
  });
});

import { promises as fsp } from 'node:fs';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, resetFake } from '../../fakeElectron';
import { openFromOutside, openRecentFile, registerFileHandlers } from '../../../../electron/main/handlers/fileHandlers';
import { MAX_OPENED_FILE_BYTES } from '../../../../shared/ipc/contract';
import { makeHarness } from './handlerHarness';

vi.mock('electron', () => import('../../fakeElectron'));

const projectFilter = [{ name: 'Samenhang', extensions: ['samenhang.json'] }];

describe('file handlers', () => {
  let dir: string;
  beforeEach(async () => {
    resetFake();
    dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-fh-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function setup(platform: NodeJS.Platform = 'linux') {
    const h = await makeHarness(dir, platform);
    registerFileHandlers(h.ipc, h.ctx);
    return h;
  }

  it('openFile returns null when the dialog is cancelled', async () => {
    const h = await setup();
    expect(await h.call('openFile', { filters: projectFilter })).toEqual({ ok: true, value: null });
    expect(dialog.openCalls[0]).toMatchObject({ defaultPath: dir, filters: projectFilter });
  });

  it('openFile reads the chosen file, grants it and makes a project recent', async () => {
    const h = await setup();
    const file = path.join(dir, 'Plan.samenhang.json');
    await writeFile(file, '{"a":1}');
    dialog.openAnswers.push({ canceled: false, filePaths: [file] });
    const result = await h.call('openFile', { filters: projectFilter });
    expect(result.ok).toBe(true);
    const value = result.value as { name: string; bytes: Uint8Array; path: string };
    expect(value.name).toBe('Plan.samenhang.json');
    expect(new TextDecoder().decode(value.bytes)).toBe('{"a":1}');
    expect(value.path).toBe(file);
    expect(h.ctx.grants.has(file)).toBe(true);
    expect(h.ctx.recent.list().map((f) => f.path)).toEqual([file]);
  });

  it('opening a CSV does not make it recent', async () => {
    const h = await setup();
    const file = path.join(dir, 'doelen.csv');
    await writeFile(file, 'a;b');
    dialog.openAnswers.push({ canceled: false, filePaths: [file] });
    await h.call('openFile', { filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(h.ctx.recent.list()).toEqual([]);
  });

  it('offers macOS the last extension only', async () => {
    const h = await setup('darwin');
    await h.call('openFile', { filters: projectFilter });
    expect(dialog.openCalls[0]?.filters).toEqual([{ name: 'Samenhang', extensions: ['json'] }]);
  });

  it('saveFile asks where to save, completes the extension and writes atomically', async () => {
    const h = await setup();
    dialog.saveAnswers.push({ canceled: false, filePath: path.join(dir, 'Nieuw plan') });
    const result = await h.call('saveFile', {
      suggestedName: 'Naamloos.samenhang.json',
      data: '{"v":2}',
      mime: 'application/json',
      filters: projectFilter,
    });
    const target = path.join(dir, 'Nieuw plan.samenhang.json');
    expect(result).toEqual({ ok: true, value: { name: 'Nieuw plan.samenhang.json', path: target } });
    expect(dialog.saveCalls[0]?.defaultPath).toBe(path.join(dir, 'Naamloos.samenhang.json'));
    expect(await readFile(target, 'utf8')).toBe('{"v":2}');
    expect(h.ctx.recent.list().map((f) => f.path)).toEqual([target]);
  });

  it('saveFile writes a granted path without asking, but asks for saveAs', async () => {
    const h = await setup();
    const target = path.join(dir, 'plan.samenhang.json');
    h.ctx.grants.grant(target);
    const first = await h.call('saveFile', {
      suggestedName: 'plan.samenhang.json',
      data: new Uint8Array([49]),
      mime: 'application/json',
      path: target,
    });
    expect(first.ok).toBe(true);
    expect(dialog.saveCalls).toHaveLength(0);
    expect(await readFile(target, 'utf8')).toBe('1');
    const again = await h.call('saveFile', {
      suggestedName: 'plan.samenhang.json',
      data: '2',
      mime: 'application/json',
      path: target,
      saveAs: true,
    });
    expect(again).toEqual({ ok: true, value: null });
    expect(dialog.saveCalls).toHaveLength(1);
    expect(await readFile(target, 'utf8')).toBe('1');
  });

  it('saveFile never writes to a path the user did not choose: it asks instead', async () => {
    const h = await setup();
    const elsewhere = path.join(dir, 'sneaky.samenhang.json');
    const result = await h.call('saveFile', {
      suggestedName: 'x.samenhang.json',
      data: 'x',
      mime: 'application/json',
      path: elsewhere,
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(dialog.saveCalls).toHaveLength(1);
    await expect(readFile(elsewhere)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('saveFile refuses a suggested name with folders in it', async () => {
    const h = await setup();
    const result = await h.call('saveFile', { suggestedName: '../../.bashrc', data: 'x', mime: 'text/plain' });
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.badRequest' } });
    expect(dialog.saveCalls).toHaveLength(0);
  });

  it('openFile refuses a file over the contract bound on its size alone, naming it, without reading it', async () => {
    const h = await setup();
    const file = path.join(dir, 'export uit het zaaksysteem.csv');
    await writeFile(file, '');
    await truncate(file, MAX_OPENED_FILE_BYTES + 1); // sparse: large on paper, nothing written
    const read = vi.spyOn(fsp, 'readFile');
    dialog.openAnswers.push({ canceled: false, filePaths: [file] });
    const result = await h.call('openFile', { filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'file.tooLarge', params: { name: 'export uit het zaaksysteem.csv', size: 64.1, limit: 64 } },
    });
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  });

  it('recentFiles and openRecent go through the recent list only', async () => {
    const h = await setup();
    const file = path.join(dir, 'r.samenhang.json');
    await writeFile(file, '{}');
    await h.ctx.recent.add(file);
    expect(await h.call('recentFiles', {})).toEqual({ ok: true, value: [{ name: 'r.samenhang.json', path: file }] });
    const opened = await h.call('openRecent', { path: file });
    expect(opened).toMatchObject({ ok: true, value: { name: 'r.samenhang.json', path: file } });
    const notRecent = await h.call('openRecent', { path: '/etc/passwd' });
    expect(notRecent).toMatchObject({ ok: false, error: { code: 'file.notRecent' } });
  });

  it('a recent file that vanished reports file.notFound and leaves the list', async () => {
    const h = await setup();
    const file = path.join(dir, 'gone.samenhang.json');
    await h.ctx.recent.add(file);
    await expect(openRecentFile(h.ctx, file)).rejects.toMatchObject({ code: 'file.notFound' });
    expect(h.ctx.recent.list()).toEqual([]);
    expect(h.menuRefreshes.length).toBeGreaterThan(0);
  });

  it('files from outside wait for the page, which takes them with takePendingFiles', async () => {
    const h = await setup();
    const file = path.join(dir, 'argv.samenhang.json');
    await writeFile(file, '{"from":"argv"}');
    await openFromOutside(h.ctx, file);
    expect(h.delivered).toEqual([]);
    const pending = await h.call('takePendingFiles', {});
    expect(pending.ok).toBe(true);
    expect((pending.value as { path: string }[]).map((f) => f.path)).toEqual([file]);
    await openFromOutside(h.ctx, file);
    expect(h.delivered.map((f) => f.path)).toEqual([file]);
    expect(h.ctx.grants.has(file)).toBe(true);
  });
});

import { promises as fsp } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cleanupOrphanTempFiles,
  isOrphanTempName,
  tempPathFor,
  writeFileAtomic,
} from '../../../electron/main/atomicWrite';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-aw-'));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes text and bytes, replacing an existing file, and leaves no temp file', async () => {
    const target = path.join(dir, 'plan.samenhang.json');
    await writeFileAtomic(target, '{"v":1}');
    expect(await readFile(target, 'utf8')).toBe('{"v":1}');
    await writeFileAtomic(target, new Uint8Array([123, 125]));
    expect(await readFile(target, 'utf8')).toBe('{}');
    expect(await readdir(dir)).toEqual(['plan.samenhang.json']);
  });

  it('writes to a temp file in the same folder, fsyncs it, then renames it over the target', async () => {
    const target = path.join(dir, 'plan.samenhang.json');
    await writeFile(target, 'old');
    const steps: string[] = [];
    const realOpen = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementation(async (file, flags, mode) => {
      const handle = await realOpen(file, flags, mode);
      const realSync = handle.sync.bind(handle);
      const realWrite = handle.writeFile.bind(handle);
      handle.sync = async () => {
        steps.push(`sync ${path.basename(String(file)) === path.basename(dir) ? 'dir' : 'file'}`);
        return realSync();
      };
      handle.writeFile = async (data, options) => {
        steps.push('write');
        expect(await readFile(target, 'utf8')).toBe('old');
        return realWrite(data, options);
      };
      return handle;
    });
    const realRename = fsp.rename.bind(fsp);
    vi.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
      steps.push('rename');
      expect(path.dirname(String(from))).toBe(dir);
      expect(isOrphanTempName(path.basename(String(from)))).toBe(true);
      expect(to).toBe(target);
      return realRename(from, to);
    });
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(steps.slice(0, 3)).toEqual(['write', 'sync file', 'rename']);
  });

  it('removes its temp file and keeps the old content when the rename fails', async () => {
    const target = path.join(dir, 'plan.samenhang.json');
    await writeFile(target, 'old');
    vi.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('disk gone'), { code: 'EIO' }));
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow('disk gone');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['plan.samenhang.json']);
  });

  it('fails cleanly for a folder that does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'nope', 'x.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps the permissions of the file it replaces', async () => {
    if (process.platform === 'win32') return;
    const target = path.join(dir, 'private.samenhang.json');
    await writeFile(target, 'old', { mode: 0o600 });
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });
});

describe('orphan temp files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-orphan-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('recognises only our own temp names', () => {
    expect(isOrphanTempName(path.basename(tempPathFor('/x/plan.samenhang.json')))).toBe(true);
    expect(isOrphanTempName('plan.samenhang.json')).toBe(false);
    expect(isOrphanTempName('.plan.samenhang.json.samenhang-tmp-zzzzzzzz')).toBe(false);
    expect(isOrphanTempName('.hidden')).toBe(false);
  });

  it('removes temp files a killed save left and nothing else, across folders', async () => {
    const other = path.join(dir, 'other');
    await fsp.mkdir(other);
    const orphanA = tempPathFor(path.join(dir, 'plan.samenhang.json'));
    const orphanB = tempPathFor(path.join(other, 'recent-files.json'));
    await writeFile(orphanA, '{"half');
    await writeFile(orphanB, '');
    await writeFile(path.join(dir, 'plan.samenhang.json'), '{}');
    await writeFile(path.join(dir, '.gitignore'), '');
    const removed = await cleanupOrphanTempFiles([dir, other, dir, path.join(dir, 'missing')]);
    expect(removed.sort()).toEqual([orphanA, orphanB].sort());
    expect((await readdir(dir)).sort()).toEqual(['.gitignore', 'other', 'plan.samenhang.json']);
    expect(await readdir(other)).toEqual([]);
  });
});

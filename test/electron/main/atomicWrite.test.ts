import { spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cleanupOrphanTempFiles,
  HOST_TAG,
  isOrphanTempName,
  isStaleTemp,
  STALE_AFTER_MS,
  tempPathFor,
  tempWriterOf,
  writeFileAtomic,
  type TempWriter,
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

/** A process id that surely belonged to a writer that has ended: a child that already exited. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '']).pid;
  if (!pid) throw new Error('could not start a child process');
  return pid;
}

async function leaveTemp(target: string, writer: TempWriter, ageMs = 0): Promise<string> {
  const temp = tempPathFor(target, writer);
  await writeFile(temp, '{"half');
  if (ageMs > 0) {
    const then = new Date(Date.now() - ageMs);
    await utimes(temp, then, then);
  }
  return temp;
}

describe('temp file names', () => {
  it('sit beside the target, start with ~, say "samenhang-opslaan" and end in .tmp', () => {
    const temp = tempPathFor('/x/Plan.samenhang.json');
    expect(path.dirname(temp)).toBe('/x');
    expect(path.basename(temp)).toMatch(
      new RegExp(`^~Plan\\.samenhang\\.json\\.samenhang-opslaan-${HOST_TAG}-${process.pid}-[0-9a-f]{8}\\.tmp$`),
    );
  });

  it('recognise only our own temp names, and the old style ones', () => {
    expect(tempWriterOf(path.basename(tempPathFor('/x/plan.samenhang.json')))).toEqual({
      host: HOST_TAG,
      pid: process.pid,
    });
    expect(tempWriterOf('.plan.samenhang.json.samenhang-tmp-1a2b3c4d')).toBe('legacy');
    expect(isOrphanTempName('plan.samenhang.json')).toBe(false);
    expect(isOrphanTempName('~plan.samenhang.json.samenhang-opslaan-zzzzzz-12-1a2b3c4d.tmp')).toBe(false);
    expect(isOrphanTempName('~$plan.docx')).toBe(false);
    expect(isOrphanTempName('.plan.samenhang.json.samenhang-tmp-zzzzzzzz')).toBe(false);
    expect(isOrphanTempName('.hidden')).toBe(false);
  });

  it('stay within 255 bytes for a long target name and remain recognisable', () => {
    const temp = path.basename(tempPathFor(`/x/${'ë'.repeat(120)}.samenhang.json`));
    expect(Buffer.byteLength(temp)).toBeLessThanOrEqual(255);
    expect(tempWriterOf(temp)).toEqual({ host: HOST_TAG, pid: process.pid });
  });
});

describe('isStaleTemp', () => {
  const now = Date.now();
  const fresh = now - 1000;
  const old = now - STALE_AFTER_MS;

  it('a killed save on this computer (writer gone) is stale at once', () => {
    expect(isStaleTemp(tempPathFor('/x/a.json', { host: HOST_TAG, pid: deadPid() }), fresh, now)).toBe(true);
  });

  it('a live writer on this computer keeps its temp file until it has been untouched for long', () => {
    const temp = tempPathFor('/x/a.json', { host: HOST_TAG, pid: process.ppid });
    expect(isStaleTemp(temp, fresh, now)).toBe(false);
    expect(isStaleTemp(temp, old, now)).toBe(true);
  });

  it('a writer on another computer (a shared folder) is never judged by its process id', () => {
    const temp = tempPathFor('/x/a.json', { host: HOST_TAG === '000000' ? '111111' : '000000', pid: deadPid() });
    expect(isStaleTemp(temp, fresh, now)).toBe(false);
    expect(isStaleTemp(temp, old, now)).toBe(true);
  });

  it('old style names carry no writer and go by age only; other files never', () => {
    expect(isStaleTemp('/x/.a.json.samenhang-tmp-1a2b3c4d', fresh, now)).toBe(false);
    expect(isStaleTemp('/x/.a.json.samenhang-tmp-1a2b3c4d', old, now)).toBe(true);
    expect(isStaleTemp('/x/a.json', old - 1e9, now)).toBe(false);
  });

  it('our own temp file not being written is a leftover', () => {
    expect(isStaleTemp(tempPathFor('/x/a.json'), fresh, now)).toBe(true);
  });
});

describe('orphan temp files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-orphan-'));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('removes temp files killed saves left and nothing else, across folders', async () => {
    const other = path.join(dir, 'other');
    await fsp.mkdir(other);
    const killed = { host: HOST_TAG, pid: deadPid() };
    const orphanA = await leaveTemp(path.join(dir, 'plan.samenhang.json'), killed);
    const orphanB = await leaveTemp(path.join(other, 'recent-files.json'), killed);
    await writeFile(path.join(dir, 'plan.samenhang.json'), '{}');
    await writeFile(path.join(dir, '.gitignore'), '');
    await writeFile(path.join(dir, '~$notes.docx'), '');
    const removed = await cleanupOrphanTempFiles([dir, other, dir, path.join(dir, 'missing')]);
    expect(removed.sort()).toEqual([orphanA, orphanB].sort());
    expect((await readdir(dir)).sort()).toEqual(['.gitignore', 'other', 'plan.samenhang.json', '~$notes.docx']);
    expect(await readdir(other)).toEqual([]);
  });

  it('a save first clears stale temp files beside its target, keeping a live writer’s fresh one', async () => {
    const target = path.join(dir, 'Plan - doelen.csv');
    const killed = await leaveTemp(path.join(dir, 'Plan.samenhang.json'), { host: HOST_TAG, pid: deadPid() });
    const abandoned = await leaveTemp(target, { host: 'abcdef', pid: 1 }, STALE_AFTER_MS + 1000);
    const live = await leaveTemp(target, { host: HOST_TAG, pid: process.ppid });
    const seenAtOpen: string[][] = [];
    const realOpen = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementation(async (file, flags, mode) => {
      if (flags === 'wx') seenAtOpen.push((await readdir(dir)).sort());
      return realOpen(file, flags, mode);
    });
    await writeFileAtomic(target, 'titel\n');
    expect(seenAtOpen).toEqual([[path.basename(live)]]);
    expect((await readdir(dir)).sort()).toEqual([path.basename(target), path.basename(live)].sort());
    expect(await readFile(target, 'utf8')).toBe('titel\n');
    await expect(stat(killed)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(stat(abandoned)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('never removes the temp file of a save still in flight in this process, however slow', async () => {
    const target = path.join(dir, 'Plan.samenhang.json');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let writing: (() => void) | undefined;
    const started = new Promise<void>((resolve) => (writing = resolve));
    const realOpen = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementation(async (file, flags, mode) => {
      const handle = await realOpen(file, flags, mode);
      if (flags !== 'wx') return handle;
      const realWrite = handle.writeFile.bind(handle);
      handle.writeFile = async (data, options) => {
        await realWrite(data, options);
        // Make the half-written file look abandoned by age as well: only the in-flight mark protects it now.
        const then = new Date(Date.now() - 2 * STALE_AFTER_MS);
        await utimes(String(file), then, then);
        writing?.();
        await gate;
      };
      return handle;
    });
    const slow = writeFileAtomic(target, '{"v":1}');
    await started;
    const [temp] = (await readdir(dir)).filter(isOrphanTempName);
    expect(temp).toBeDefined();
    expect(await cleanupOrphanTempFiles([dir])).toEqual([]);
    vi.restoreAllMocks();
    await writeFileAtomic(path.join(dir, 'Plan - verbanden.csv'), 'van;naar\n');
    expect(await readdir(dir)).toContain(temp);
    release();
    await slow;
    expect((await readdir(dir)).sort()).toEqual(['Plan - verbanden.csv', 'Plan.samenhang.json']);
    expect(await readFile(target, 'utf8')).toBe('{"v":1}');
  });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES, RecentFiles } from '../../../electron/main/recentFiles';

describe('RecentFiles', () => {
  let dir: string;
  let store: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-recent-'));
    store = path.join(dir, 'userData', 'recent-files.json');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const file = (n: number) => path.join(dir, `p${n}.samenhang.json`);

  it('keeps the newest first, without duplicates, and persists across loads', async () => {
    const recent = await RecentFiles.load(store);
    await recent.add(file(1));
    await recent.add(file(2));
    await recent.add(file(1));
    expect(recent.list()).toEqual([
      { name: 'p1.samenhang.json', path: file(1) },
      { name: 'p2.samenhang.json', path: file(2) },
    ]);
    const again = await RecentFiles.load(store);
    expect(again.list()).toEqual(recent.list());
    expect(JSON.parse(await readFile(store, 'utf8'))).toEqual({ version: 1, files: [file(1), file(2)] });
  });

  it(`is capped at ${MAX_RECENT_FILES}`, async () => {
    const recent = await RecentFiles.load(store);
    for (let i = 0; i < 15; i += 1) await recent.add(file(i));
    expect(recent.list()).toHaveLength(MAX_RECENT_FILES);
    expect(recent.list()[0]?.path).toBe(file(14));
    expect(recent.has(file(4))).toBe(false);
    expect(recent.has(file(5))).toBe(true);
    expect((await RecentFiles.load(store)).list()).toHaveLength(MAX_RECENT_FILES);
  });

  it('removes and clears', async () => {
    const recent = await RecentFiles.load(store);
    await recent.add(file(1));
    await recent.add(file(2));
    await recent.remove(file(1));
    expect(recent.list().map((f) => f.path)).toEqual([file(2)]);
    await recent.clear();
    expect((await RecentFiles.load(store)).list()).toEqual([]);
  });

  it('starts empty from a missing or damaged store and drops relative or duplicate entries', async () => {
    expect((await RecentFiles.load(store)).list()).toEqual([]);
    await (await RecentFiles.load(store)).add(file(0));
    await writeFile(store, 'not json');
    expect((await RecentFiles.load(store)).list()).toEqual([]);
    await writeFile(
      store,
      JSON.stringify({ version: 1, files: ['relative.samenhang.json', file(1), file(1), file(2)] }),
    );
    expect((await RecentFiles.load(store)).list().map((f) => f.path)).toEqual([file(1), file(2)]);
  });

  it('lists the folders that hold recent files', async () => {
    const recent = await RecentFiles.load(store);
    await recent.add(path.join(dir, 'a', 'x.samenhang.json'));
    await recent.add(path.join(dir, 'a', 'y.samenhang.json'));
    await recent.add(path.join(dir, 'b', 'z.samenhang.json'));
    expect(recent.folders().sort()).toEqual([path.join(dir, 'a'), path.join(dir, 'b')]);
  });

  it('after any sequence of adds: unique, capped, newest first', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 14 }), { maxLength: 30 }), async (adds) => {
        const recent = await RecentFiles.load(path.join(dir, `store-${Math.random()}.json`));
        for (const n of adds) await recent.add(file(n));
        const paths = recent.list().map((f) => f.path);
        expect(new Set(paths).size).toBe(paths.length);
        expect(paths.length).toBe(Math.min(new Set(adds).size, MAX_RECENT_FILES));
        if (adds.length > 0) expect(paths[0]).toBe(file(adds[adds.length - 1] as number));
      }),
      { numRuns: 40 },
    );
  });
});

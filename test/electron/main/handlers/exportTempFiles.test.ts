import { spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, resetFake } from '../../fakeElectron';
import {
  HOST_TAG,
  isOrphanTempName,
  STALE_AFTER_MS,
  tempPathFor,
  type TempWriter,
} from '../../../../electron/main/atomicWrite';
import { registerFileHandlers } from '../../../../electron/main/handlers/fileHandlers';
import { registerPdfHandlers } from '../../../../electron/main/handlers/pdfHandlers';
import { makeHarness } from './handlerHarness';

vi.mock('electron', () => import('../../fakeElectron'));

const csvFilter = [{ name: 'CSV', extensions: ['csv'] }];
const otherComputer = HOST_TAG === 'c0ffee' ? 'facade' : 'c0ffee';

/**
 * A save killed mid-write, for real: a separate process creates its half-written temp file beside the target
 * under the name writeFileAtomic would give it, then kills itself before it can rename or clean up.
 */
function killedSave(target: string): string {
  const script = `
    const fs = require('node:fs'), path = require('node:path');
    const [target, host] = process.argv.slice(1);
    const temp = path.join(path.dirname(target), '~' + path.basename(target) + '.samenhang-opslaan-' + host + '-' + process.pid + '-0badc0de.tmp');
    fs.writeFileSync(temp, '{"goals":[{"id":"g1","title":"Zorg');
    process.stdout.write(temp);
    process.kill(process.pid, 'SIGKILL');`;
  const child = spawnSync(process.execPath, ['-e', script, target, HOST_TAG], { encoding: 'utf8' });
  expect(child.signal).toBe('SIGKILL');
  return child.stdout;
}

async function leaveTemp(target: string, writer: TempWriter, ageMs = 0): Promise<string> {
  const temp = tempPathFor(target, writer);
  await writeFile(temp, 'half');
  const then = new Date(Date.now() - ageMs);
  await utimes(temp, then, then);
  return temp;
}

describe('temp files beside export targets', () => {
  let dir: string;
  let exports: string;
  beforeEach(async () => {
    resetFake();
    dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-et-'));
    // An export folder: neither the app's folder nor a folder of a recent project, so start-up never cleans it.
    exports = path.join(dir, 'Exports');
    await mkdir(exports);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('a CSV export clears a killed save and abandoned temp files there, keeping fresh ones of other writers', async () => {
    const h = await makeHarness(dir);
    registerFileHandlers(h.ipc, h.ctx);
    const target = path.join(exports, 'Plan - doelen.csv');
    killedSave(path.join(exports, 'Plan - verbanden.csv'));
    await leaveTemp(target, { host: otherComputer, pid: 4242 }, STALE_AFTER_MS + 60_000);
    const sharedFolderWriter = await leaveTemp(target, { host: otherComputer, pid: 4242 });
    const liveWriter = await leaveTemp(target, { host: HOST_TAG, pid: process.ppid });
    expect((await readdir(exports)).filter(isOrphanTempName)).toHaveLength(4);

    dialog.saveAnswers.push({ canceled: false, filePath: target });
    const result = await h.call('saveFile', {
      suggestedName: 'Plan - doelen.csv',
      data: 'titel;domein\r\nZorg één;sociaal\r\n',
      mime: 'text/csv',
      saveAs: true,
      filters: csvFilter,
    });
    expect(result).toEqual({ ok: true, value: { name: 'Plan - doelen.csv', path: target } });
    expect(await readFile(target, 'utf8')).toBe('titel;domein\r\nZorg één;sociaal\r\n');
    expect((await readdir(exports)).sort()).toEqual(
      [path.basename(target), path.basename(sharedFolderWriter), path.basename(liveWriter)].sort(),
    );
  });

  it('a PDF export clears stale temp files before it writes the report', async () => {
    const h = await makeHarness(dir);
    registerPdfHandlers(h.ipc, h.ctx);
    const target = path.join(exports, 'Plan - rapport.pdf');
    killedSave(target);
    const seenWhenWriting: string[][] = [];
    const realOpen = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementation(async (file, flags, mode) => {
      if (flags === 'wx') seenWhenWriting.push((await readdir(exports)).filter(isOrphanTempName));
      return realOpen(file, flags, mode);
    });
    dialog.saveAnswers.push({ canceled: false, filePath: target });
    expect(await h.call('exportPdf', { suggestedName: 'Plan - rapport' })).toMatchObject({ ok: true });
    expect(seenWhenWriting).toEqual([[]]);
    expect(await readdir(exports)).toEqual(['Plan - rapport.pdf']);
  });

  it('a killed project save is cleared by the next save to that folder, without a restart', async () => {
    const h = await makeHarness(dir);
    registerFileHandlers(h.ipc, h.ctx);
    const target = path.join(exports, 'Plan.samenhang.json');
    dialog.saveAnswers.push({ canceled: false, filePath: target });
    const save = () =>
      h.call('saveFile', { suggestedName: 'Plan.samenhang.json', data: '{"v":1}', mime: 'application/json' });
    expect(await save()).toMatchObject({ ok: true });
    const killed = killedSave(target);
    expect(await readdir(exports)).toContain(path.basename(killed));
    // The next save knows the path (granted), so no dialog: the folder is cleaned all the same.
    expect(
      await h.call('saveFile', {
        suggestedName: 'Plan.samenhang.json',
        data: '{"v":2}',
        mime: 'application/json',
        path: target,
      }),
    ).toMatchObject({ ok: true });
    expect(await readdir(exports)).toEqual(['Plan.samenhang.json']);
    expect(await readFile(target, 'utf8')).toBe('{"v":2}');
  });
});

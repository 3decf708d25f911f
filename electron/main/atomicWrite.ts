import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Saving is temp file + fsync + rename: in a kill test a plain writeFile left a quarter of the saves unreadable,
 * this left none (toolchain.md). What a killed save leaves behind is its temp file, so every write first clears
 * stale temp files beside its target, and start-up clears the app's folder and the folders of recent files.
 *
 * The temp name is for people too: `~Plan.samenhang.json.samenhang-opslaan-3f9a2c-4711-1a2b3c4d.tmp` sorts beside
 * the file it belongs to, says what it is in Dutch, and ends in `.tmp`, which Windows users know they may delete.
 * The middle carries the writer (a tag of the computer's name and the process id), so a temp file is only ever
 * removed when no save can still be writing it.
 */
const TEMP_WORD = 'samenhang-opslaan';
const TEMP_PATTERN = /^~.*\.samenhang-opslaan-([0-9a-f]{6})-(\d{1,10})-[0-9a-f]{8}\.tmp$/;
/** What versions before issue 17 wrote: `.Plan.samenhang.json.samenhang-tmp-1a2b3c4d`, no writer in the name. */
const LEGACY_PATTERN = /^\..+\.samenhang-tmp-[0-9a-f]{8}$/;
/** Most file systems cap a name at 255 bytes (NTFS at 255 UTF-16 units, never fewer than the UTF-8 bytes). */
const MAX_NAME_BYTES = 255;
/**
 * A temp file of a writer we cannot check (another computer on a network share, a live process that may be
 * another program by now) counts as abandoned only after this long untouched: far beyond the longest save of a
 * file within the size limits, even on a slow share.
 */
export const STALE_AFTER_MS = 10 * 60_000;
const RENAME_RETRIES = 5;

/** This computer, as 6 hex digits of its name's hash: enough to tell the machines sharing a folder apart. */
export const HOST_TAG = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 6);

/** Temp files this process is writing now: never stale, however long a slow disk takes. */
const inFlight = new Set<string>();

export interface TempWriter {
  host: string;
  pid: number;
}

export function tempPathFor(target: string, writer: TempWriter = { host: HOST_TAG, pid: process.pid }): string {
  const suffix = `.${TEMP_WORD}-${writer.host}-${writer.pid}-${randomBytes(4).toString('hex')}.tmp`;
  let base = path.basename(target);
  // A long target name is cut, never the suffix: the name must stay recognisable as ours.
  while (Buffer.byteLength(`~${base}${suffix}`) > MAX_NAME_BYTES) base = [...base].slice(0, -1).join('');
  return path.join(path.dirname(target), `~${base}${suffix}`);
}

/** The writer named in one of our temp names; 'legacy' for an old-style name; null for anything not ours. */
export function tempWriterOf(name: string): TempWriter | 'legacy' | null {
  const m = TEMP_PATTERN.exec(name);
  if (m) return { host: m[1]!, pid: Number(m[2]) };
  return LEGACY_PATTERN.test(name) ? 'legacy' : null;
}

export function isOrphanTempName(name: string): boolean {
  return tempWriterOf(name) !== null;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Whether a temp file can no longer be part of a save. Ours and not in flight: a leftover. This computer, writer
 * gone: a killed save. Anything else (another computer, a live process) only once untouched for STALE_AFTER_MS.
 */
export function isStaleTemp(file: string, mtimeMs: number, now: number = Date.now()): boolean {
  if (inFlight.has(path.resolve(file))) return false;
  const writer = tempWriterOf(path.basename(file));
  if (writer === null) return false;
  if (now - mtimeMs >= STALE_AFTER_MS) return true;
  if (writer === 'legacy' || writer.host !== HOST_TAG) return false;
  return writer.pid === process.pid || !processIsAlive(writer.pid);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Windows virus scanners and indexers briefly lock a fresh file; a short retry beats a failed save. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      const transient = code === 'EPERM' || code === 'EACCES' || code === 'EBUSY';
      if (!transient || attempt >= RENAME_RETRIES || process.platform !== 'win32') throw error;
      await delay(20 * (attempt + 1));
    }
  }
}

/** fsync the folder so the rename itself survives a power cut; folders cannot be opened this way on Windows. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is already on disk.
  } finally {
    await handle?.close();
  }
}

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  // Export folders are not among the folders start-up cleans: a save there clears what a killed save left.
  await cleanupOrphanTempFiles([path.dirname(target)]);
  const temp = tempPathFor(target);
  let mode = 0o666;
  try {
    mode = (await fs.stat(target)).mode & 0o777;
  } catch {
    // A new file gets the default mode (minus the umask).
  }
  inFlight.add(path.resolve(temp));
  try {
    const handle = await fs.open(temp, 'wx', mode);
    try {
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await renameWithRetry(temp, target);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  } finally {
    inFlight.delete(path.resolve(temp));
  }
  await syncDirectory(path.dirname(target));
}

/** Remove stale temp files (see isStaleTemp) in these folders; returns what it removed. Never throws. */
export async function cleanupOrphanTempFiles(dirs: Iterable<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of new Set(dirs)) {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!isOrphanTempName(name)) continue;
      const full = path.join(dir, name);
      try {
        const stat = await fs.lstat(full);
        if (!stat.isFile() || !isStaleTemp(full, stat.mtimeMs)) continue;
        await fs.rm(full, { force: true });
        removed.push(full);
      } catch {
        // Still locked or already gone: the next save or start tries again.
      }
    }
  }
  return removed;
}

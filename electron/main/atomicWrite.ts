import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Saving is temp file + fsync + rename: in a kill test a plain writeFile left a quarter of the saves unreadable,
 * this left none (toolchain.md). What it can leave behind is an orphan temp file, removed at start-up.
 */
const TEMP_MARK = '.samenhang-tmp-';
const TEMP_PATTERN = /^\..+\.samenhang-tmp-[0-9a-f]{8}$/;
const RENAME_RETRIES = 5;

export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}${TEMP_MARK}${randomBytes(4).toString('hex')}`);
}

export function isOrphanTempName(name: string): boolean {
  return TEMP_PATTERN.test(name);
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
  const temp = tempPathFor(target);
  let mode = 0o666;
  try {
    mode = (await fs.stat(target)).mode & 0o777;
  } catch {
    // A new file gets the default mode (minus the umask).
  }
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
  await syncDirectory(path.dirname(target));
}

/** Remove temp files a killed save left behind in these folders; returns what it removed. */
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
        await fs.rm(full, { force: true });
        removed.push(full);
      } catch {
        // Still locked or already gone: the next start tries again.
      }
    }
  }
  return removed;
}

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from '../../shared/model/zod';
import { writeFileAtomic } from './atomicWrite';

export const MAX_RECENT_FILES = 10;

export interface RecentFile {
  name: string;
  path: string;
}

const StoredSchema = z.object({ version: z.literal(1), files: z.array(z.string().min(1).max(4096)) });

/** Windows and macOS file systems ignore case by default, so `A.json` and `a.json` are one recent entry there. */
function keyOf(file: string): string {
  const resolved = path.resolve(file);
  return process.platform === 'linux' ? resolved : resolved.toLowerCase();
}

/** The recently opened or saved projects, newest first, capped and stored as JSON in the user-data folder. */
export class RecentFiles {
  private files: string[];

  private constructor(
    private readonly storeFile: string,
    files: string[],
    private readonly max: number,
  ) {
    this.files = files;
  }

  /** A missing or damaged store starts an empty list: losing the recent list must never block start-up. */
  static async load(storeFile: string, max = MAX_RECENT_FILES): Promise<RecentFiles> {
    let files: string[] = [];
    try {
      const parsed = StoredSchema.safeParse(JSON.parse(await fs.readFile(storeFile, 'utf8')));
      if (parsed.success) files = parsed.data.files;
    } catch {
      files = [];
    }
    const unique: string[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      if (!path.isAbsolute(file) || seen.has(keyOf(file))) continue;
      seen.add(keyOf(file));
      unique.push(path.resolve(file));
    }
    return new RecentFiles(storeFile, unique.slice(0, max), max);
  }

  list(): RecentFile[] {
    return this.files.map((file) => ({ name: path.basename(file), path: file }));
  }

  has(file: string): boolean {
    const key = keyOf(file);
    return this.files.some((f) => keyOf(f) === key);
  }

  async add(file: string): Promise<void> {
    const key = keyOf(file);
    this.files = [path.resolve(file), ...this.files.filter((f) => keyOf(f) !== key)].slice(0, this.max);
    await this.persist();
  }

  async remove(file: string): Promise<void> {
    const key = keyOf(file);
    this.files = this.files.filter((f) => keyOf(f) !== key);
    await this.persist();
  }

  async clear(): Promise<void> {
    this.files = [];
    await this.persist();
  }

  /** Folders holding recent projects: where a killed save could have left a temp file. */
  folders(): string[] {
    return [...new Set(this.files.map((f) => path.dirname(f)))];
  }

  private async persist(): Promise<void> {
    await fs.mkdir(path.dirname(this.storeFile), { recursive: true });
    await writeFileAtomic(this.storeFile, JSON.stringify({ version: 1, files: this.files }, null, 2));
  }
}

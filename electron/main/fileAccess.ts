import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_OPENED_FILE_BYTES, PROJECT_EXTENSION } from '../../shared/ipc/contract';
import { megabytes } from '../../shared/ipc/payloadSize';
import { IpcError } from './ipc';

export interface ReadFile {
  name: string;
  bytes: Uint8Array;
  path: string;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function keyOf(file: string): string {
  const resolved = path.resolve(file);
  return process.platform === 'linux' ? resolved : resolved.toLowerCase();
}

/**
 * Paths the user chose in a dialog, opened from the file manager or the command line, or saved before. The page
 * may write to these without asking again; any other path it names goes through the save dialog, so a
 * compromised page cannot write where the user never pointed.
 */
export class PathGrants {
  private readonly keys = new Set<string>();

  grant(file: string): void {
    this.keys.add(keyOf(file));
  }

  has(file: string): boolean {
    return path.isAbsolute(file) && this.keys.has(keyOf(file));
  }
}

export function isProjectFile(file: string): boolean {
  return file.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`);
}

/** Read a file the user pointed at; failures are IpcErrors with stable codes the page can translate. */
export async function readUserFile(file: string): Promise<ReadFile> {
  const name = path.basename(file);
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new IpcError('file.notAFile', `${name} is not a file`);
    // Refused on its size alone, before a byte is read: the contract would refuse the answer anyway.
    if (stat.size > MAX_OPENED_FILE_BYTES)
      throw new IpcError('file.tooLarge', `${name}: ${stat.size} bytes, limit ${MAX_OPENED_FILE_BYTES}`, {
        name,
        size: megabytes(stat.size),
        limit: megabytes(MAX_OPENED_FILE_BYTES),
      });
    const bytes = await fs.readFile(file);
    return { name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path: path.resolve(file) };
  } catch (error) {
    if (error instanceof IpcError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT') throw new IpcError('file.notFound', `${name} does not exist`);
    if (code === 'EACCES' || code === 'EPERM') throw new IpcError('file.noAccess', `${name} cannot be read`);
    throw new IpcError('file.readFailed', `${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

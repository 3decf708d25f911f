import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { FileFilter } from '../../shared/ipc/contract';

/**
 * macOS panels match only the last extension, so `samenhang.json` would hide every project file there; it is
 * offered as `json`. Windows and Linux match the full `*.samenhang.json` pattern.
 */
export function dialogFilters(filters: readonly FileFilter[], platform: NodeJS.Platform): FileFilter[] {
  if (platform !== 'darwin') return filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));
  return filters.map((f) => ({
    name: f.name,
    extensions: [...new Set(f.extensions.map((ext) => ext.split('.').pop() ?? ext))],
  }));
}

/**
 * GTK save dialogs do not append the chosen filter's extension: `plan` must become `plan.samenhang.json`, or the
 * project would not open with a double click and would not show in the open dialog.
 */
export function withExtension(file: string, filters: readonly FileFilter[] | undefined): string {
  const extensions = (filters ?? []).flatMap((f) => f.extensions).filter((ext) => ext !== '*');
  if (extensions.length === 0) return file;
  const lower = file.toLowerCase();
  if (extensions.some((ext) => lower.endsWith(`.${ext.toLowerCase()}`))) return file;
  return `${file}.${extensions[0]}`;
}

export async function askOpenPath(
  win: BrowserWindow | null,
  filters: readonly FileFilter[],
  defaultPath: string,
  platform: NodeJS.Platform,
): Promise<string | null> {
  const options = { defaultPath, filters: dialogFilters(filters, platform), properties: ['openFile' as const] };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const chosen = result.filePaths[0];
  return result.canceled || !chosen ? null : path.resolve(chosen);
}

export async function askSavePath(
  win: BrowserWindow | null,
  defaultPath: string,
  filters: readonly FileFilter[] | undefined,
  platform: NodeJS.Platform,
): Promise<string | null> {
  const options = {
    defaultPath,
    filters: dialogFilters(filters ?? [], platform),
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  const completed = path.resolve(withExtension(result.filePath, filters));
  // The dialog confirmed overwriting the name as typed, not the completed one: if that exists, ask again with it.
  if (completed !== path.resolve(result.filePath) && (await exists(completed))) {
    return askSavePath(win, completed, filters, platform);
  }
  return completed;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

import path from 'node:path';
import type { AppContext } from '../appContext';
import { writeFileAtomic } from '../atomicWrite';
import { askOpenPath, askSavePath } from '../dialogs';
import { isProjectFile, readUserFile, type ReadFile } from '../fileAccess';
import { IpcError, type Ipc } from '../ipc';

/** A file the user opened: remembered as allowed, as a dialog start and (projects) as recent. */
async function noteOpened(ctx: AppContext, file: ReadFile): Promise<ReadFile> {
  ctx.grants.grant(file.path);
  ctx.lastFolder = path.dirname(file.path);
  if (isProjectFile(file.path)) await ctx.noteRecent(file.path);
  return file;
}

/** Open a file the page asked for by recent-list entry; a vanished file leaves the list. */
export async function openRecentFile(ctx: AppContext, file: string): Promise<ReadFile> {
  if (!ctx.recent.has(file)) throw new IpcError('file.notRecent', 'only files from the recent list can be reopened');
  try {
    return await noteOpened(ctx, await readUserFile(file));
  } catch (error) {
    if (error instanceof IpcError && error.code === 'file.notFound') {
      await ctx.recent.remove(file);
      ctx.refreshMenu();
    }
    throw error;
  }
}

/** A file handed over from outside (command line, file manager, recent menu): to the page when it listens. */
export async function openFromOutside(ctx: AppContext, file: string): Promise<void> {
  ctx.delivery.deliver(await noteOpened(ctx, await readUserFile(file)));
}

export function registerFileHandlers(ipc: Ipc, ctx: AppContext): void {
  ipc.handle('openFile', async ({ filters }) => {
    const chosen = await askOpenPath(ctx.getWindow(), filters, ctx.lastFolder, ctx.platform);
    return chosen ? noteOpened(ctx, await readUserFile(chosen)) : null;
  });

  ipc.handle('saveFile', async (req) => {
    const known = req.path && (ctx.grants.has(req.path) || ctx.recent.has(req.path)) ? path.resolve(req.path) : null;
    let target: string | null = known && !req.saveAs ? known : null;
    if (!target) {
      const folder = known ? path.dirname(known) : ctx.lastFolder;
      target = await askSavePath(ctx.getWindow(), path.join(folder, req.suggestedName), req.filters, ctx.platform);
    }
    if (!target) return null;
    await writeFileAtomic(target, req.data);
    ctx.grants.grant(target);
    ctx.lastFolder = path.dirname(target);
    if (isProjectFile(target)) await ctx.noteRecent(target);
    return { name: path.basename(target), path: target };
  });

  ipc.handle('recentFiles', () => ctx.recent.list());

  ipc.handle('openRecent', ({ path: file }) => openRecentFile(ctx, file));

  ipc.handle('takePendingFiles', () => ctx.delivery.take());
}

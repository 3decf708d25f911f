import type { AppContext } from '../appContext';
import { applyDocumentState } from '../documentState';
import type { Ipc } from '../ipc';

export function registerDocumentHandlers(ipc: Ipc, ctx: AppContext): void {
  ipc.handle('setDocumentState', (state) => {
    const localeChanged = state.locale !== ctx.documentState.locale;
    ctx.documentState = state;
    const win = ctx.getWindow();
    if (win) applyDocumentState(win, state, ctx.platform);
    if (localeChanged) ctx.refreshMenu();
    return null;
  });

  // Unknown or late ids are harmless: the wait they belonged to has already ended.
  ipc.handle('flushDone', ({ requestId }) => {
    ctx.flush.done(requestId);
    return null;
  });
}

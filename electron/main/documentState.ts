import type { BrowserWindow } from 'electron';
import type { DocumentState } from '../../shared/ipc/contract';
import { menuLabels } from './menuLabels';

export const DIRTY_MARKER = '• ';

/** "• Beleidsplan 2026 — Samenhang": the marker says there are edits not yet saved to the file. */
export function windowTitle(state: DocumentState): string {
  const name = state.title.trim() || menuLabels[state.locale].untitled;
  return `${state.dirty ? DIRTY_MARKER : ''}${name} — Samenhang`;
}

export function applyDocumentState(win: BrowserWindow, state: DocumentState, platform: NodeJS.Platform): void {
  if (win.isDestroyed()) return;
  win.setTitle(windowTitle(state));
  // macOS shows the dot in the close button instead of a title marker; it is set as well as the title.
  if (platform === 'darwin') win.setDocumentEdited(state.dirty);
}

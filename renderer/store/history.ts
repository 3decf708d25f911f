import type { Project } from '../../shared/model';
import type { MessageKey } from '../i18n/translate';
import type { ViewId } from '../views/viewIds';

/** Where the user was, so undo brings them back to the draft and view the edit happened in. */
export interface ViewSnapshot {
  view: ViewId;
  draftId: string | null;
}

/** One user gesture. Projects are immutable with structural sharing, so keeping both versions is cheap. */
export interface HistoryEntry {
  labelKey: MessageKey;
  before: Project;
  after: Project;
  view: ViewSnapshot;
}

export const HISTORY_LIMIT = 200;

export interface HistoryState {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export function pushEntry(h: HistoryState, entry: HistoryEntry): HistoryState {
  const past = [...h.past, entry];
  if (past.length > HISTORY_LIMIT) past.shift();
  return { past, future: [] };
}

export function takeUndo(h: HistoryState): { entry: HistoryEntry; history: HistoryState } | undefined {
  const entry = h.past[h.past.length - 1];
  if (!entry) return undefined;
  return { entry, history: { past: h.past.slice(0, -1), future: [entry, ...h.future] } };
}

export function takeRedo(h: HistoryState): { entry: HistoryEntry; history: HistoryState } | undefined {
  const entry = h.future[0];
  if (!entry) return undefined;
  return { entry, history: { past: [...h.past, entry], future: h.future.slice(1) } };
}

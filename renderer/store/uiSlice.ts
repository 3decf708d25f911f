import type { StateCreator } from 'zustand';
import type { Problem } from '../../shared/model';
import type { Locale, MessageKey, Params } from '../i18n/translate';
import type { AppState } from './appStore';
import type { OpenedFile } from '../platform/Platform';
import type { ExchangeReview } from '../app/exchangeImport';

/** A message for the status area: what happened, or what went wrong and where. */
export interface Notice {
  id: number;
  kind: 'info' | 'error';
  key: MessageKey;
  params?: Params;
  problems?: Problem[];
  /** Offers "Ongedaan maken" (the last edit): only the newest such notice keeps it. */
  undo?: boolean;
  /** Not read out again: a screen reader has heard it already (a drop on the board). */
  quiet?: boolean;
}

/**
 * `divisionPaste` may carry a division file the user chose in "CSV importeren" (read by the dialog);
 * `exchangeImport` a checked workbook or network file, shown before anything is stored.
 */
export type AppDialog =
  | 'newProject'
  | 'csvImport'
  | 'csvExport'
  | 'report'
  | 'help'
  | 'restoreExample'
  | { kind: 'divisionPaste'; file?: OpenedFile }
  | ({ kind: 'exchangeImport' } & ExchangeReview);

export interface UiSlice {
  locale: Locale;
  notices: Notice[];
  /** Where the open project was last saved or opened from (Electron); save writes there without asking. */
  filePath: string | null;
  /** The app-level dialog that is open, if any (raised by menus and shortcuts as well as buttons). */
  dialog: AppDialog | null;
  setDialog(dialog: AppDialog | null): void;
  setFilePath(path: string | null): void;
  setLocale(locale: Locale): void;
  notify(n: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
}

let nextNoticeId = 1;
export const INFO_NOTICE_MS = 7000;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  locale: 'nl',
  notices: [],
  filePath: null,
  dialog: null,
  setDialog(dialog) {
    set({ dialog });
  },
  setFilePath(filePath) {
    set({ filePath });
  },
  setLocale(locale) {
    set({ locale });
    void get().deps.repository.setSetting('locale', locale);
  },
  notify(n) {
    // Keep the last few: a long queue of stale messages helps nobody. Confirmations go by themselves;
    // errors stay until the user has read and closed them.
    const id = nextNoticeId++;
    // An older undo offer would now undo this newer edit instead: it goes.
    set((s) => ({ notices: [...s.notices.filter((x) => !(n.undo && x.undo)).slice(-2), { ...n, id }] }));
    if (n.kind === 'info') setTimeout(() => get().dismiss(id), INFO_NOTICE_MS);
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((x) => x.id !== id) }));
  },
});

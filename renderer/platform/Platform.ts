/**
 * Everything the renderer needs from outside the page. Two real implementations: electron.ts (over the
 * preload API, window.samenhang) and browser.ts (file input and download) for `npm run web`; tests use testing.ts.
 * Views and commands depend on this interface only.
 */
export interface OpenedFile {
  /** File name without folders, for messages and the window title. */
  name: string;
  /** Raw bytes: CSV import must see them to detect the encoding (UTF-8, with or without BOM, or Windows-1252). */
  bytes: Uint8Array;
  /** Absolute path where the platform knows it (Electron); absent in the browser. */
  path?: string;
}

export interface SaveRequest {
  suggestedName: string;
  data: Uint8Array | string;
  mime: string;
  /** Known location of the current file; absent or with `saveAs` the user is asked. */
  path?: string;
  saveAs?: boolean;
  /** File-type filters for the dialog, e.g. [{ name: 'Samenhang', extensions: ['samenhang.json'] }]. */
  filters?: { name: string; extensions: string[] }[];
}

export interface SavedFile {
  name: string;
  path?: string;
}

export type MenuCommandListener = (commandId: string) => void;

export interface Platform {
  readonly kind: 'electron' | 'browser' | 'testing';
  /** Ask the user for a file; null when cancelled. */
  openFile(filters: { name: string; extensions: string[] }[]): Promise<OpenedFile | null>;
  /** Write a file (project, CSV, XLSX, PNG, …); null when cancelled. */
  saveFile(req: SaveRequest): Promise<SavedFile | null>;
  /** Print the current report view to PDF; null when cancelled. */
  exportPdf(suggestedName: string): Promise<SavedFile | null>;
  /**
   * Print a standalone report (shared/report's HTML) to a tagged PDF: in the desktop app in a hidden window of its
   * own, saved where the user chooses; in the browser opened in a new window with the print dialog. Null when
   * cancelled.
   */
  exportReportPdf(suggestedName: string, html: string): Promise<SavedFile | null>;
  /** Files the user opened recently (Electron only; the browser returns []). */
  recentFiles(): Promise<{ name: string; path: string }[]>;
  openRecent(path: string): Promise<OpenedFile | null>;
  /** Open an allowlisted external address (documentation, sources of law). */
  openExternal(url: string): Promise<void>;
  /** Menu and shortcut commands raised outside the page (native menu). Returns the unsubscribe. */
  onMenuCommand(listener: MenuCommandListener): () => void;
  /** Files handed to the app from the file manager or command line. Returns the unsubscribe. */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  /**
   * The shell asks before the window closes or the app quits; the listener resolves once every pending write is
   * stored, so closing mid-edit loses nothing. Returns the unsubscribe.
   */
  onFlushRequest(listener: () => Promise<void>): () => void;
  /** Tell the shell whether unsaved edits exist and the UI language, so menus and close prompts match. */
  setDocumentState(state: { title: string; dirty: boolean; locale: 'nl' | 'en' }): void;
}

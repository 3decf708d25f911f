import { isAllowedExternalUrl } from '../../shared/ipc/contract';
import type { MenuCommandListener, OpenedFile, Platform, SavedFile, SaveRequest } from './Platform';
import { PlatformError } from './PlatformError';

const MAX_RECENT = 10;
const encoder = new TextEncoder();

export interface SavedRecord {
  name: string;
  path: string;
  mime: string;
  data: Uint8Array;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * An in-memory platform for unit tests: a fake disk, scripted dialog answers, and ways to raise what the shell
 * would raise (menu commands, files from outside, flush requests). It keeps the Electron rules that matter to
 * callers: a known path is written without asking, `saveAs` always asks, only project files become recent.
 */
export class TestingPlatform implements Platform {
  readonly kind = 'testing';
  /** The fake disk, by path. */
  readonly files = new Map<string, Uint8Array>();
  /** Answers for the coming open dialogs, in order: a path on the fake disk, or null to cancel. None: cancel. */
  readonly openAnswers: (string | null)[] = [];
  /** Answers for the coming save dialogs: a path, or null to cancel. None: `/testing/<suggested name>`. */
  readonly saveAnswers: (string | null)[] = [];
  readonly saved: SavedRecord[] = [];
  readonly pdfExports: string[] = [];
  /** Reports printed to PDF: where, and the HTML that was printed. */
  readonly reportPdfExports: { path: string; html: string }[] = [];
  readonly openedExternal: string[] = [];
  documentState: { title: string; dirty: boolean; locale: 'nl' | 'en' } | null = null;
  private recent: string[] = [];
  private readonly menuListeners = new Set<MenuCommandListener>();
  private readonly openListeners = new Set<(file: OpenedFile) => void>();
  private readonly flushListeners = new Set<() => Promise<void>>();

  async openFile(): Promise<OpenedFile | null> {
    const answer = this.openAnswers.shift();
    return answer ? this.read(answer) : null;
  }

  async saveFile(req: SaveRequest): Promise<SavedFile | null> {
    const known = req.path !== undefined && !req.saveAs && this.files.has(req.path) ? req.path : undefined;
    const path = known ?? this.askSave(req.suggestedName);
    if (path === null) return null;
    const data = typeof req.data === 'string' ? encoder.encode(req.data) : new Uint8Array(req.data);
    this.files.set(path, data);
    this.saved.push({ name: baseName(path), path, mime: req.mime, data });
    this.noteRecent(path);
    return { name: baseName(path), path };
  }

  async exportPdf(suggestedName: string): Promise<SavedFile | null> {
    const path = this.askSave(suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`);
    if (path === null) return null;
    this.pdfExports.push(path);
    return { name: baseName(path), path };
  }

  async exportReportPdf(suggestedName: string, html: string): Promise<SavedFile | null> {
    const path = this.askSave(suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`);
    if (path === null) return null;
    this.reportPdfExports.push({ path, html });
    return { name: baseName(path), path };
  }

  async recentFiles(): Promise<{ name: string; path: string }[]> {
    return this.recent.map((path) => ({ name: baseName(path), path }));
  }

  async openRecent(path: string): Promise<OpenedFile | null> {
    if (!this.recent.includes(path)) throw new PlatformError('file.notRecent', `${path} is not a recent file`);
    if (!this.files.has(path)) {
      this.recent = this.recent.filter((p) => p !== path);
      throw new PlatformError('file.notFound', `${path} does not exist`);
    }
    return this.read(path);
  }

  async openExternal(url: string): Promise<void> {
    if (!isAllowedExternalUrl(url)) throw new PlatformError('shell.notAllowed', 'address not on the allowlist');
    this.openedExternal.push(url);
  }

  onMenuCommand(listener: MenuCommandListener): () => void {
    this.menuListeners.add(listener);
    return () => {
      this.menuListeners.delete(listener);
    };
  }

  onOpenFile(listener: (file: OpenedFile) => void): () => void {
    this.openListeners.add(listener);
    return () => {
      this.openListeners.delete(listener);
    };
  }

  onFlushRequest(listener: () => Promise<void>): () => void {
    this.flushListeners.add(listener);
    return () => {
      this.flushListeners.delete(listener);
    };
  }

  setDocumentState(state: { title: string; dirty: boolean; locale: 'nl' | 'en' }): void {
    this.documentState = { ...state };
  }

  /** Put a file on the fake disk. */
  addFile(path: string, content: string | Uint8Array): void {
    this.files.set(path, typeof content === 'string' ? encoder.encode(content) : content);
  }

  /** As if the user chose a native menu item. */
  emitMenuCommand(commandId: string): void {
    for (const listener of this.menuListeners) listener(commandId);
  }

  /** As if a file arrived from the file manager or command line. */
  emitOpenFile(path: string): void {
    const file = this.read(path);
    for (const listener of this.openListeners) listener(file);
  }

  /** As if the window were closing: resolves once every flush listener has finished. */
  async requestFlush(): Promise<void> {
    await Promise.all([...this.flushListeners].map((listener) => listener()));
  }

  listenerCounts(): { menu: number; open: number; flush: number } {
    return { menu: this.menuListeners.size, open: this.openListeners.size, flush: this.flushListeners.size };
  }

  private askSave(suggestedName: string): string | null {
    if (this.saveAnswers.length === 0) return `/testing/${suggestedName}`;
    return this.saveAnswers.shift() ?? null;
  }

  private read(path: string): OpenedFile {
    const bytes = this.files.get(path);
    if (!bytes) throw new PlatformError('file.notFound', `${path} does not exist`);
    this.noteRecent(path);
    return { name: baseName(path), bytes: new Uint8Array(bytes), path };
  }

  private noteRecent(path: string): void {
    if (!path.toLowerCase().endsWith('.samenhang.json')) return;
    this.recent = [path, ...this.recent.filter((p) => p !== path)].slice(0, MAX_RECENT);
  }
}

export function createTestingPlatform(): TestingPlatform {
  return new TestingPlatform();
}

/**
 * A fake `electron` module for unit tests (the binary cannot run here). Each test file gets its own instance via
 * `vi.mock('electron', () => import('../fakeElectron'))`; `resetFake()` clears the recorded state between tests.
 */
type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  private readonly listeners = new Map<string, { fn: Listener; once: boolean }[]>();

  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { fn, once: false }]);
    return this;
  }

  once(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { fn, once: true }]);
    return this;
  }

  removeListener(event: string, fn: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l.fn !== fn),
    );
    return this;
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  emit(event: string, ...args: unknown[]): boolean {
    const current = this.listeners.get(event) ?? [];
    this.listeners.set(
      event,
      current.filter((l) => !l.once),
    );
    for (const l of current) (l.fn as (...a: unknown[]) => unknown)(...args);
    return current.length > 0;
  }
}

export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  processId: number;
  routingId: number;
  url: string;
  parent: FakeFrame | null;
}

export class FakeWebContents extends FakeEmitter {
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly mainFrame: FakeFrame;
  pdfRequests: unknown[] = [];
  destroyed = false;

  constructor(url = 'app://samenhang/index.html') {
    super();
    this.mainFrame = { processId: 7, routingId: 1, url, parent: null };
  }

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  async printToPDF(options: unknown): Promise<Buffer> {
    this.pdfRequests.push(options);
    return Buffer.from('%PDF-1.7 fake');
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class BrowserWindow extends FakeEmitter {
  static instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  loadedUrls: string[] = [];
  title = '';
  documentEdited = false;
  maximized = false;
  fullScreen = false;
  minimized = false;
  shown = false;
  focused = false;
  destroyed = false;

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    BrowserWindow.instances.push(this);
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    await this.onLoad?.(url);
  }
  /** Test hook: runs while a page loads (the report print reads its file here). */
  onLoad: ((url: string) => void | Promise<void>) | null = null;
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  setFullScreen(value: boolean): void {
    this.fullScreen = value;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    const o = this.options as { x: number; y: number; width: number; height: number };
    return { x: o.x, y: o.y, width: o.width, height: o.height };
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Like Electron: 'close' can be prevented; otherwise the window is destroyed and 'closed' follows. */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends FakeEmitter {
  gotLock = true;
  quitCalls = 0;
  sandboxEnabled = false;
  appUserModelId = '';
  isPackaged = false;
  paths: Record<string, string> = {};
  recentDocuments: string[] = [];
  private resolveReady: () => void = () => undefined;
  private ready = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });

  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
  quit(): void {
    this.quitCalls += 1;
    this.emit('before-quit', new FakeEvent());
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  getPath(name: string): string {
    const p = this.paths[name];
    if (!p) throw new Error(`no fake path for ${name}`);
    return p;
  }
  getLocale(): string {
    return 'nl-NL';
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  /** Test helper: fire the ready event. */
  makeReady(): void {
    this.resolveReady();
  }
  addRecentDocument(file: string): void {
    this.recentDocuments.push(file);
  }
  clearRecentDocuments(): void {
    this.recentDocuments = [];
  }
  resetReady(): void {
    this.ready = new Promise<void>((resolve) => {
      this.resolveReady = resolve;
    });
  }
}

export const app = new FakeApp();

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle(channel: string, fn: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, fn);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

type DialogAnswer = { canceled: boolean; filePaths?: string[]; filePath?: string };
export const dialog = {
  openAnswers: [] as DialogAnswer[],
  saveAnswers: [] as DialogAnswer[],
  openCalls: [] as Record<string, unknown>[],
  saveCalls: [] as Record<string, unknown>[],
  errorBoxes: [] as { title: string; content: string }[],
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.openCalls.push(args[args.length - 1] as Record<string, unknown>);
    const answer = this.openAnswers.shift() ?? { canceled: true };
    return { canceled: answer.canceled, filePaths: answer.filePaths ?? [] };
  },
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    this.saveCalls.push(args[args.length - 1] as Record<string, unknown>);
    const answer = this.saveAnswers.shift() ?? { canceled: true };
    return { canceled: answer.canceled, filePath: answer.filePath ?? '' };
  },
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
};

export const Menu = {
  current: null as { template: unknown[] } | null,
  buildFromTemplate(template: unknown[]): { template: unknown[] } {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    this.current = menu;
  },
};

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

class FakeIpcRenderer extends FakeEmitter {
  invocations: { channel: string; args: unknown[] }[] = [];
  answer: unknown = { ok: true, value: null };
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return this.answer;
  }
}
export const ipcRenderer = new FakeIpcRenderer();

type Rect = { x: number; y: number; width: number; height: number };
export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] as { workArea: Rect }[],
  getAllDisplays(): { workArea: Rect }[] {
    return this.displays;
  },
  getPrimaryDisplay(): { workArea: Rect } {
    const first = this.displays[0];
    if (!first) throw new Error('no displays');
    return first;
  },
};

type Callback = (response: unknown) => void;
export class FakeSession {
  permissionRequest:
    | ((
        contents: unknown,
        permission: string,
        callback: (ok: boolean) => void,
        details: { requestingUrl?: string },
      ) => void)
    | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  beforeRequest: ((details: { url: string }, callback: Callback) => void) | null = null;
  headersReceived:
    ((details: { url: string; responseHeaders?: Record<string, string[]> }, callback: Callback) => void) | null = null;
  readonly webRequest = {
    onBeforeRequest: (fn: (details: { url: string }, callback: Callback) => void) => {
      this.beforeRequest = fn;
    },
    onHeadersReceived: (
      fn: (details: { url: string; responseHeaders?: Record<string, string[]> }, callback: Callback) => void,
    ) => {
      this.headersReceived = fn;
    },
  };
  setPermissionRequestHandler(fn: FakeSession['permissionRequest']): void {
    this.permissionRequest = fn;
  }
  setPermissionCheckHandler(fn: FakeSession['permissionCheck']): void {
    this.permissionCheck = fn;
  }
  setDevicePermissionHandler(fn: FakeSession['devicePermission']): void {
    this.devicePermission = fn;
  }
}
export const session = {
  defaultSession: new FakeSession(),
  partitions: new Map<string, FakeSession>(),
  fromPartition(name: string): FakeSession {
    let s = this.partitions.get(name);
    if (!s) this.partitions.set(name, (s = new FakeSession()));
    return s;
  },
};

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, fn: (request: Request) => Promise<Response>): void {
    this.handlers.set(scheme, fn);
  },
};

export function resetFake(): void {
  BrowserWindow.instances = [];
  app.gotLock = true;
  app.quitCalls = 0;
  app.sandboxEnabled = false;
  app.isPackaged = false;
  app.paths = {};
  app.recentDocuments = [];
  app.resetReady();
  app.removeAllListeners();
  ipcMain.handlers.clear();
  dialog.openAnswers = [];
  dialog.saveAnswers = [];
  dialog.openCalls = [];
  dialog.saveCalls = [];
  dialog.errorBoxes = [];
  Menu.current = null;
  shell.opened = [];
  contextBridge.exposed.clear();
  ipcRenderer.invocations = [];
  ipcRenderer.removeAllListeners();
  ipcRenderer.answer = { ok: true, value: null };
  screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  session.defaultSession = new FakeSession();
  session.partitions.clear();
  protocol.privileged = [];
  protocol.handlers.clear();
}

export default {
  app,
  BrowserWindow,
  ipcMain,
  dialog,
  Menu,
  shell,
  contextBridge,
  ipcRenderer,
  screen,
  session,
  protocol,
};

import path from 'node:path';
import { app, BrowserWindow, dialog, screen, session } from 'electron';
import type { DocumentState } from '../../shared/ipc/contract';
import type { AppContext } from './appContext';
import { APP_ORIGIN, APP_START_URL, registerAppScheme, serveAppProtocol } from './appProtocol';
import { cleanupOrphanTempFiles } from './atomicWrite';
import { openExternalIfAllowed } from './externalLinks';
import { PathGrants } from './fileAccess';
import { FlushCoordinator, guardWindowClose } from './flushOnClose';
import { registerDocumentHandlers } from './handlers/documentHandlers';
import { openFromOutside, openRecentFile, registerFileHandlers } from './handlers/fileHandlers';
import { registerPdfHandlers } from './handlers/pdfHandlers';
import { registerShellHandlers } from './handlers/shellHandlers';
import { createIpc, createSenderGuard, originOf, sendEvent } from './ipc';
import { applyMenu } from './menu';
import { menuLabels } from './menuLabels';
import { filesFromArgv, OpenFileDelivery } from './openFiles';
import { RecentFiles } from './recentFiles';
import { contentSecurityPolicy, devContentSecurityPolicy, hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';
import { captureWindowState, loadWindowState, placeWindow, saveWindowState } from './windowState';

export interface StartOptions {
  argv: readonly string[];
  cwd: string;
  /** Folder of the bundled main.cjs: dist-electron/, beside dist/renderer/. */
  appDir: string;
  /** The Vite dev server, only ever set for an unpackaged app (see devUrlFrom). */
  devUrl: string | undefined;
}

/**
 * SAMENHANG_DEV_URL points the window at the Vite dev server. A packaged app ignores it, and only a loopback http
 * address counts: otherwise an environment variable could hand the preload API to a page from anywhere.
 */
export function devUrlFrom(value: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !value) return undefined;
  return /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?(\/|$)/.test(value) ? value : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The composition root: lifecycle, one window, IPC handlers and the menu wired together. */
export function startApp(o: StartOptions): void {
  registerAppScheme();
  app.enableSandbox();
  // Windows groups the taskbar button and the recent-documents jump list by this id; it matches electron-builder's appId.
  if (process.platform === 'win32') app.setAppUserModelId('nl.samenhang.app');
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const isDev = o.devUrl !== undefined;
  const trustedOrigin = (o.devUrl ? originOf(o.devUrl) : APP_ORIGIN) ?? APP_ORIGIN;
  const rendererDir = path.join(o.appDir, '..', 'dist', 'renderer');
  const platform = process.platform;
  let win: BrowserWindow | null = null;
  let ctx: AppContext | null = null;
  const waitingPaths = filesFromArgv(o.argv, o.cwd);

  const focusWindow = () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  };

  const showOpenError = (file: string, error: unknown) => {
    const locale = ctx?.documentState.locale ?? 'nl';
    dialog.showErrorBox(menuLabels[locale].openFailed, `${path.basename(file)}: ${errorMessage(error)}`);
  };

  const openOutside = (file: string) => {
    if (!ctx) {
      waitingPaths.push(file);
      return;
    }
    // macOS keeps running without a window: a file opened from the Finder then needs a new one.
    if (!win) void createWindow();
    focusWindow();
    openFromOutside(ctx, file).catch((error: unknown) => showOpenError(file, error));
  };

  app.on('open-file', (event, file) => {
    event.preventDefault();
    openOutside(file);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!win && ctx) void createWindow();
    focusWindow();
    for (const file of filesFromArgv(argv, workingDirectory)) openOutside(file);
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      isOwnUrl: (url) => originOf(url) === trustedOrigin,
      openExternal: openExternalIfAllowed,
    });
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!win && ctx) void createWindow();
  });

  const windowStateFile = () => path.join(app.getPath('userData'), 'window-state.json');

  async function createWindow(): Promise<void> {
    const saved = await loadWindowState(windowStateFile());
    const bounds = placeWindow(
      saved.bounds,
      screen.getAllDisplays().map((d) => d.workArea),
      screen.getPrimaryDisplay().workArea,
    );
    const created = createMainWindow({
      preloadPath: path.join(o.appDir, 'preload.cjs'),
      bounds,
      maximized: saved.maximized,
      fullScreen: saved.fullScreen,
      isDev,
    });
    win = created;
    const current = ctx;
    if (!current) return;
    guardWindowClose(created, app, {
      flush: () => current.flush.request(),
      beforeClose: () => saveWindowState(windowStateFile(), captureWindowState(created)),
    });
    created.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) current.delivery.reset();
    });
    created.on('closed', () => {
      if (win === created) win = null;
      current.delivery.reset();
    });
    await created.loadURL(o.devUrl ?? APP_START_URL);
  }

  void app.whenReady().then(async () => {
    const userData = app.getPath('userData');
    const recent = await RecentFiles.load(path.join(userData, 'recent-files.json'));
    await cleanupOrphanTempFiles([userData, ...recent.folders()]);
    const csp = o.devUrl ? devContentSecurityPolicy(o.devUrl) : contentSecurityPolicy;
    hardenSession(session.defaultSession, { devUrl: o.devUrl, csp, trustedOrigin });
    if (!isDev) serveAppProtocol(rendererDir, csp);

    const initialState: DocumentState = { title: '', dirty: false, locale: 'nl' };
    const context: AppContext = {
      getWindow: () => win,
      platform,
      recent,
      grants: new PathGrants(),
      delivery: new OpenFileDelivery((file) => {
        if (win) sendEvent(win, 'openFile', file);
      }),
      flush: new FlushCoordinator((requestId) => {
        if (!win) throw new Error('no window');
        sendEvent(win, 'flushRequest', { requestId });
      }),
      lastFolder: app.getPath('documents'),
      documentState: initialState,
      refreshMenu: () =>
        applyMenu({
          locale: context.documentState.locale,
          platform,
          recent: recent.list(),
          isDev,
          onCommand: (commandId) => {
            if (win) sendEvent(win, 'menuCommand', { commandId });
            else void createWindow();
          },
          onOpenRecent: (file) => {
            focusWindow();
            openRecentFile(context, file)
              .then((opened) => context.delivery.deliver(opened))
              .catch((error: unknown) => showOpenError(file, error));
          },
          onClearRecent: () => {
            void recent.clear().then(() => {
              app.clearRecentDocuments();
              context.refreshMenu();
            });
          },
        }),
      noteRecent: async (file) => {
        await recent.add(file);
        app.addRecentDocument(file);
        context.refreshMenu();
      },
    };
    ctx = context;

    const ipc = createIpc(createSenderGuard(() => win, trustedOrigin));
    registerFileHandlers(ipc, context);
    registerPdfHandlers(ipc, context);
    registerShellHandlers(ipc);
    registerDocumentHandlers(ipc, context);
    context.refreshMenu();

    await createWindow();
    for (const file of waitingPaths.splice(0)) openOutside(file);
  });
}

import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { MIN_SIZE, type Rect } from './windowState';

export interface MainWindowOptions {
  preloadPath: string;
  bounds: Rect;
  maximized: boolean;
  fullScreen: boolean;
  isDev: boolean;
  /** Linux shows this in the task bar; Windows and macOS take the icon from the packaged executable. */
  iconPath?: string;
}

/**
 * The security flags are spelled out even where they equal Electron's defaults, so a reader (and a test, and
 * Electronegativity) sees them and a future default change cannot loosen them silently.
 */
export function mainWindowOptions(o: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    ...o.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Samenhang',
    backgroundColor: '#ffffff',
    ...(o.iconPath ? { icon: o.iconPath } : {}),
    webPreferences: {
      preload: o.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: o.isDev,
    },
  };
}

export function createMainWindow(o: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(o));
  if (o.maximized) win.maximize();
  if (o.fullScreen) win.setFullScreen(true);
  // Shown once painted, so the user never sees an empty white frame.
  win.once('ready-to-show', () => win.show());
  // Main owns the title (document name and dirty marker); the page's <title> must not overwrite it.
  win.on('page-title-updated', (event) => event.preventDefault());
  return win;
}

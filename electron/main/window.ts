import { BrowserWindow } from 'electron';
import { MIN_SIZE, type Rect } from './windowState';

export interface MainWindowOptions {
  preloadPath: string;
  bounds: Rect;
  maximized: boolean;
  fullScreen: boolean;
  isDev: boolean;
}

/**
 * The security flags are spelled out even where they equal Electron's defaults, so a reader (and a test) sees
 * them and a future default change cannot loosen them silently. They stay an object literal inside
 * `new BrowserWindow(…)`: Electronegativity reads the source and can only check options it can see there.
 */
export function createMainWindow(o: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...o.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Samenhang',
    backgroundColor: '#ffffff',
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
      // A middle click must not try to open a window either (new windows are denied anyway).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools: o.isDev,
    },
  });
  if (o.maximized) win.maximize();
  if (o.fullScreen) win.setFullScreen(true);
  // Shown once painted, so the user never sees an empty white frame.
  win.once('ready-to-show', () => win.show());
  // Main owns the title (document name and dirty marker); the page's <title> must not overwrite it.
  win.on('page-title-updated', (event) => event.preventDefault());
  return win;
}

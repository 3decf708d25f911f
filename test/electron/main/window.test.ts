import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, FakeEvent, resetFake } from '../fakeElectron';
import { createMainWindow } from '../../../electron/main/window';

vi.mock('electron', () => import('../fakeElectron'));

const base = {
  preloadPath: '/app/dist-electron/preload.cjs',
  bounds: { x: 10, y: 20, width: 1200, height: 800 },
  maximized: false,
  fullScreen: false,
  isDev: false,
};

describe('main window', () => {
  beforeEach(() => resetFake());

  it('turns every security flag on and every risky feature off', () => {
    const prefs = (createMainWindow(base) as unknown as BrowserWindow).options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    const dev = createMainWindow({ ...base, isDev: true }) as unknown as BrowserWindow;
    expect((dev.options.webPreferences as { devTools: boolean }).devTools).toBe(true);
  });

  it('opens at the given bounds, hidden until painted, and restores maximised and full screen', () => {
    const win = createMainWindow({ ...base, maximized: true, fullScreen: true }) as unknown as BrowserWindow;
    expect(win.options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false });
    expect(win.maximized).toBe(true);
    expect(win.fullScreen).toBe(true);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('keeps the page from overwriting the window title', () => {
    const win = createMainWindow(base) as unknown as BrowserWindow;
    const event = new FakeEvent();
    win.emit('page-title-updated', event, 'page title');
    expect(event.defaultPrevented).toBe(true);
  });
});

import { Menu, type MenuItemConstructorOptions } from 'electron';
import { viewCommandId, viewIds, type Locale, type MenuCommandId } from '../../shared/ipc/contract';
import { menuLabels, viewMenuLabels, type MenuLabels } from './menuLabels';
import type { RecentFile } from './recentFiles';

export interface MenuOptions {
  locale: Locale;
  platform: NodeJS.Platform;
  recent: readonly RecentFile[];
  /** Reload and developer tools only while developing; users get neither. */
  isDev: boolean;
  onCommand(id: MenuCommandId): void;
  onOpenRecent(path: string): void;
  onClearRecent(): void;
}

/** Accelerators of the app's own commands; zoom, full screen and devtools keep Electron's role defaults. */
export function commandAccelerators(platform: NodeJS.Platform): Partial<Record<MenuCommandId, string>> {
  return {
    'file.new': 'CmdOrCtrl+N',
    'file.open': 'CmdOrCtrl+O',
    'file.save': 'CmdOrCtrl+S',
    'file.saveAs': 'CmdOrCtrl+Shift+S',
    'file.exportCsv': 'CmdOrCtrl+E',
    'file.exportPdf': 'CmdOrCtrl+P',
    'edit.undo': 'CmdOrCtrl+Z',
    // Each platform's own habit: Windows programs redo with Ctrl+Y, the others with Shift+Z.
    'edit.redo': platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z',
    'view.workshop': 'F5',
    'workshop.lock': 'CmdOrCtrl+Shift+U',
    // The tab order, as the page's own Ctrl+1 … Ctrl+9; a tenth view would get no key.
    ...Object.fromEntries(viewIds.slice(0, 9).map((id, i) => [viewCommandId(id), `CmdOrCtrl+${i + 1}`])),
  };
}

/** macOS shows `&` literally; the access-key marker only means something on Windows and Linux. */
function labelsFor(locale: Locale, platform: NodeJS.Platform): MenuLabels {
  const labels = menuLabels[locale];
  if (platform !== 'darwin') return labels;
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, v.replace(/&/g, '')])) as unknown as MenuLabels;
}

export function buildMenuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const l = labelsFor(o.locale, o.platform);
  const keys = commandAccelerators(o.platform);
  const mac = o.platform === 'darwin';
  const command = (id: MenuCommandId, label: string): MenuItemConstructorOptions => {
    const item: MenuItemConstructorOptions = { id, label, click: () => o.onCommand(id) };
    const accelerator = keys[id];
    if (accelerator) item.accelerator = accelerator;
    return item;
  };
  const recentItems: MenuItemConstructorOptions[] =
    o.recent.length === 0
      ? [{ label: l.noRecent, enabled: false }]
      : o.recent.map((file) => ({ label: file.name, toolTip: file.path, click: () => o.onOpenRecent(file.path) }));

  const fileMenu: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      command('file.new', l.new),
      command('file.open', l.open),
      {
        label: l.openRecent,
        submenu: [
          ...recentItems,
          { type: 'separator' },
          { label: l.clearRecent, enabled: o.recent.length > 0, click: () => o.onClearRecent() },
        ],
      },
      { type: 'separator' },
      command('file.save', l.save),
      command('file.saveAs', l.saveAs),
      { type: 'separator' },
      command('file.importCsv', l.importCsv),
      command('file.exportCsv', l.exportCsv),
      command('file.exportPdf', l.exportPdf),
      command('file.exportReport', l.exportReport),
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l.quit } as const]),
    ],
  };

  // Undo and redo are the app's own history, not the text field's: the page decides what they apply to.
  const editMenu: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      command('edit.undo', l.undo),
      command('edit.redo', l.redo),
      { type: 'separator' },
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
    ],
  };

  // One item per view of the contract's list, which is the page's tab order; the page decides what showing means.
  const views = viewMenuLabels[o.locale];
  const viewMenu: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      ...viewIds.map((id) => command(viewCommandId(id), views[id])),
      { type: 'separator' },
      command('view.workshop', l.workshop),
      command('workshop.lock', l.workshopLock),
      { type: 'separator' },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      { role: 'resetZoom', label: l.resetZoom },
      { type: 'separator' },
      { role: 'togglefullscreen', label: l.fullScreen },
      ...(o.isDev
        ? [
            { type: 'separator' } as const,
            { role: 'reload', label: l.reload } as const,
            { role: 'toggleDevTools', label: l.devTools } as const,
          ]
        : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: l.window,
    ...(mac ? { role: 'windowMenu' as const } : {}),
    submenu: [
      { role: 'minimize', label: l.minimize },
      { role: 'close', label: l.close },
    ],
  };

  // The tour and the example it walks through: both reachable again long after the first start.
  const helpMenu: MenuItemConstructorOptions = {
    label: l.help,
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [command('help.tour', l.tour), command('help.restoreExample', l.restoreExample)],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Samenhang',
    submenu: [
      { role: 'about', label: l.about },
      { type: 'separator' },
      { role: 'services', label: l.services },
      { type: 'separator' },
      { role: 'hide', label: l.hide },
      { role: 'hideOthers', label: l.hideOthers },
      { role: 'unhide', label: l.unhide },
      { type: 'separator' },
      { role: 'quit', label: l.quitApp },
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

export function applyMenu(o: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(o)));
}

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { Menu, resetFake } from '../fakeElectron';
import { applyMenu, buildMenuTemplate, type MenuOptions } from '../../../electron/main/menu';
import { menuLabels, viewMenuLabels } from '../../../electron/main/menuLabels';
import { menuCommandIds, viewCommandId, viewIds, type MenuCommandId, type ViewId } from '../../../shared/ipc/contract';

vi.mock('electron', () => import('../fakeElectron'));

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    locale: 'nl',
    platform: 'linux',
    recent: [],
    isDev: false,
    onCommand: () => undefined,
    onOpenRecent: () => undefined,
    onClearRecent: () => undefined,
    ...overrides,
  };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function byId(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = flatten(items).find((item) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('menu labels', () => {
  it('Dutch and English have exactly the same keys, none empty', () => {
    expect(Object.keys(menuLabels.en).sort()).toEqual(Object.keys(menuLabels.nl).sort());
    for (const labels of [menuLabels.nl, menuLabels.en]) {
      for (const value of Object.values(labels)) expect(value.trim()).not.toBe('');
    }
  });
});

/** Ctrl+1 … Ctrl+9 in tab order, as the page; a tenth view has no key (Ctrl+0 is the zoom's). */
const viewAccelerator = (i: number) => (i < 9 ? `CmdOrCtrl+${i + 1}` : undefined);

describe('menu template', () => {
  beforeEach(() => resetFake());

  it.each(['nl', 'en'] as const)('offers every command in %s with its label and the usual accelerators', (locale) => {
    const template = buildMenuTemplate(options({ locale }));
    const l = menuLabels[locale];
    const views = Object.fromEntries(
      viewIds.map((id, i) => [viewCommandId(id), [viewMenuLabels[locale][id], viewAccelerator(i)]]),
    ) as Record<`view.show.${ViewId}`, [string, string | undefined]>;
    const expected: Record<MenuCommandId, [string, string | undefined]> = {
      ...views,
      'file.new': [l.new, 'CmdOrCtrl+N'],
      'file.open': [l.open, 'CmdOrCtrl+O'],
      'file.save': [l.save, 'CmdOrCtrl+S'],
      'file.saveAs': [l.saveAs, 'CmdOrCtrl+Shift+S'],
      'file.importCsv': [l.importCsv, undefined],
      'file.exportCsv': [l.exportCsv, 'CmdOrCtrl+E'],
      'file.exportPdf': [l.exportPdf, 'CmdOrCtrl+P'],
      'file.exportReport': [l.exportReport, undefined],
      'edit.undo': [l.undo, 'CmdOrCtrl+Z'],
      'edit.redo': [l.redo, 'CmdOrCtrl+Shift+Z'],
      'view.workshop': [l.workshop, 'F5'],
      'workshop.lock': [l.workshopLock, 'CmdOrCtrl+Shift+U'],
      'help.tour': [l.tour, undefined],
      'help.restoreExample': [l.restoreExample, undefined],
    };
    for (const id of menuCommandIds) {
      const item = byId(template, id);
      expect(item.label).toBe(expected[id][0]);
      expect(item.accelerator).toBe(expected[id][1]);
    }
    expect(template.map((m) => m.label)).toEqual([l.file, l.edit, l.view, l.window, l.help]);
  });

  it.each(['nl', 'en'] as const)(
    'ends with a %s Help menu that offers the guided tour and restoring the example, and sends their commands',
    (locale) => {
      const onCommand = vi.fn();
      const template = buildMenuTemplate(options({ locale, onCommand }));
      const help = template[template.length - 1]!;
      expect(help.label).toBe(menuLabels[locale].help);
      const items = help.submenu as MenuItemConstructorOptions[];
      expect(items.map((item) => [item.id, item.label])).toEqual([
        ['help.tour', menuLabels[locale].tour],
        ['help.restoreExample', menuLabels[locale].restoreExample],
      ]);
      items.forEach(click);
      expect(onCommand.mock.calls).toEqual([['help.tour'], ['help.restoreExample']]);
    },
  );

  it('gives the Help menu its macOS role there (the system adds its search field) and not elsewhere', () => {
    const mac = buildMenuTemplate(options({ platform: 'darwin', locale: 'en' }));
    expect(mac[mac.length - 1]).toMatchObject({ label: 'Help', role: 'help' });
    const linux = buildMenuTemplate(options({ locale: 'en' }));
    expect(linux[linux.length - 1]?.role).toBeUndefined();
    expect(menuLabels.nl.tour).toBe('Rondleiding');
    expect(menuLabels.en.tour).toBe('Guided Tour');
  });

  it.each(['nl', 'en'] as const)(
    'opens the %s View menu with one item per view in tab order, Ctrl+1 … Ctrl+n, then workshop mode and its lock',
    (locale) => {
      const template = buildMenuTemplate(options({ locale }));
      const view = template.find((menu) => menu.label === menuLabels[locale].view);
      const items = view?.submenu as MenuItemConstructorOptions[];
      // viewIds is the page's VIEW_LIST order: renderer/views/viewIds.ts does not compile otherwise.
      const n = viewIds.length;
      expect(items.slice(0, n).map((item) => item.id)).toEqual(viewIds.map((id) => `view.show.${id}`));
      expect(items.slice(0, n).map((item) => item.accelerator)).toEqual(viewIds.map((_, i) => viewAccelerator(i)));
      expect(items.slice(0, n).map((item) => item.label)).toEqual(viewIds.map((id) => viewMenuLabels[locale][id]));
      expect(items[n]?.type).toBe('separator');
      expect(items.slice(n + 1, n + 3).map((item) => item.id)).toEqual(['view.workshop', 'workshop.lock']);
    },
  );

  it("a view item sends that view's command, and no two items share an accelerator", () => {
    const onCommand = vi.fn();
    const template = buildMenuTemplate(options({ onCommand }));
    click(byId(template, 'view.show.board'));
    click(byId(template, 'view.show.settings'));
    expect(onCommand.mock.calls).toEqual([['view.show.board'], ['view.show.settings']]);
    const accelerators = flatten(template).flatMap((item) => (item.accelerator ? [String(item.accelerator)] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('uses Electron roles for zoom, full screen, clipboard and quit', () => {
    const roles = flatten(buildMenuTemplate(options()))
      .map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining([
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'quit',
      ]),
    );
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
  });

  it('adds reload and developer tools only while developing', () => {
    const roles = flatten(buildMenuTemplate(options({ isDev: true }))).map((item) => item.role);
    expect(roles).toContain('toggleDevTools');
    expect(roles).toContain('reload');
  });

  it('redoes with Ctrl+Y on Windows', () => {
    expect(byId(buildMenuTemplate(options({ platform: 'win32' })), 'edit.redo').accelerator).toBe('Ctrl+Y');
  });

  it('puts an app menu first on macOS, quits from there, and drops the & access keys', () => {
    const template = buildMenuTemplate(options({ platform: 'darwin', locale: 'en' }));
    expect(template[0]?.label).toBe('Samenhang');
    expect(template[1]?.label).toBe('File');
    const labels = flatten(template).map((item) => item.label ?? '');
    expect(labels.some((label) => label.includes('&'))).toBe(false);
    const fileItems = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(fileItems.some((item) => item.role === 'quit')).toBe(false);
  });

  it('sends the command id when an item is clicked', () => {
    const onCommand = vi.fn();
    const template = buildMenuTemplate(options({ onCommand }));
    for (const id of menuCommandIds) click(byId(template, id));
    expect(onCommand.mock.calls.map(([id]) => id)).toEqual([...menuCommandIds]);
  });

  it('lists recent files, opens them on click and can clear the list', () => {
    const onOpenRecent = vi.fn();
    const onClearRecent = vi.fn();
    const recent = [
      { name: 'b.samenhang.json', path: '/w/b.samenhang.json' },
      { name: 'a.samenhang.json', path: '/w/a.samenhang.json' },
    ];
    const template = buildMenuTemplate(options({ recent, onOpenRecent, onClearRecent }));
    const submenu = flatten(template).find((item) => item.label === menuLabels.nl.openRecent)
      ?.submenu as MenuItemConstructorOptions[];
    expect(submenu.map((item) => item.label)).toEqual([
      'b.samenhang.json',
      'a.samenhang.json',
      undefined,
      menuLabels.nl.clearRecent,
    ]);
    click(submenu[1] as MenuItemConstructorOptions);
    expect(onOpenRecent).toHaveBeenCalledWith('/w/a.samenhang.json');
    click(submenu[3] as MenuItemConstructorOptions);
    expect(onClearRecent).toHaveBeenCalledTimes(1);
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const template = buildMenuTemplate(options({ locale: 'en' }));
    const submenu = flatten(template).find((item) => item.label === 'Open Recent')
      ?.submenu as MenuItemConstructorOptions[];
    expect(submenu[0]).toMatchObject({ label: 'No recent files', enabled: false });
    expect(submenu[2]).toMatchObject({ label: 'Clear Menu', enabled: false });
  });

  it('applyMenu installs the built menu as the application menu', () => {
    applyMenu(options({ locale: 'en' }));
    const template = Menu.current?.template as MenuItemConstructorOptions[];
    expect(template[0]?.label).toBe('&File');
  });
});

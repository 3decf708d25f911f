import { exportPdf, openProjectFromFile, saveProjectToFile } from '../../app/fileActions';
import { reportPlatformError } from '../../app/reportPlatformError';
import { restoreExample, startExampleTour } from '../../app/exampleActions';
import type { AppStore } from '../appStore';
import { hasProject, type Command } from './command';
import { menuCommandIds, viewCommandId } from '../../../shared/ipc/contract';
import { VIEW_LIST, viewShortcut } from '../../views/viewIds';
import { stepTo } from '../../views/workshop/walk';
import { walkOf } from '../../views/workshop/walkFocus';

/**
 * Commands that are not model edits. They take the store because several need async platform calls; the ids
 * match the native menu's (electron/main/menu.ts) so one registry serves menu, keyboard and help screen.
 */
export type AppCommand = Omit<Command<AppStore>, 'run'> & { run(store: AppStore): void | Promise<void> };

export const APP_COMMANDS: readonly AppCommand[] = [
  {
    id: 'file.new',
    labelKey: 'app.cmd.newProject',
    kbd: 'Mod+N',
    enabled: () => true,
    run: (store) => {
      store.getState().closeProject();
      store.getState().setDialog('newProject');
    },
  },
  {
    id: 'file.open',
    labelKey: 'app.cmd.open',
    kbd: 'Mod+O',
    enabled: () => true,
    run: (store) => openProjectFromFile(store),
  },
  {
    id: 'file.save',
    labelKey: 'app.cmd.save',
    kbd: 'Mod+S',
    enabled: hasProject,
    run: (store) => saveProjectToFile(store, false),
  },
  {
    id: 'file.saveAs',
    labelKey: 'app.cmd.saveAs',
    kbd: 'Mod+Shift+S',
    enabled: hasProject,
    run: (store) => saveProjectToFile(store, true),
  },
  {
    id: 'file.importCsv',
    labelKey: 'app.cmd.importCsv',
    enabled: hasProject,
    run: (store) => store.getState().setDialog('csvImport'),
  },
  {
    id: 'file.exportCsv',
    labelKey: 'app.cmd.exportCsv',
    enabled: hasProject,
    run: (store) => store.getState().setDialog('csvExport'),
  },
  {
    id: 'file.exportPdf',
    labelKey: 'app.cmd.exportPdf',
    kbd: 'Mod+P',
    enabled: hasProject,
    run: (store) => exportPdf(store),
  },
  {
    id: 'file.exportReport',
    labelKey: 'app.cmd.exportReport',
    enabled: (s) => hasProject(s) && (s.project?.divisions.length ?? 0) > 0,
    run: (store) => store.getState().setDialog('report'),
  },
  {
    id: 'edit.undo',
    labelKey: 'app.cmd.undo',
    kbd: 'Mod+Z',
    enabled: (s) => s.history.past.length > 0,
    run: (store) => store.getState().undo(),
  },
  {
    id: 'edit.redo',
    labelKey: 'app.cmd.redo',
    kbd: 'Mod+Shift+Z',
    enabled: (s) => s.history.future.length > 0,
    run: (store) => store.getState().redo(),
  },
  {
    id: 'view.workshop',
    labelKey: 'app.cmd.workshop',
    kbd: 'F5',
    enabled: hasProject,
    run: (store) => store.getState().setWorkshop(!store.getState().workshop),
  },
  {
    id: 'workshop.lock',
    labelKey: 'app.cmd.workshopLock',
    kbd: 'Mod+Shift+U',
    enabled: (s) => s.workshop,
    run: (store) => store.getState().setWorkshopLocked(!store.getState().workshopLocked),
  },
  {
    id: 'workshop.next',
    labelKey: 'app.cmd.walkNext',
    kbd: 'PageDown',
    // A clicker's first press starts the walk: the facilitator need not reach for the mouse.
    enabled: (s) => s.workshop && walkOf(s).length > 0,
    run: (store) => stepWalk(store, 1),
  },
  {
    id: 'workshop.previous',
    labelKey: 'app.cmd.walkPrevious',
    kbd: 'PageUp',
    enabled: (s) => s.workshop && s.walkStep !== null,
    run: (store) => stepWalk(store, -1),
  },
  {
    id: 'view.language',
    labelKey: 'app.cmd.language',
    kbd: 'Mod+Shift+L',
    enabled: () => true,
    run: (store) => store.getState().setLocale(store.getState().locale === 'nl' ? 'en' : 'nl'),
  },
  {
    id: 'help.shortcuts',
    labelKey: 'app.cmd.help',
    kbd: 'F1',
    enabled: () => true,
    run: (store) => store.getState().setDialog('help'),
  },
  {
    id: 'help.tour',
    labelKey: 'app.cmd.tour',
    enabled: () => true,
    run: (store) => startExampleTour(store),
  },
  {
    id: 'help.restoreExample',
    labelKey: 'app.cmd.restoreExample',
    enabled: () => true,
    run: (store) => restoreExample(store),
  },
];

function stepWalk(store: AppStore, delta: number): void {
  const s = store.getState();
  s.setWalkStep(s.walkStep === null ? 0 : stepTo(s.walkStep, delta, walkOf(s).length));
}

/** "Show the map" and its siblings: one command per view, Ctrl+1 … Ctrl+n in tab order. */
export const VIEW_COMMANDS: readonly AppCommand[] = VIEW_LIST.map((v) => ({
  id: viewCommandId(v.id),
  labelKey: v.labelKey,
  kbd: viewShortcut(v.id),
  enabled: hasProject,
  run: (store: AppStore) => store.getState().showView(v.id),
}));

const ALL_COMMANDS: readonly AppCommand[] = [...APP_COMMANDS, ...VIEW_COMMANDS];

export function findAppCommand(id: string): AppCommand | undefined {
  return ALL_COMMANDS.find((c) => c.id === id);
}

export function runAppCommand(store: AppStore, id: string): boolean {
  const command = findAppCommand(id);
  if (!command || !command.enabled(store.getState())) return false;
  void Promise.resolve(command.run(store)).catch((error: unknown) =>
    reportPlatformError(store, error, command.labelKey),
  );
  return true;
}

/** "Mod" is Ctrl on Windows and Linux, Cmd on macOS. */
export function matchesShortcut(
  kbd: string,
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): boolean {
  const parts = kbd.split('+');
  const key = parts[parts.length - 1]!;
  const wantMod = parts.includes('Mod');
  const wantShift = parts.includes('Shift');
  const wantAlt = parts.includes('Alt');
  if (wantMod !== (e.ctrlKey || e.metaKey) || wantShift !== e.shiftKey || wantAlt !== e.altKey) return false;
  return e.key.toLowerCase() === key.toLowerCase();
}

const MENU_COMMANDS = new Set<string>(menuCommandIds);

/**
 * Whether the native menu's accelerator already runs this command for this key, so the page must leave the key
 * alone (running it too would run it twice: two view switches are harmless, two undos are not). Only the Electron
 * shell has that menu. Redo has one menu accelerator per platform (Ctrl+Y on Windows, Shift+Z elsewhere); the
 * other key stays the page's.
 */
export function menuOwnsKey(
  id: string,
  e: Pick<KeyboardEvent, 'key'>,
  shell: { nativeMenu: boolean; windows: boolean },
): boolean {
  if (!shell.nativeMenu || !MENU_COMMANDS.has(id)) return false;
  if (id !== 'edit.redo') return true;
  const ctrlY = e.key.toLowerCase() === 'y';
  return shell.windows ? ctrlY : !ctrlY;
}

export function commandForKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): AppCommand | undefined {
  // Ctrl+Y is the Windows habit for redo.
  if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'y')
    return findAppCommand('edit.redo');
  return ALL_COMMANDS.find((c) => c.kbd && matchesShortcut(c.kbd, e));
}

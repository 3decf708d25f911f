import { describe, expect, it } from 'vitest';
import {
  APP_COMMANDS,
  commandForKey,
  findAppCommand,
  matchesShortcut,
  menuOwnsKey,
  runAppCommand,
} from '../../../../renderer/store/commands/appCommands';
import { menuCommandIds, viewIds } from '../../../../shared/ipc/contract';
import { VIEW_KEYS } from '../../../../renderer/views/viewIds';
import { smallExample } from '../../../fixtures/smallExample';
import { addGoal } from '../../../../shared/model';
import { testStore } from '../../support/testStore';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('app command registry', () => {
  it('matches shortcuts with Ctrl or Cmd as Mod, and only with the exact modifiers', () => {
    expect(matchesShortcut('Mod+Z', key('z', { ctrlKey: true }))).toBe(true);
    expect(matchesShortcut('Mod+Z', key('z', { metaKey: true }))).toBe(true);
    expect(matchesShortcut('Mod+Z', key('z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesShortcut('F5', key('F5'))).toBe(true);
  });

  it('finds undo, redo (also Ctrl+Y) and workshop by key', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))?.id).toBe('edit.undo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }))?.id).toBe('edit.redo');
    expect(commandForKey(key('y', { ctrlKey: true }))?.id).toBe('edit.redo');
    expect(commandForKey(key('F5'))?.id).toBe('view.workshop');
    expect(commandForKey(key('q'))).toBeUndefined();
  });

  it('has unique ids and shortcuts, and covers every native menu command', () => {
    const ids = APP_COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const kbds = APP_COMMANDS.flatMap((c) => (c.kbd ? [c.kbd] : []));
    expect(new Set(kbds).size).toBe(kbds.length);
    for (const id of menuCommandIds) expect(findAppCommand(id), id).toBeDefined();
  });

  it('a view item of the native menu runs the very command Ctrl+n runs, and shows that view', async () => {
    const { store } = testStore();
    await store.getState().adoptProject(smallExample());
    viewIds.slice(0, VIEW_KEYS).forEach((id, i) => {
      expect(findAppCommand(`view.show.${id}`)).toBe(commandForKey(key(String(i + 1), { ctrlKey: true })));
    });
    expect(runAppCommand(store, 'view.show.board')).toBe(true);
    expect(store.getState().view).toBe('board');
    expect(runAppCommand(store, 'view.show.nowhere')).toBe(false);
    expect(store.getState().view).toBe('board');
  });

  it('leaves to the native menu the keys its accelerators run, so no command runs twice', () => {
    const electron = { nativeMenu: true, windows: false };
    const browser = { nativeMenu: false, windows: false };
    for (const [i] of viewIds.slice(0, VIEW_KEYS).entries()) {
      const e = key(String(i + 1), { ctrlKey: true });
      const id = commandForKey(e)!.id;
      expect(menuOwnsKey(id, e, electron), id).toBe(true);
      expect(menuOwnsKey(id, e, browser), id).toBe(false);
    }
    const f5 = key('F5');
    expect(menuOwnsKey(commandForKey(f5)!.id, f5, electron)).toBe(true);
    // Keys the menu has no item for stay the page's.
    const f1 = key('F1');
    expect(menuOwnsKey(commandForKey(f1)!.id, f1, electron)).toBe(false);
    // Redo: the menu holds Ctrl+Y on Windows and Ctrl+Shift+Z elsewhere; the other key is the page's.
    const ctrlY = key('y', { ctrlKey: true });
    const shiftZ = key('Z', { ctrlKey: true, shiftKey: true });
    expect(menuOwnsKey('edit.redo', ctrlY, { nativeMenu: true, windows: true })).toBe(true);
    expect(menuOwnsKey('edit.redo', shiftZ, { nativeMenu: true, windows: true })).toBe(false);
    expect(menuOwnsKey('edit.redo', ctrlY, electron)).toBe(false);
    expect(menuOwnsKey('edit.redo', shiftZ, electron)).toBe(true);
  });

  it('runs a command only when it is enabled', async () => {
    const { store } = testStore();
    expect(runAppCommand(store, 'edit.undo')).toBe(false);
    await store.getState().adoptProject(smallExample());
    store.getState().edit('app.cmd.goalAdd', (p) => addGoal(p, { title: 'X', domainId: 'sociaal' }));
    expect(runAppCommand(store, 'edit.undo')).toBe(true);
    expect(store.getState().project?.goals).toHaveLength(24);
    expect(runAppCommand(store, 'no.such.command')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  APP_COMMANDS,
  commandForKey,
  matchesShortcut,
  runAppCommand,
} from '../../../../renderer/store/commands/appCommands';
import { menuCommandIds } from '../../../../shared/ipc/contract';
import { exampleProject } from '../../../../shared/example/exampleProject';
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
    for (const id of menuCommandIds) expect(ids, id).toContain(id);
  });

  it('runs a command only when it is enabled', async () => {
    const { store } = testStore();
    expect(runAppCommand(store, 'edit.undo')).toBe(false);
    await store.getState().adoptProject(exampleProject());
    store.getState().edit('app.cmd.goalAdd', (p) => addGoal(p, { title: 'X', domainId: 'sociaal' }));
    expect(runAppCommand(store, 'edit.undo')).toBe(true);
    expect(store.getState().project?.goals).toHaveLength(24);
    expect(runAppCommand(store, 'no.such.command')).toBe(false);
  });
});

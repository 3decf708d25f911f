import { describe, expect, it } from 'vitest';
import { EDIT_COMMANDS } from '../../../../renderer/store/commands/registry';
import { editCommand } from '../../../../renderer/store/commands/command';
import { dispatch } from '../../../../renderer/store/commands/dispatch';
import { APP_COMMANDS, VIEW_COMMANDS, commandForKey } from '../../../../renderer/store/commands/appCommands';
import { VIEW_IDS, VIEW_KEYS } from '../../../../renderer/views/viewIds';
import { testStore } from '../../support/testStore';

describe('command registry', () => {
  it('has unique ids across edit, app and view commands', () => {
    const ids = [...EDIT_COMMANDS, ...APP_COMMANDS, ...VIEW_COMMANDS].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses to dispatch a command that is not registered', () => {
    const { store } = testStore();
    const stray = editCommand<void>('stray', 'app.cmd.goalAdd', (p) => ({ ok: true, project: p }));
    expect(() => dispatch(store, stray, undefined)).toThrow(/not in the registry/);
  });

  it('gives the first nine views Ctrl+1 … Ctrl+9 in tab order, and a view after those no key', () => {
    VIEW_IDS.slice(0, VIEW_KEYS).forEach((id, i) => {
      const c = commandForKey({ key: String(i + 1), ctrlKey: true, metaKey: false, shiftKey: false, altKey: false });
      expect(c?.id).toBe(`view.show.${id}`);
    });
    expect(VIEW_IDS.length).toBeGreaterThan(VIEW_KEYS);
    for (const id of VIEW_IDS.slice(VIEW_KEYS))
      expect(VIEW_COMMANDS.find((c) => c.id === `view.show.${id}`)!.kbd).toBe(undefined);
  });
});

import { describe, expect, it } from 'vitest';
import { EDIT_COMMANDS } from '../../../../renderer/store/commands/registry';
import { editCommand } from '../../../../renderer/store/commands/command';
import { dispatch } from '../../../../renderer/store/commands/dispatch';
import { APP_COMMANDS, VIEW_COMMANDS, commandForKey } from '../../../../renderer/store/commands/appCommands';
import { VIEW_IDS } from '../../../../renderer/views/viewIds';
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

  it('gives every view Ctrl+1 … Ctrl+n in tab order', () => {
    VIEW_IDS.forEach((id, i) => {
      const c = commandForKey({ key: String(i + 1), ctrlKey: true, metaKey: false, shiftKey: false, altKey: false });
      expect(c?.id).toBe(`view.show.${id}`);
    });
  });
});

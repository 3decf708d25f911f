import { describe, expect, it } from 'vitest';
import { smallExample, SMALL_EXAMPLE_ID } from '../../fixtures/smallExample';
import { removeGoal } from '../../../shared/model';
import { restoreViewChoice } from '../../../renderer/store/viewSlice';
import { testStore } from '../support/testStore';

async function opened() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  return t;
}

describe('chosen draft and view', () => {
  it('the chosen draft, compared draft and view survive a reload of the project', async () => {
    const { store, repository, platform } = await opened();
    store.getState().chooseDraft('div_samenhang');
    store.getState().chooseCompareDraft('div_klassiek');
    store.getState().showView('analysis');
    await new Promise((r) => setTimeout(r, 20));
    // A second store over the same database is a reloaded page.
    const { createAppStore } = await import('../../../renderer/store/appStore');
    const again = createAppStore({ repository, platform, now: () => '2026-01-01T00:00:00.000Z' });
    await again.getState().openProject(SMALL_EXAMPLE_ID);
    expect(again.getState().draftId).toBe('div_samenhang');
    expect(again.getState().compareDraftId).toBe('div_klassiek');
    expect(again.getState().view).toBe('analysis');
  });

  it('a draft is never compared with itself', async () => {
    const { store } = await opened();
    store.getState().chooseDraft('div_klassiek');
    store.getState().chooseCompareDraft('div_klassiek');
    expect(store.getState().compareDraftId).toBeNull();
    store.getState().chooseCompareDraft('div_samenhang');
    store.getState().chooseDraft('div_samenhang');
    expect(store.getState().compareDraftId).toBeNull();
  });

  it('a stored choice naming drafts that are gone falls back to the first draft and no comparison', () => {
    const p = smallExample();
    expect(
      restoreViewChoice(p, { view: 'nonsense', draftId: 'div_gone', compareDraftId: 'div_gone2', level: 'odd' }),
    ).toEqual({
      view: 'goals',
      draftId: p.divisions[0]!.id,
      compareDraftId: null,
      level: 'subject',
    });
    expect(restoreViewChoice(p, { level: 'goal' }).level).toBe('goal');
    expect(restoreViewChoice(p, undefined).draftId).toBe(p.divisions[0]!.id);
  });
});

describe('one selection for every view', () => {
  it('selects, toggles and clears', async () => {
    const { store } = await opened();
    store.getState().select(['goal_werk', 'goal_werk', 'goal_armoede']);
    expect(store.getState().selection).toEqual(['goal_werk', 'goal_armoede']);
    store.getState().toggleSelected('goal_werk');
    expect(store.getState().selection).toEqual(['goal_armoede']);
    store.getState().toggleSelected('goal_jeugdhulp');
    expect(store.getState().selection).toEqual(['goal_armoede', 'goal_jeugdhulp']);
    store.getState().clearSelection();
    expect(store.getState().selection).toEqual([]);
  });

  it('drops a selected goal that an edit removed, and gets it back on undo only when selected again', async () => {
    const { store } = await opened();
    store.getState().select(['goal_werk', 'goal_armoede']);
    store.getState().edit('app.cmd.goalRemove', (p) => removeGoal(p, 'goal_armoede'));
    expect(store.getState().selection).toEqual(['goal_werk']);
  });

  it('opening another project starts with nothing selected', async () => {
    const { store } = await opened();
    store.getState().select(['goal_werk']);
    await store.getState().openProject(SMALL_EXAMPLE_ID);
    expect(store.getState().selection).toEqual([]);
  });
});

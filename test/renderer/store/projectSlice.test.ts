import { describe, expect, it } from 'vitest';
import { smallExample, SMALL_EXAMPLE_ID } from '../../fixtures/smallExample';
import { addGoal, assignGoal, removeGoal } from '../../../shared/model';
import { addGoal as addGoalCommand } from '../../../renderer/store/commands/editCommands';
import { addDivision as addDivisionCommand } from '../../../renderer/store/commands/divisionCommands';
import { dispatch } from '../../../renderer/store/commands/dispatch';
import { testStore } from '../support/testStore';

async function opened() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  return t;
}

describe('project slice: edits, undo, redo and storage', () => {
  it('opens an adopted project with empty history', async () => {
    const { store } = await opened();
    const s = store.getState();
    expect(s.project?.id).toBe(SMALL_EXAMPLE_ID);
    expect(s.history.past).toEqual([]);
    expect(s.library).toHaveLength(1);
    expect(s.draftId).toBe('div_klassiek');
  });

  it('stores every edit at once, so a reload finds it', async () => {
    const { store, repository } = await opened();
    store.getState().edit('app.cmd.goalAdd', (p) => addGoal(p, { id: 'goal_x', title: 'Nieuw', domainId: 'sociaal' }));
    await store.getState().flush();
    const loaded = await repository.loadProject(SMALL_EXAMPLE_ID);
    expect(loaded.value?.goals.some((g) => g.id === 'goal_x')).toBe(true);
    expect(loaded.value?.updatedAt).toBe(store.getState().project?.updatedAt);
  });

  it('undoes and redoes one gesture as one step, in memory and on disk', async () => {
    const { store, repository } = await opened();
    const before = store.getState().project!;
    store.getState().edit('app.cmd.goalRemove', (p) => removeGoal(p, 'goal_armoede'));
    const after = store.getState().project!;
    expect(after.links.length).toBeLessThan(before.links.length);
    store.getState().undo();
    expect(store.getState().project).toBe(before);
    await store.getState().flush();
    expect((await repository.loadProject(before.id)).value).toEqual(before);
    store.getState().redo();
    expect(store.getState().project).toBe(after);
    await store.getState().flush();
    expect((await repository.loadProject(before.id)).value).toEqual(after);
  });

  it('restores the view the edit was made in', async () => {
    const { store } = await opened();
    store.getState().showView('divisions');
    store.getState().chooseDraft('div_samenhang');
    store.getState().edit('app.cmd.assignGoal', (p) => assignGoal(p, 'div_samenhang', 'goal_werk', 'pf_fysiek'));
    store.getState().showView('goals');
    store.getState().chooseDraft('div_klassiek');
    store.getState().undo();
    expect(store.getState().view).toBe('divisions');
    expect(store.getState().draftId).toBe('div_samenhang');
  });

  it('a failed edit changes nothing, makes no undo step and reports located problems', async () => {
    const { store } = await opened();
    const before = store.getState().project;
    const problems = dispatch(store, addGoalCommand, { title: '', domainId: 'nope' });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.path?.[0]).toBe('goal');
    expect(store.getState().project).toBe(before);
    expect(store.getState().history.past).toEqual([]);
    expect(store.getState().notices.at(-1)?.kind).toBe('error');
  });

  it('a new edit clears the redo stack', async () => {
    const { store } = await opened();
    store.getState().edit('app.cmd.goalAdd', (p) => addGoal(p, { title: 'A', domainId: 'sociaal' }));
    store.getState().undo();
    expect(store.getState().history.future).toHaveLength(1);
    store.getState().edit('app.cmd.goalAdd', (p) => addGoal(p, { title: 'B', domainId: 'sociaal' }));
    expect(store.getState().history.future).toHaveLength(0);
  });

  it('shows a save error instead of losing track when storing fails', async () => {
    const { store, db } = await opened();
    db.close();
    store.getState().edit('app.cmd.goalAdd', (p) => addGoal(p, { title: 'A', domainId: 'sociaal' }));
    await store.getState().flush();
    expect(store.getState().saveError).toBeTruthy();
  });
});

describe('project slice: recovering from a failed write', () => {
  it('after a failed write the next one stores the whole project, so nothing the user did is lost', async () => {
    const { store, repository } = await opened();
    const real = repository.applyPatch.bind(repository);
    let fail = true;
    repository.applyPatch = async (patch) => {
      if (fail) throw new Error('schijf vol');
      return real(patch);
    };
    store.getState().edit('app.cmd.goalAdd', (p) => addGoal(p, { id: 'goal_a', title: 'A', domainId: 'sociaal' }));
    await store.getState().flush();
    expect(store.getState().saveError).toBe('schijf vol');
    fail = false;
    store.getState().edit('app.cmd.goalAdd', (p) => addGoal(p, { id: 'goal_b', title: 'B', domainId: 'sociaal' }));
    await store.getState().flush();
    expect(store.getState().saveError).toBeNull();
    const loaded = await repository.loadProject(SMALL_EXAMPLE_ID);
    expect(loaded.value?.goals.map((g) => g.id)).toEqual(expect.arrayContaining(['goal_a', 'goal_b']));
    expect(loaded.value).toEqual(store.getState().project);
  });

  it('undo of a new draft returns to the draft the user was in', async () => {
    const { store } = await opened();
    store.getState().chooseDraft('div_samenhang');
    dispatch(store, addDivisionCommand, { name: 'Nieuw', id: 'div_nieuw' });
    expect(store.getState().draftId).toBe('div_nieuw');
    store.getState().undo();
    expect(store.getState().draftId).toBe('div_samenhang');
  });
});

import { describe, expect, it } from 'vitest';
import { smallExample } from '../../fixtures/smallExample';
import { dispatch } from '../../../renderer/store/commands/dispatch';
import { assignGoal } from '../../../renderer/store/commands/divisionCommands';
import { testStore } from '../support/testStore';

async function opened() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  return t;
}

const holderOf = (s: ReturnType<typeof testStore>['store'], goalId: string) =>
  s.getState().project!.divisions.find((d) => d.id === 'div_klassiek')!.assignments[goalId];

describe('gestures: one user gesture is one undo step', () => {
  it('edits during a gesture show at once and commit as one step, written once', async () => {
    const { store, repository } = await opened();
    const before = store.getState().project!;
    const was = holderOf(store, 'goal_werk');
    store.getState().beginGesture('app.cmd.assignGoal');
    for (const pf of ['pf_fysiek', 'pf_financien', 'pf_sociaal'])
      dispatch(store, assignGoal, { divisionId: 'div_klassiek', goalId: 'goal_werk', portfolioId: pf });
    expect(holderOf(store, 'goal_werk')).toBe('pf_sociaal');
    expect(store.getState().history.past).toHaveLength(0);
    // Nothing is written while the gesture is open.
    expect((await repository.loadProject(before.id)).value?.divisions).toEqual(before.divisions);
    store.getState().commitGesture();
    expect(store.getState().history.past).toHaveLength(1);
    await store.getState().flush();
    expect((await repository.loadProject(before.id)).value).toEqual(store.getState().project);
    store.getState().undo();
    expect(store.getState().project).toBe(before);
    expect(holderOf(store, 'goal_werk')).toBe(was);
  });

  it('a cancelled gesture (Esc) restores the project and makes no step', async () => {
    const { store } = await opened();
    const before = store.getState().project!;
    store.getState().beginGesture('app.cmd.assignGoal');
    dispatch(store, assignGoal, { divisionId: 'div_klassiek', goalId: 'goal_werk', portfolioId: 'pf_fysiek' });
    expect(store.getState().project).not.toBe(before);
    store.getState().cancelGesture();
    expect(store.getState().project).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().gesture).toBeNull();
  });

  it('a gesture that changed nothing makes no step', async () => {
    const { store } = await opened();
    store.getState().beginGesture('app.cmd.assignGoal');
    store.getState().commitGesture();
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('undo during a gesture first commits it, then undoes it as a whole', async () => {
    const { store } = await opened();
    const before = store.getState().project!;
    store.getState().beginGesture('app.cmd.assignGoal');
    dispatch(store, assignGoal, { divisionId: 'div_klassiek', goalId: 'goal_werk', portfolioId: 'pf_fysiek' });
    dispatch(store, assignGoal, { divisionId: 'div_klassiek', goalId: 'goal_werk', portfolioId: 'pf_financien' });
    store.getState().undo();
    expect(store.getState().project).toBe(before);
    expect(store.getState().history.future).toHaveLength(1);
  });

  it('flush (window closing) commits an open gesture so nothing on screen is lost', async () => {
    const { store, repository } = await opened();
    store.getState().beginGesture('app.cmd.assignGoal');
    dispatch(store, assignGoal, { divisionId: 'div_klassiek', goalId: 'goal_werk', portfolioId: 'pf_fysiek' });
    await store.getState().flush();
    const stored = (await repository.loadProject(store.getState().project!.id)).value!;
    expect(stored.divisions.find((d) => d.id === 'div_klassiek')!.assignments.goal_werk).toBe('pf_fysiek');
  });
});

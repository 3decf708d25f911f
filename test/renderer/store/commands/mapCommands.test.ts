import { describe, expect, it } from 'vitest';
import { smallExample } from '../../../fixtures/smallExample';
import { dispatch } from '../../../../renderer/store/commands/dispatch';
import { pinGoals, unpinGoals } from '../../../../renderer/store/commands/mapCommands';
import { testStore } from '../../support/testStore';

async function opened() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  return t;
}

describe('map commands', () => {
  it('a drop pins a goal as one undo step, stored at once; undo and redo put it back and forth', async () => {
    const { store, repository } = await opened();
    const before = store.getState().project!;
    expect(dispatch(store, pinGoals, [{ id: 'goal_werk', x: 120.5, y: -30 }])).toEqual([]);
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().history.past[0]!.labelKey).toBe('app.cmd.mapPin');
    await store.getState().flush();
    const id = before.id;
    expect((await repository.loadProject(id)).value!.mapPositions).toEqual([{ id: 'goal_werk', x: 120.5, y: -30 }]);
    store.getState().undo();
    expect(store.getState().project).toBe(before);
    await store.getState().flush();
    expect((await repository.loadProject(id)).value!.mapPositions).toEqual([]);
    store.getState().redo();
    expect(store.getState().project!.mapPositions).toEqual([{ id: 'goal_werk', x: 120.5, y: -30 }]);
  });

  it('moving a pinned goal again is one more step; dropping it where it is makes none', async () => {
    const { store } = await opened();
    dispatch(store, pinGoals, [{ id: 'goal_werk', x: 1, y: 1 }]);
    dispatch(store, pinGoals, [{ id: 'goal_werk', x: 1, y: 1 }]);
    expect(store.getState().history.past).toHaveLength(1);
    dispatch(store, pinGoals, [{ id: 'goal_werk', x: 2, y: 1 }]);
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().project!.mapPositions).toEqual([{ id: 'goal_werk', x: 1, y: 1 }]);
  });

  it('unpinning all is one undoable step', async () => {
    const { store } = await opened();
    dispatch(store, pinGoals, [
      { id: 'goal_werk', x: 1, y: 1 },
      { id: 'goal_armoede', x: 2, y: 2 },
    ]);
    dispatch(store, unpinGoals, 'all');
    expect(store.getState().project!.mapPositions).toEqual([]);
    store.getState().undo();
    expect(store.getState().project!.mapPositions).toHaveLength(2);
  });

  it('refuses a pin for a goal the project does not have, with a problem and no step', async () => {
    const { store } = await opened();
    expect(dispatch(store, pinGoals, [{ id: 'goal_nope', x: 0, y: 0 }], { inline: true })).toEqual([
      { code: 'unknownGoal', params: { id: 'goal_nope' }, path: ['mapPositions', 0, 'id'] },
    ]);
    expect(store.getState().history.past).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { smallExample } from '../../fixtures/smallExample';
import { dispatch } from '../../../renderer/store/commands/dispatch';
import { assignGoal } from '../../../renderer/store/commands/divisionCommands';
import { runAppCommand } from '../../../renderer/store/commands/appCommands';
import { walkFocus, walkOf } from '../../../renderer/views/workshop/walkFocus';
import { testStore } from '../support/testStore';

async function opened() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  return t;
}
const move = { divisionId: 'div_klassiek', goalId: 'goal_werk', portfolioId: 'pf_fysiek' };

describe('workshop: the facilitator lock', () => {
  it('starts locked and refuses every edit, gesture, undo and redo with a notice', async () => {
    const { store } = await opened();
    dispatch(store, assignGoal, move);
    store.getState().setWorkshop(true);
    expect(store.getState().workshopLocked).toBe(true);
    const before = store.getState().project;
    const problems = dispatch(store, assignGoal, { ...move, portfolioId: 'pf_financien' });
    expect(problems.map((p) => p.code)).toEqual(['workshopLocked']);
    expect(store.getState().notices.at(-1)?.key).toBe('app.notice.workshopLocked');
    store.getState().undo();
    store.getState().beginGesture('app.cmd.assignGoal');
    expect(store.getState().gesture).toBeNull();
    expect(store.getState().project).toBe(before);
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('edits again once unlocked, and locks again on the next entry', async () => {
    const { store } = await opened();
    store.getState().setWorkshop(true);
    runAppCommand(store, 'workshop.lock');
    expect(store.getState().workshopLocked).toBe(false);
    expect(dispatch(store, assignGoal, move)).toEqual([]);
    store.getState().setWorkshop(false);
    store.getState().setWorkshop(true);
    expect(store.getState().workshopLocked).toBe(true);
  });
});

describe('workshop: the guided walk', () => {
  it('PageDown and PageUp step through the agenda and the map is told which links to highlight', async () => {
    const { store } = await opened();
    store.getState().setWorkshop(true);
    expect(walkFocus(store.getState())).toBeNull();
    store.getState().setWalkStep(0);
    const steps = walkOf(store.getState());
    expect(runAppCommand(store, 'workshop.next')).toBe(true);
    expect(store.getState().walkStep).toBe(1);
    const focus = walkFocus(store.getState())!;
    expect(focus.linkIds).toEqual(steps[1]!.linkIds);
    expect(focus.goalIds.length).toBeGreaterThan(0);
    for (let i = 0; i < steps.length + 2; i++) runAppCommand(store, 'workshop.next');
    expect(store.getState().walkStep).toBe(steps.length - 1);
    runAppCommand(store, 'workshop.previous');
    expect(store.getState().walkStep).toBe(steps.length - 2);
  });

  it('the first PageDown starts the walk at its overview, and PageUp does not start it', async () => {
    const { store } = await opened();
    store.getState().setWorkshop(true);
    expect(runAppCommand(store, 'workshop.previous')).toBe(false);
    expect(store.getState().walkStep).toBeNull();
    expect(runAppCommand(store, 'workshop.next')).toBe(true);
    expect(store.getState().walkStep).toBe(0);
    expect(walkFocus(store.getState())!.linkIds).toEqual(walkOf(store.getState())[0]!.linkIds);
  });

  it('leaving the workshop ends the walk', async () => {
    const { store } = await opened();
    store.getState().setWorkshop(true);
    store.getState().setWalkStep(2);
    store.getState().setWorkshop(false);
    expect(store.getState().walkStep).toBeNull();
    expect(runAppCommand(store, 'workshop.next')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { smallExample } from '../../../fixtures/smallExample';
import { dispatch } from '../../../../renderer/store/commands/dispatch';
import { assignGoals } from '../../../../renderer/store/commands/divisionCommands';
import { EDIT_COMMANDS } from '../../../../renderer/store/commands/registry';
import { testStore } from '../../support/testStore';

async function opened() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  return t;
}

const THREE = ['goal_armoede', 'goal_werk', 'goal_schulden'];
const holders = (s: ReturnType<typeof testStore>['store']) =>
  THREE.map((g) => s.getState().project!.divisions.find((d) => d.id === 'div_klassiek')!.assignments[g]);

describe('assignGoals command (the board’s drop)', () => {
  it('is registered, so menus and the help screen know it', () => {
    expect(EDIT_COMMANDS).toContain(assignGoals);
  });

  it('moves three goals as one undo step, and undo puts all three back', async () => {
    const { store } = await opened();
    const before = holders(store);
    expect(new Set(before)).not.toEqual(new Set(['pf_fysiek']));
    const problems = dispatch(store, assignGoals, {
      divisionId: 'div_klassiek',
      goalIds: THREE,
      portfolioId: 'pf_fysiek',
    });
    expect(problems).toEqual([]);
    expect(holders(store)).toEqual(['pf_fysiek', 'pf_fysiek', 'pf_fysiek']);
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().history.past[0]!.labelKey).toBe('app.cmd.assignGoals');
    store.getState().undo();
    expect(holders(store)).toEqual(before);
  });

  it('a drag (gesture) with a drop is one step; dropping where the cards already are is none', async () => {
    const { store } = await opened();
    const s = () => store.getState();
    s().beginGesture('app.cmd.assignGoals');
    dispatch(store, assignGoals, { divisionId: 'div_klassiek', goalIds: THREE, portfolioId: 'pf_financien' });
    s().commitGesture();
    expect(s().history.past).toHaveLength(1);
    const project = s().project;
    s().beginGesture('app.cmd.assignGoals');
    dispatch(store, assignGoals, { divisionId: 'div_klassiek', goalIds: THREE, portfolioId: 'pf_financien' });
    s().commitGesture();
    expect(s().history.past).toHaveLength(1);
    expect(s().project).toBe(project);
  });

  it('a drag cancelled with Esc makes no undo step and changes nothing', async () => {
    const { store } = await opened();
    const s = () => store.getState();
    const project = s().project;
    s().beginGesture('app.cmd.assignGoals');
    s().cancelGesture();
    expect(s().history.past).toHaveLength(0);
    expect(s().project).toBe(project);
    // Even an edit made inside the gesture is taken back by the cancel.
    s().beginGesture('app.cmd.assignGoals');
    dispatch(store, assignGoals, { divisionId: 'div_klassiek', goalIds: THREE, portfolioId: null });
    s().cancelGesture();
    expect(s().history.past).toHaveLength(0);
    expect(s().project).toBe(project);
  });

  it('refuses a bulk move that includes a locked goal, and moves none of them', async () => {
    const { store } = await opened();
    const before = store.getState().project;
    const problems = dispatch(
      store,
      assignGoals,
      { divisionId: 'div_klassiek', goalIds: ['goal_werk', 'goal_veiligheid'], portfolioId: 'pf_fysiek' },
      { inline: true },
    );
    expect(problems.map((p) => p.code)).toEqual(['goalLocked']);
    expect(store.getState().project).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
  });
});

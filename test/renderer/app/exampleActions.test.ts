import { describe, expect, it } from 'vitest';
import { VOORBEELD_PROJECT_ID, voorbeeldProject } from '../../../shared/example/voorbeeld';
import { exampleChanged, putBackExample, restoreExample, startExampleTour } from '../../../renderer/app/exampleActions';
import { dispatch } from '../../../renderer/store/commands/dispatch';
import { addGoal } from '../../../renderer/store/commands/editCommands';
import { runAppCommand } from '../../../renderer/store/commands/appCommands';
import { proposalKey } from '../../../renderer/store/proposalSlice';
import { smallExample } from '../../fixtures/smallExample';
import { testStore } from '../support/testStore';

const FRESH_GOALS = voorbeeldProject().goals.length;

async function withExampleAndAnother() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  await t.store.getState().adoptProject(voorbeeldProject());
  return t;
}

function addAGoal(t: ReturnType<typeof testStore>) {
  const domainId = t.store.getState().project!.domains[0]!.id;
  expect(dispatch(t.store, addGoal, { id: 'goal_mine', title: 'Mijn doel', domainId })).toEqual([]);
}

describe('restoring the example', () => {
  it('Gemeente Voorbeeld has 109 goals when fresh', () => {
    expect(FRESH_GOALS).toBe(109);
  });

  it('restores at once, asking nothing, while the example is as it was', async () => {
    const t = await withExampleAndAnother();
    expect(await exampleChanged(t.store)).toBe(false);
    await restoreExample(t.store);
    expect(t.store.getState().dialog).toBeNull();
    expect(t.store.getState().project?.id).toBe(VOORBEELD_PROJECT_ID);
    expect(t.store.getState().notices.at(-1)?.key).toBe('app.example.restored');
  });

  it('asks first when the example was changed, and changes nothing until confirmed', async () => {
    const t = await withExampleAndAnother();
    addAGoal(t);
    await restoreExample(t.store);
    expect(t.store.getState().dialog).toBe('restoreExample');
    expect(t.store.getState().project?.goals).toHaveLength(FRESH_GOALS + 1);
    // Closed (not confirmed), and then seen from another project: the stored example still differs.
    t.store.getState().setDialog(null);
    await t.store.getState().flush();
    await t.store.getState().openProject(smallExample().id);
    expect(await exampleChanged(t.store)).toBe(true);
  });

  it('puts back a fresh example under the same id with a clear history, opens it, and leaves other projects alone', async () => {
    const t = await withExampleAndAnother();
    addAGoal(t);
    expect(t.store.getState().history.past).toHaveLength(1);
    await t.store.getState().flush();
    await t.repository.setSetting(proposalKey(VOORBEELD_PROJECT_ID), { kind: 'proposal' });
    await t.store.getState().openProject(smallExample().id);
    const otherBefore = (await t.repository.loadProject(smallExample().id)).value;

    await putBackExample(t.store);
    const s = t.store.getState();
    expect(s.project?.id).toBe(VOORBEELD_PROJECT_ID);
    expect(s.project?.goals).toHaveLength(FRESH_GOALS);
    expect(s.history).toEqual({ past: [], future: [] });
    expect(s.optimiserResult).toBeNull();
    expect(await t.repository.getSetting(proposalKey(VOORBEELD_PROJECT_ID))).toBeNull();
    const stored = await t.repository.loadProject(VOORBEELD_PROJECT_ID);
    expect(stored.value?.goals.map((g) => g.id)).toEqual(voorbeeldProject().goals.map((g) => g.id));
    expect(await exampleChanged(t.store)).toBe(false);
    expect((await t.repository.loadProject(smallExample().id)).value).toEqual(otherBefore);
    expect(s.library.map((p) => p.id).sort()).toEqual([VOORBEELD_PROJECT_ID, smallExample().id].sort());
  });

  it('brings a deleted example back without asking, from the menu command too', async () => {
    const t = await withExampleAndAnother();
    await t.store.getState().deleteProject(VOORBEELD_PROJECT_ID);
    expect(t.store.getState().project).toBeNull();
    expect(await exampleChanged(t.store)).toBe(false);
    expect(runAppCommand(t.store, 'help.restoreExample')).toBe(true);
    await expect.poll(() => t.store.getState().project?.id).toBe(VOORBEELD_PROJECT_ID);
    expect(t.store.getState().dialog).toBeNull();
    expect(t.store.getState().project?.goals).toHaveLength(FRESH_GOALS);
  });
});

describe('the tour from the help menu', () => {
  it('opens the example from another project and starts at the map', async () => {
    const t = await withExampleAndAnother();
    await t.store.getState().openProject(smallExample().id);
    await startExampleTour(t.store);
    expect(t.store.getState().project?.id).toBe(VOORBEELD_PROJECT_ID);
    expect(t.store.getState().tour).toMatchObject({ step: 0, projectId: VOORBEELD_PROJECT_ID });
    expect(t.store.getState().view).toBe('map');
  });

  it('stores a fresh example when it was deleted, and keeps the user’s changes when it was not', async () => {
    const t = await withExampleAndAnother();
    addAGoal(t);
    await t.store.getState().flush();
    await t.store.getState().openProject(smallExample().id);
    await startExampleTour(t.store);
    expect(t.store.getState().project?.goals).toHaveLength(FRESH_GOALS + 1);

    await t.store.getState().deleteProject(VOORBEELD_PROJECT_ID);
    expect(runAppCommand(t.store, 'help.tour')).toBe(true);
    await expect.poll(() => t.store.getState().tour?.projectId).toBe(VOORBEELD_PROJECT_ID);
    expect(t.store.getState().project?.goals).toHaveLength(FRESH_GOALS);
  });
});

import { describe, expect, it } from 'vitest';
import { voorbeeldProject } from '../../../shared/example/voorbeeld';
import { smallExample } from '../../fixtures/smallExample';
import { testStore } from '../support/testStore';

async function withExample() {
  const t = testStore();
  await t.store.getState().adoptProject(voorbeeldProject());
  return t;
}

describe('tour slice', () => {
  it('does not start without a project', () => {
    const { store } = testStore();
    store.getState().startTour();
    expect(store.getState().tour).toBeNull();
  });

  it('opens each step’s own view through the store: map, board, analysis for the figures and the comparison', async () => {
    const { store } = await withExample();
    expect(store.getState().view).toBe('goals');
    store.getState().startTour();
    const seen = [store.getState().view];
    for (let step = 1; step < 4; step++) {
      store.getState().tourTo(step);
      seen.push(store.getState().view);
    }
    expect(seen).toEqual(['map', 'board', 'analysis', 'analysis']);
    expect(store.getState().tour?.step).toBe(3);
    store.getState().tourTo(7);
    expect(store.getState().tour?.step).toBe(3);
    store.getState().tourTo(-1);
    expect(store.getState().tour).toMatchObject({ step: 0 });
    expect(store.getState().view).toBe('map');
  });

  it('sets the integral draft beside the classic one at the comparison step, and keeps a comparison already chosen', async () => {
    const { store } = await withExample();
    expect(store.getState().draftId).toBe('div_klassiek');
    store.getState().startTour();
    store.getState().tourTo(2);
    expect(store.getState().compareDraftId).toBeNull();
    store.getState().tourTo(3);
    expect(store.getState().compareDraftId).toBe('div_integraal');

    const other = await withExample();
    other.store.getState().chooseCompareDraft('div_gemengd');
    other.store.getState().startTour();
    other.store.getState().tourTo(3);
    expect(other.store.getState().compareDraftId).toBe('div_gemengd');
  });

  it('skipping returns to the view and comparison the user came from; finishing stays where the tour ended', async () => {
    const { store } = await withExample();
    store.getState().showView('divisions');
    store.getState().startTour();
    store.getState().tourTo(3);
    store.getState().endTour('skip');
    expect(store.getState()).toMatchObject({ tour: null, view: 'divisions', compareDraftId: null });

    store.getState().startTour();
    store.getState().tourTo(3);
    store.getState().endTour('done');
    expect(store.getState()).toMatchObject({ tour: null, view: 'analysis', compareDraftId: 'div_integraal' });
    // Ending twice changes nothing.
    store.getState().endTour('skip');
    expect(store.getState().view).toBe('analysis');
  });

  it('leaves the workshop presentation, which would hide the views, and ends when another project opens or it closes', async () => {
    const { store } = await withExample();
    store.getState().setWorkshop(true);
    store.getState().startTour();
    expect(store.getState().workshop).toBe(false);
    await store.getState().adoptProject(smallExample());
    expect(store.getState().tour).toBeNull();
    store.getState().startTour();
    expect(store.getState().tour?.projectId).toBe(smallExample().id);
    store.getState().closeProject();
    expect(store.getState().tour).toBeNull();
  });

  it('makes no undo step and writes nothing to the project', async () => {
    const { store } = await withExample();
    const project = store.getState().project;
    store.getState().startTour();
    store.getState().tourTo(3);
    store.getState().endTour('done');
    expect(store.getState().project).toBe(project);
    expect(store.getState().history.past).toEqual([]);
  });
});

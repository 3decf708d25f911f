import { describe, expect, it } from 'vitest';
import { VOORBEELD_PROJECT_ID } from '../../../shared/example/voorbeeld';
import { bootstrap } from '../../../renderer/app/bootstrap';
import { createAppStore } from '../../../renderer/store/appStore';
import { TOUR_SEEN_KEY } from '../../../renderer/store/tourSlice';
import { smallExample } from '../../fixtures/smallExample';
import { testStore } from '../support/testStore';

/** The next start of the app on the same database: a new store, the same repository. */
function restart(t: ReturnType<typeof testStore>) {
  return createAppStore({ repository: t.repository, platform: t.platform, now: () => '2026-02-01T00:00:00.000Z' });
}

describe('bootstrap and the tour', () => {
  it('first start opens Gemeente Voorbeeld and starts the tour at the map, remembered as seen at once', async () => {
    const t = testStore();
    await bootstrap(t.store);
    expect(t.store.getState().project?.id).toBe(VOORBEELD_PROJECT_ID);
    expect(t.store.getState().project?.goals).toHaveLength(109);
    expect(t.store.getState().tour).toMatchObject({ step: 0, projectId: VOORBEELD_PROJECT_ID });
    expect(t.store.getState().view).toBe('map');
    expect(await t.repository.getSetting(TOUR_SEEN_KEY)).toBe(true);
  });

  it('does not start the tour again at the next start, skipped or not', async () => {
    const t = testStore();
    await bootstrap(t.store);
    t.store.getState().endTour('skip');
    const next = restart(t);
    await bootstrap(next);
    expect(next.getState().project?.id).toBe(VOORBEELD_PROJECT_ID);
    expect(next.getState().tour).toBeNull();
    expect(next.getState().view).toBe('goals');
  });

  it('starts no tour when another project opens at start-up', async () => {
    const t = testStore();
    await t.repository.saveProject(smallExample());
    await t.repository.setSetting('exampleSeeded', true);
    await t.repository.setSetting('lastProjectId', smallExample().id);
    await bootstrap(t.store);
    expect(t.store.getState().project?.id).toBe(smallExample().id);
    expect(t.store.getState().tour).toBeNull();
    expect(await t.repository.getSetting(TOUR_SEEN_KEY)).toBeUndefined();
  });
});

import { voorbeeldProject, VOORBEELD_PROJECT_ID } from '../../shared/example/voorbeeld';
import type { Locale } from '../i18n/translate';
import type { AppStore } from '../store/appStore';
import { TOUR_SEEN_KEY } from '../store/tourSlice';

/**
 * First start stores the built-in example (Gemeente Voorbeeld) and opens it; later starts reopen the last project, or the list.
 * "First start" is remembered in settings, so deleting the example does not bring it back. The guided tour starts
 * once, on the first start that opens the example; it counts as seen as soon as it shows.
 */
export async function bootstrap(store: AppStore): Promise<void> {
  const s = store.getState();
  const { repository } = s.deps;
  const locale = await repository.getSetting<Locale>('locale');
  if (locale === 'nl' || locale === 'en') store.setState({ locale });
  const seeded = await repository.getSetting<boolean>('exampleSeeded');
  if (!seeded) {
    await repository.saveProject(voorbeeldProject());
    await repository.setSetting('exampleSeeded', true);
    await repository.setSetting('lastProjectId', VOORBEELD_PROJECT_ID);
  }
  await s.refreshLibrary();
  // A file handed over by the OS at start-up may already have opened a project: that one wins.
  const last = await repository.getSetting<string | null>('lastProjectId');
  if (!store.getState().project && last && store.getState().library.some((p) => p.id === last))
    await s.openProject(last);
  if (store.getState().project?.id !== VOORBEELD_PROJECT_ID || (await repository.getSetting<boolean>(TOUR_SEEN_KEY)))
    return;
  await repository.setSetting(TOUR_SEEN_KEY, true);
  store.getState().startTour();
}

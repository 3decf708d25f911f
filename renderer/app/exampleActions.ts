import { VOORBEELD_PROJECT_ID, voorbeeldProject } from '../../shared/example/voorbeeld';
import { isUnchangedExample } from '../../shared/example/voorbeeld/unchanged';
import type { AppStore } from '../store/appStore';
import { proposalKey } from '../store/proposalSlice';

/**
 * Opens Gemeente Voorbeeld: the stored one, or a fresh one when it was deleted (nothing is lost by that). Returns
 * whether it is open; a stored example that cannot be read says so in a notice and stays closed.
 */
async function openExample(store: AppStore): Promise<boolean> {
  const s = store.getState();
  if (s.project?.id === VOORBEELD_PROJECT_ID) return true;
  const stored = (await s.deps.repository.listProjects()).some((p) => p.id === VOORBEELD_PROJECT_ID);
  if (stored) return s.openProject(VOORBEELD_PROJECT_ID);
  await s.adoptProject(voorbeeldProject());
  return store.getState().project?.id === VOORBEELD_PROJECT_ID;
}

/** "Rondleiding" from the help menu: the tour walks through the example, so the example opens first. */
export async function startExampleTour(store: AppStore): Promise<void> {
  if (await openExample(store)) store.getState().startTour();
}

/**
 * Whether restoring would lose something: the example as it is now (on screen when open, else as stored) differs
 * from a fresh one. A deleted example loses nothing; one stored but unreadable counts as changed, to be safe.
 */
export async function exampleChanged(store: AppStore): Promise<boolean> {
  const s = store.getState();
  if (s.project?.id === VOORBEELD_PROJECT_ID) return !isUnchangedExample(s.project);
  const { repository } = s.deps;
  if (!(await repository.listProjects()).some((p) => p.id === VOORBEELD_PROJECT_ID)) return false;
  const { value } = await repository.loadProject(VOORBEELD_PROJECT_ID);
  return !value || !isUnchangedExample(value);
}

/**
 * Stores a fresh example over the old one (same id, so nothing else is touched) and opens it. Like opening a
 * file it makes no undo step: the history of the old example ends here. An optimiser proposal kept for the old
 * one is dropped with it.
 */
export async function putBackExample(store: AppStore): Promise<void> {
  const s = store.getState();
  await s.flush();
  await s.deps.repository.setSetting(proposalKey(VOORBEELD_PROJECT_ID), null);
  await s.adoptProject(voorbeeldProject());
  store.getState().notify({ kind: 'info', key: 'app.example.restored' });
}

/** "Voorbeeld herstellen": at once when nothing would be lost, otherwise after the user confirms. */
export async function restoreExample(store: AppStore): Promise<void> {
  if (await exampleChanged(store)) store.getState().setDialog('restoreExample');
  else await putBackExample(store);
}

import { useEffect } from 'react';
import { commandForKey, menuOwnsKey, runAppCommand } from '../store/commands/appCommands';
import type { AppStore } from '../store/appStore';
import { AppDialogs } from './AppDialogs';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { importProjectFile } from './fileActions';
import { NoticeArea } from './NoticeArea';
import { reportUnexpectedError, reportUnhandledRejections } from './reportUnexpectedError';
import { ProjectList } from './ProjectList';
import { ProjectView } from './ProjectView';
import { StoreProvider, useApp, useT } from './StoreContext';

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password']);

/** Where Ctrl+Z belongs to the field (text being typed), not to the project. Checkboxes and selects do not count. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

const dialogOpen = () => document.querySelector('dialog[open]') !== null;

/** Wires the outside world (keyboard, native menu, file manager, window close) to the one command registry. */
function useShellBindings(store: AppStore) {
  useEffect(() => {
    const { platform } = store.getState().deps;
    // In Electron the native menu owns its accelerators and sends the command (see menuOwnsKey).
    const shell = { nativeMenu: platform.kind === 'electron', windows: /Win/.test(navigator.platform) };
    const onKey = (e: KeyboardEvent) => {
      // Escape leaves the workshop view, unless it is closing a dialog.
      // A view that used the key itself (a drag cancelled, a selection cleared) marked it handled.
      if (e.defaultPrevented) return;
      if (e.key === 'Escape' && store.getState().workshop && !document.querySelector('dialog[open]')) {
        store.getState().setWorkshop(false);
        return;
      }
      const command = commandForKey(e);
      // A modal form owns the keyboard: no project command may run (or close the project) underneath it.
      if (!command || menuOwnsKey(command.id, e, shell) || dialogOpen()) return;
      // Inside a text field, undo belongs to the field.
      if (isTyping(e.target) && command.id.startsWith('edit.')) return;
      if (!command.enabled(store.getState())) return;
      e.preventDefault();
      void command.run(store);
    };
    window.addEventListener('keydown', onKey);
    const offMenu = platform.onMenuCommand((id) => {
      if (dialogOpen()) return;
      // Undo from the menu while typing undoes the typing, as in any Windows program.
      if (id.startsWith('edit.') && isTyping(document.activeElement)) {
        document.execCommand(id === 'edit.undo' ? 'undo' : 'redo');
        return;
      }
      runAppCommand(store, id);
    });
    const offOpen = platform.onOpenFile(
      (file) =>
        void importProjectFile(store, file).catch((error: unknown) => reportUnexpectedError(store, error, file.name)),
    );
    // Buttons, keys and menu start their actions without waiting: whatever fails there unseen becomes a notice.
    const offRejections = reportUnhandledRejections(store, window);
    const offFlush = platform.onFlushRequest(() => {
      // Fields that store on blur (a draft's name, its notes) commit what was typed before the window closes.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      return store.getState().flush();
    });
    // A browser tab cannot wait for a write on close; while one is in flight it asks the user to stay. (Electron
    // flushes through the shell instead, and there this event would silently block closing.)
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (platform.kind !== 'browser' || store.getState().pendingWrites === 0) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
      offMenu();
      offOpen();
      offRejections();
      offFlush();
    };
  }, [store]);

  useEffect(() => {
    const push = () => {
      const s = store.getState();
      // The platform adds the app name and a dirty marker, and sets the page language for screen readers.
      s.deps.platform.setDocumentState({ title: s.project?.name ?? '', dirty: s.saveError !== null, locale: s.locale });
    };
    push();
    return store.subscribe((s, prev) => {
      if (s.project?.name !== prev.project?.name || s.locale !== prev.locale || s.saveError !== prev.saveError) push();
    });
  }, [store]);
}

/**
 * In the browser, opening a project is a step in the tab's history: Back returns to the project list instead of
 * leaving the app (and its unsaved view) altogether.
 */
function useBrowserHistory(store: AppStore) {
  useEffect(() => {
    if (store.getState().deps.platform.kind !== 'browser') return undefined;
    const onPop = () => {
      if (store.getState().project) store.getState().closeProject();
    };
    window.addEventListener('popstate', onPop);
    const off = store.subscribe((s, prev) => {
      if (s.project && s.project.id !== prev.project?.id) window.history.pushState({ projectId: s.project.id }, '');
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      off();
    };
  }, [store]);
}

function Shell() {
  const project = useApp((s) => s.project);
  const workshop = useApp((s) => s.workshop);
  return (
    <div className={`app${workshop ? ' workshop' : ''}`}>
      {workshop && project ? null : <AppHeader />}
      <NoticeArea />
      {project ? <ProjectView /> : <ProjectList />}
      <AppDialogs />
    </div>
  );
}

function Boundary({ children }: { children: React.ReactNode }) {
  const t = useT();
  return (
    <ErrorBoundary title={t('app.crash.title')} hint={t('app.crash.hint')} reloadLabel={t('app.crash.reload')}>
      {children}
    </ErrorBoundary>
  );
}

export function App({ store }: { store: AppStore }) {
  useShellBindings(store);
  useBrowserHistory(store);
  return (
    <StoreProvider store={store}>
      <Boundary>
        <Shell />
      </Boundary>
    </StoreProvider>
  );
}

import type { AppStore } from '../store/appStore';

/** The error's own words, cut short: enough to report it, never a wall of text in a notice. */
function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/**
 * A failure nobody expected (a bug in a reader, a worker that died, storage that refused) in something the user
 * started: an error notice says so, naming the file when there is one, instead of nothing at all happening.
 */
export function reportUnexpectedError(store: AppStore, error: unknown, fileName?: string): void {
  // The notice is for the user; the stack is for whoever reproduces it.
  console.error(error);
  const message = messageOf(error);
  store
    .getState()
    .notify(
      fileName === undefined
        ? { kind: 'error', key: 'app.notice.unexpectedError', params: { message } }
        : { kind: 'error', key: 'app.notice.fileOpenFailed', params: { name: fileName, message } },
    );
}

/**
 * The net under every action started without waiting for it (`void …` from a button, a key, the menu): a promise
 * rejected with no one left to catch it becomes an error notice. Returns the uninstall.
 */
export function reportUnhandledRejections(store: AppStore, target: Window): () => void {
  const onRejection = (e: PromiseRejectionEvent) => {
    e.preventDefault();
    reportUnexpectedError(store, e.reason);
  };
  target.addEventListener('unhandledrejection', onRejection);
  return () => target.removeEventListener('unhandledrejection', onRejection);
}

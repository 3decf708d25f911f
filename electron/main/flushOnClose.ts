import { randomUUID } from 'node:crypto';
import type { App, BrowserWindow } from 'electron';

/** Long enough for an IndexedDB transaction on a slow disk, short enough that a hung page cannot block quitting. */
export const FLUSH_TIMEOUT_MS = 3000;

export type FlushOutcome = 'flushed' | 'timeout';

/** Asks the page to store pending edits and waits for its answer (flushDone) or the timeout. */
export class FlushCoordinator {
  private readonly waiting = new Map<string, () => void>();

  constructor(
    private readonly send: (requestId: string) => void,
    private readonly timeoutMs = FLUSH_TIMEOUT_MS,
  ) {}

  request(): Promise<FlushOutcome> {
    const requestId = randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(requestId);
        resolve('timeout');
      }, this.timeoutMs);
      this.waiting.set(requestId, () => {
        clearTimeout(timer);
        resolve('flushed');
      });
      try {
        this.send(requestId);
      } catch {
        // A page that is gone cannot answer; the timeout ends the wait.
      }
    });
  }

  /** The page's answer; false for an id nobody waits for (late, or made up). */
  done(requestId: string): boolean {
    const finish = this.waiting.get(requestId);
    if (!finish) return false;
    this.waiting.delete(requestId);
    finish();
    return true;
  }
}

export interface CloseGuard {
  flush(): Promise<unknown>;
  /** Runs after the flush, before the window goes: save window state. Its failure must not keep the window open. */
  beforeClose(): Promise<unknown> | void;
}

/**
 * Closing or quitting mid-edit loses nothing: the first close is held back, the page flushes, and then the
 * window closes (or the quit resumes) for real. A second close click while flushing is ignored.
 */
export function guardWindowClose(
  win: BrowserWindow,
  app: Pick<App, 'on' | 'removeListener' | 'quit'>,
  guard: CloseGuard,
): void {
  let phase: 'open' | 'flushing' | 'closing' = 'open';
  let quitting = false;
  const onBeforeQuit = () => {
    quitting = true;
  };
  app.on('before-quit', onBeforeQuit);
  win.once('closed', () => app.removeListener('before-quit', onBeforeQuit));
  win.on('close', (event) => {
    if (phase === 'closing') return;
    event.preventDefault();
    if (phase === 'flushing') return;
    phase = 'flushing';
    void (async () => {
      try {
        await guard.flush();
      } catch {
        // Flushing is best effort; the page's own autosave has run on every edit before.
      }
      try {
        await guard.beforeClose();
      } catch {
        // Losing the window position is not worth keeping the window open.
      }
      phase = 'closing';
      if (quitting) app.quit();
      else if (!win.isDestroyed()) win.close();
    })();
  });
}

import { createLayoutWorker } from './layoutWorkerCore';
import type { LayoutInput, LayoutMessage, LayoutRequest } from './layoutProtocol';

export type { LayoutInput, LayoutMessage } from './layoutProtocol';

/** The part of a Worker the client uses; tests pass an in-process stand-in. */
export interface LayoutWorkerLike {
  postMessage(message: LayoutRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<LayoutMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

/**
 * The same core in this thread, a slice per task as the worker runs it. Only where no Web Worker exists (unit
 * tests under Node); the app in Electron and in browsers always lays out in a real worker.
 */
export function inProcessLayoutWorker(): LayoutWorkerLike {
  let ended = false;
  const w: LayoutWorkerLike = {
    onmessage: null,
    onerror: null,
    terminate() {
      ended = true;
    },
    postMessage: (req) => handle(req),
  };
  const handle = createLayoutWorker(
    (m) => {
      if (!ended) w.onmessage?.({ data: m } as MessageEvent<LayoutMessage>);
    },
    (fn) =>
      setTimeout(() => {
        if (!ended) fn();
      }, 0),
  );
  return w;
}

function defaultWorker(): LayoutWorkerLike {
  if (typeof Worker === 'undefined') return inProcessLayoutWorker();
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }) as unknown as LayoutWorkerLike;
}

export interface LayoutClient {
  /** Starts a new layout; positions of earlier runs that are still on their way are dropped. */
  start(input: LayoutInput): void;
  /** Holds a node where the pointer is while it is dragged; null lets it go. */
  hold(index: number, x: number | null, y: number | null): void;
  /** Stops the running layout (the map keeps the positions it has). */
  stop(): void;
  /** Ends the worker; the client is unusable afterwards. */
  destroy(): void;
}

/**
 * The map's one layout worker, created once with the map and ended with it. The layout runs off the main thread,
 * so the page never waits for it: positions arrive as messages, a few per second while it moves.
 */
export function createLayoutClient(
  onPositions: (m: LayoutMessage) => void,
  onError: (message: string) => void = () => undefined,
  createWorker: () => LayoutWorkerLike = defaultWorker,
): LayoutClient {
  const worker = createWorker();
  let runId = 0;
  let ended = false;
  worker.onmessage = (e) => {
    if (!ended && e.data.runId === runId) onPositions(e.data);
  };
  worker.onerror = (e) => onError(e.message || 'layout worker failed');
  return {
    start(input) {
      if (ended) return;
      runId++;
      worker.postMessage({ type: 'start', runId, input });
    },
    hold(index, x, y) {
      if (!ended) worker.postMessage({ type: 'hold', runId, index, x, y });
    },
    stop() {
      if (!ended) worker.postMessage({ type: 'stop' });
    },
    destroy() {
      if (ended) return;
      ended = true;
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    },
  };
}

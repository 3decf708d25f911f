import type { WorkerLike } from '../../../renderer/workers/optimiserClient';
import { handleOptimiserRequest } from '../../../renderer/workers/optimiserWorkerCore';
import type { OptimiserMessage, OptimiserRequest } from '../../../renderer/workers/optimiserProtocol';

export type FakeWorker = WorkerLike & { terminated: boolean; requests: OptimiserRequest[] };

/**
 * Runs the worker's code in-process, posting messages asynchronously as a real worker would; `seen` hears each
 * message after the client has.
 */
export function fakeWorker(seen?: (m: OptimiserMessage) => void): FakeWorker {
  const w: FakeWorker = {
    terminated: false,
    requests: [],
    onmessage: null,
    onerror: null,
    terminate() {
      w.terminated = true;
    },
    postMessage(req: OptimiserRequest) {
      w.requests.push(req);
      const post = (m: OptimiserMessage) =>
        queueMicrotask(() => {
          if (w.terminated) return;
          w.onmessage?.({ data: m } as MessageEvent<OptimiserMessage>);
          seen?.(m);
        });
      setTimeout(() => void handleOptimiserRequest(req, post), 0);
    },
  };
  return w;
}

/** A factory that remembers every worker it made. */
export function workerPool(seen?: (m: OptimiserMessage) => void): { create: () => WorkerLike; made: FakeWorker[] } {
  const made: FakeWorker[] = [];
  return {
    made,
    create: () => {
      const w = fakeWorker(seen);
      made.push(w);
      return w;
    },
  };
}

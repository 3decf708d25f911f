import { handleFileImportRequest } from './fileImportWorkerCore';
import type { Goal, Link } from '../../shared/model';
import type { FileImportMessage, FileImportOutcome, FileImportProgress, FileImportRequest } from './fileImportProtocol';

export type { FileImportOutcome, FileImportProgress, FileImportRequest } from './fileImportProtocol';

/** The part of a Worker the client uses; tests pass an in-process stand-in. */
export interface FileImportWorkerLike {
  postMessage(message: FileImportRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<FileImportMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

/**
 * The same core in this thread, answering after the current task as a worker would. Only where no Web Worker
 * exists (unit tests under Node); the app in Electron and in browsers always gets a real one.
 */
export function inProcessWorker(): FileImportWorkerLike {
  let ended = false;
  const w: FileImportWorkerLike = {
    onmessage: null,
    onerror: null,
    terminate() {
      ended = true;
    },
    postMessage(req) {
      const post = (m: FileImportMessage) =>
        queueMicrotask(() => {
          if (!ended) w.onmessage?.({ data: m } as MessageEvent<FileImportMessage>);
        });
      setTimeout(() => {
        if (ended) return;
        const fail = (err: unknown) =>
          post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
        try {
          void handleFileImportRequest(req, post)?.catch(fail);
        } catch (err) {
          fail(err);
        }
      }, 0);
    },
  };
  return w;
}

function defaultWorker(): FileImportWorkerLike {
  if (typeof Worker === 'undefined') return inProcessWorker();
  return new Worker(new URL('./fileImport.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as FileImportWorkerLike;
}

/** The outcome with the goals and links that came in parts put back. */
export function joinParts(outcome: FileImportOutcome, goals: Goal[], links: Link[]): FileImportOutcome {
  if (!outcome.ok) return outcome;
  if (outcome.type === 'goals') return { ...outcome, goals };
  if (outcome.type === 'links') return { ...outcome, links };
  if (outcome.type === 'exchange') return outcome;
  return { ...outcome, project: { ...outcome.project, goals, links } };
}

export interface FileImportRun {
  promise: Promise<FileImportOutcome>;
  /** Ends the worker at once; the promise resolves as cancelled and whatever the worker had read is dropped. */
  cancel(): void;
}

/**
 * Reads and checks one file (a project file, or goals or links CSV against a project) in a Web Worker, so a big
 * file never freezes the window. One worker per file: the reading is synchronous inside it, so cancelling
 * terminates it rather than asking it to stop.
 */
export function runFileImport(
  request: FileImportRequest,
  onProgress?: (p: FileImportProgress) => void,
  createWorker: () => FileImportWorkerLike = defaultWorker,
): FileImportRun {
  let settled = false;
  let resolve!: (o: FileImportOutcome) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<FileImportOutcome>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const worker = createWorker();
  const finish = (outcome: FileImportOutcome | Error): void => {
    if (settled) return;
    settled = true;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    if (outcome instanceof Error) reject(outcome);
    else resolve(outcome);
  };
  const goals: Goal[] = [];
  const links: Link[] = [];
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.type === 'progress') onProgress?.(m.progress);
    else if (m.type === 'part') {
      if (m.collection === 'goals') for (const g of m.items) goals.push(g);
      else for (const l of m.items) links.push(l);
    } else if (m.type === 'result') finish(joinParts(m.outcome, goals, links));
    else finish(new Error(m.message));
  };
  worker.onerror = (e) => finish(new Error(e.message || 'file import worker failed'));
  worker.postMessage(request);
  return { promise, cancel: () => finish({ ok: false, cancelled: true, problems: [] }) };
}

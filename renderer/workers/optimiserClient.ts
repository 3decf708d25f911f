import type { Project } from '../../shared/model/project';
import type { OptimiserClientProgress, OptimiserMessage, OptimiserOutcome, OptimiserRequest, OptimiserRunOptions } from './optimiserProtocol';

export type { OptimiserClientProgress, OptimiserOutcome, OptimiserRunOptions } from './optimiserProtocol';

/** The part of a Worker the client uses; tests pass an in-process stand-in. */
export interface WorkerLike {
  postMessage(message: OptimiserRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<OptimiserMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./optimiser.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

export interface OptimiserRun {
  promise: Promise<OptimiserOutcome>;
  /** Ends the worker at once; the promise resolves with the best division seen so far, marked cancelled. */
  cancel(): void;
}

/**
 * Runs the optimiser (and then the lower bound) for one division off the UI thread. One worker per run: the
 * search is synchronous inside the worker, so cancelling terminates it rather than asking it to stop.
 */
export function runOptimiser(
  project: Project,
  divisionId: string,
  options: OptimiserRunOptions,
  onProgress?: (p: OptimiserClientProgress) => void,
  createWorker: () => WorkerLike = defaultWorker,
): OptimiserRun {
  const worker = createWorker();
  let settled = false;
  let best: { assignments: Record<string, string>; cut: number } | null = null;
  let resolve!: (o: OptimiserOutcome) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<OptimiserOutcome>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const finish = (outcome: OptimiserOutcome | Error): void => {
    if (settled) return;
    settled = true;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    if (outcome instanceof Error) reject(outcome);
    else resolve(outcome);
  };
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.type === 'progress') onProgress?.(m.progress);
    else if (m.type === 'best') best = { assignments: m.assignments, cut: m.cut };
    else if (m.type === 'result') finish(m.outcome);
    else finish(new Error(m.message));
  };
  worker.onerror = (e) => finish(new Error(e.message || 'optimiser worker failed'));
  worker.postMessage({ type: 'run', project, divisionId, options });
  return {
    promise,
    cancel: () =>
      finish(best ? { ok: true, assignments: best.assignments, cut: best.cut, cancelled: true } : { ok: false, cancelled: true, problems: [] }),
  };
}

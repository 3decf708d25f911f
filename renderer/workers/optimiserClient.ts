import type { Project } from '../../shared/model/project';
import type { Placement } from '../../shared/model/operations/placementOps';
import { OPTIMISER_LANES, laneBeats, laneSeed, type OptimiseProgress } from '../../shared/optimiser';
import type { LowerBoundResult } from '../../shared/optimiser';
import type {
  CurveOutcome,
  OptimiserClientProgress,
  OptimiserMessage,
  OptimiserOutcome,
  OptimiserRequest,
  OptimiserRunOptions,
} from './optimiserProtocol';

export type { CurveOutcome, OptimiserClientProgress, OptimiserOutcome, OptimiserRunOptions } from './optimiserProtocol';

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
  /** The whole outcome: the proposal with its curve and bound (those that arrived when stopped). */
  promise: Promise<OptimiserOutcome>;
  /**
   * Ends the workers at once. Before the proposal is found the promise resolves with the best division seen so
   * far, marked cancelled; after, with the proposal and whatever of its curve and bound had arrived, marked stopped.
   */
  cancel(): void;
}

type Found = Extract<OptimiserOutcome, { ok: true }>;

/** What a run tells as it goes, in this order: progress, the proposal once found, then its curve and its bound. */
export interface OptimiserHooks {
  onProgress?(p: OptimiserClientProgress): void;
  /** The chosen lane's proposal, as soon as every lane is done: before the curve and the bound are computed. */
  onFound?(found: Found): void;
  onCurve?(curve: CurveOutcome): void;
  /** Null when the division's constraints did not hold for the bound. */
  onBound?(bound: LowerBoundResult | null): void;
}

/** One progress over all lanes: the slowest phase, the mean fraction, the lowest cut. */
function mergeProgress(lanes: readonly OptimiseProgress[]): OptimiserClientProgress {
  const phase = lanes.every((p) => p.phase === 'done')
    ? 'done'
    : lanes.some((p) => p.phase !== 'construct')
      ? 'search'
      : 'construct';
  return {
    kind: 'search',
    phase,
    fraction: lanes.reduce((s, p) => s + p.fraction, 0) / lanes.length,
    bestCut: lanes.reduce((m, p) => Math.min(m, p.bestCut), Infinity),
  };
}

/**
 * Runs the optimiser for one division off the UI thread: `lanes` searches in parallel workers with seeds derived
 * from the user's seed (the better cut wins, ties to the first lane, so a seed gives one answer). The winner is
 * told at once (`onFound`): the search takes about a second, the bound several, and the user should not wait for
 * the bound to see the proposal. Then two workers side by side compute the move curve from the draft to the
 * proposal and the lower bound of its cut; the promise resolves when both are in. The search is synchronous inside
 * a worker, so cancelling terminates the workers rather than asking them to stop.
 */
export function runOptimiser(
  project: Project,
  divisionId: string,
  options: OptimiserRunOptions,
  hooks: OptimiserHooks = {},
  createWorker: () => WorkerLike = defaultWorker,
  lanes: number = OPTIMISER_LANES,
): OptimiserRun {
  const { onProgress } = hooks;
  const live = new Set<WorkerLike>();
  let settled = false;
  let best: { placement: Placement; assignments: Record<string, string>; cut: number; lane: number } | null = null;
  let chosen: Found | null = null;
  const results: (Found | undefined)[] = Array.from({ length: lanes }, () => undefined);
  const progress: OptimiseProgress[] = Array.from({ length: lanes }, () => ({
    phase: 'construct',
    fraction: 0,
    bestCut: Infinity,
  }));
  let resolve!: (o: OptimiserOutcome) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<OptimiserOutcome>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const end = (w: WorkerLike): void => {
    w.onmessage = null;
    w.onerror = null;
    w.terminate();
    live.delete(w);
  };
  const finish = (outcome: OptimiserOutcome | Error): void => {
    if (settled) return;
    settled = true;
    for (const w of [...live]) end(w);
    if (outcome instanceof Error) reject(outcome);
    else resolve(outcome);
  };
  /** A worker; a failure ends the run unless `onFail` takes it (the curve and the bound fail alone). */
  const spawn = (onMessage: (m: OptimiserMessage) => void, onFail?: (message: string) => void): WorkerLike => {
    const w = createWorker();
    live.add(w);
    const fail = onFail ?? ((message: string) => finish(new Error(message)));
    w.onmessage = (e) => (e.data.type === 'error' ? fail(e.data.message) : onMessage(e.data));
    w.onerror = (e) => fail(e.message || 'optimiser worker failed');
    return w;
  };
  // After the lanes: what has arrived of the curve and the bound, and how many of the two are still out.
  let after: { curve?: CurveOutcome; bound?: LowerBoundResult; out: number } | null = null;
  const outcomeSoFar = (found: Found): Found => ({
    ...found,
    ...(after?.curve ? { curve: after.curve } : {}),
    ...(after?.bound ? { bound: after.bound } : {}),
  });
  const arrived = (found: Found): void => {
    if (after && --after.out === 0) finish(outcomeSoFar(found));
  };
  // The proposal is found by then: a curve or a bound that fails leaves it standing, said as the curve's problem
  // or as no bound.
  const startCurve = (found: Found): void => {
    const got = (curve: CurveOutcome) => {
      end(w);
      after!.curve = curve;
      hooks.onCurve?.(curve);
      arrived(found);
    };
    const w = spawn(
      (m) => {
        if (m.type === 'curve') got(m.curve);
      },
      (message) => got({ problems: [{ code: 'optimiserFailed', params: { message } }] }),
    );
    w.postMessage({ type: 'curve', project, divisionId, options, assignments: found.assignments });
  };
  const startBound = (found: Found): void => {
    const got = (bound: LowerBoundResult | null) => {
      end(w);
      if (bound) after!.bound = bound;
      hooks.onBound?.(bound);
      arrived(found);
    };
    const w = spawn(
      (m) => {
        if (m.type === 'progress') onProgress?.(m.progress);
        else if (m.type === 'bound') got(m.bound);
      },
      () => got(null),
    );
    w.postMessage({ type: 'bound', project, divisionId, options, upperBound: found.cut });
  };
  const laneDone = (lane: number, outcome: OptimiserOutcome): void => {
    if (!outcome.ok) {
      finish(outcome);
      return;
    }
    results[lane] = outcome;
    if (results.some((r) => r === undefined)) return;
    let win = 0;
    for (let l = 1; l < lanes; l++) if (laneBeats(results[l]!, l, results[win]!, win)) win = l;
    const found = results[win]!;
    chosen = found;
    hooks.onFound?.(found);
    // The hook may have cancelled the run.
    if (settled) return;
    const curve = options.curve !== false;
    const bound = options.bound !== false;
    after = { out: Number(curve) + Number(bound) };
    if (after.out === 0) return finish(found);
    if (curve) startCurve(found);
    if (bound) startBound(found);
  };
  for (let lane = 0; lane < lanes; lane++) {
    const w = spawn((m) => {
      if (m.type === 'progress' && m.progress.kind === 'search') {
        progress[lane] = m.progress;
        onProgress?.(mergeProgress(progress));
      } else if (m.type === 'best') {
        if (!best || laneBeats(m, lane, best, best.lane))
          best = { placement: m.placement, assignments: m.assignments, cut: m.cut, lane };
      } else if (m.type === 'result') {
        end(w);
        laneDone(lane, m.outcome);
      }
    });
    w.postMessage({
      type: 'run',
      project,
      divisionId,
      options: { ...options, seed: laneSeed(options.seed, lane), bound: false },
    });
  }
  return {
    promise,
    cancel: () => {
      if (chosen) return finish({ ...outcomeSoFar(chosen), stopped: true });
      finish(
        best
          ? { ok: true, placement: best.placement, assignments: best.assignments, cut: best.cut, cancelled: true }
          : { ok: false, cancelled: true, problems: [] },
      );
    },
  };
}

import { Worker } from 'node:worker_threads';
import { OPTIMISER_LANES, laneBeats, laneSeed } from '../../shared/optimiser';
import type { LaneAnswer, LaneJob } from './laneWorker';

function runLane(job: LaneJob): Promise<LaneAnswer> {
  return new Promise((resolve, reject) => {
    // A worker thread does not inherit tsx's loader: register it inside the thread, then load the lane.
    const url = new URL('./laneWorker.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); })`;
    const w = new Worker(boot, { eval: true, workerData: job });
    w.once('message', (m: LaneAnswer) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

/**
 * The app's search for one synthetic instance: the lanes in parallel worker threads (as the app's Web Workers),
 * the better cut kept. `ms` is the slowest lane's search time
 * (worker start-up and building the instance left out, as in the app's own figure).
 */
export async function parallelLanes(
  job: Omit<LaneJob, 'seed'> & { seed: number },
): Promise<{ cut: number | null; parts: Int32Array; ms: number; laneCuts: (number | null)[]; problems: string[] }> {
  const answers = await Promise.all(
    Array.from({ length: OPTIMISER_LANES }, (_, l) => runLane({ ...job, seed: laneSeed(job.seed, l) })),
  );
  const ms = Math.max(...answers.map((a) => a.ms));
  if (answers.some((a) => a.cut === null))
    return {
      cut: null,
      parts: new Int32Array(0),
      ms,
      laneCuts: answers.map((a) => a.cut),
      problems: answers[0]!.problems,
    };
  let win = 0;
  for (let l = 1; l < answers.length; l++)
    if (laneBeats({ cut: answers[l]!.cut! }, l, { cut: answers[win]!.cut! }, win)) win = l;
  return { cut: answers[win]!.cut, parts: answers[win]!.parts!, ms, laneCuts: answers.map((a) => a.cut), problems: [] };
}

// npx tsx scripts/bench/boundWork.ts [--sizes 60,120,200,300,500] [--ks 5,7] [--only /7/budget] [--limit 5000]
// [--clock 5]: the lower bound alone on the issue-8 instances, as the app runs it after a search (no known cut, so
// nothing closes early), with its figure, method, why it stopped, the work done and the time. --limit is the
// bound's time limit (the app's 5,000 ms before issue 21; a safety stop of 60 s since). --clock F runs the bound
// under a clock that goes F times too fast (the same figures must come out unless the safety stop fires).
import { lowerBound, type LowerBoundResult } from '../../shared/optimiser';
import { issue8Instances } from './issue8Instances';
import { REFERENCE_BEST } from './referenceBest';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const sizes = arg('--sizes', '60,120,200,300,500').split(',').map(Number);
const ks = arg('--ks', '5,7').split(',').map(Number);
const only = arg('--only', '');
const limit = Number(arg('--limit', '60000'));
const clock = Number(arg('--clock', '1'));

if (clock !== 1) {
  const real = performance.now.bind(performance);
  const start = real();
  performance.now = () => start + (real() - start) * clock;
}

/** Read loosely, so the script also runs on the code before issue 21 (no `stoppedBy`). */
function stoppedBy(r: LowerBoundResult): string {
  const d = r.details as Record<string, unknown>;
  return typeof d['stoppedBy'] === 'string' ? d['stoppedBy'] : '–';
}

console.log(`limit ${limit} ms, clock ×${clock}`);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
console.log(
  'instance             | bound    | method            | stopped | steps | rounds | LP its | ms    | cpu ms | gap to best',
);
for (const { name, k, balance, graph, locked } of issue8Instances(sizes, ks)) {
  if (!name.includes(only)) continue;
  const t0 = Date.now();
  const c0 = cpu();
  const r = await lowerBound(graph, { k, locked, balance, timeLimitMs: limit });
  const ms = Date.now() - t0;
  const cpuMs = Math.round(cpu() - c0);
  const best = REFERENCE_BEST[name];
  const gap = best !== undefined && r.bound > 0 ? `${((best / r.bound - 1) * 100).toFixed(1)} %` : '–';
  console.log(
    [
      name.padEnd(20),
      r.bound.toFixed(2).padStart(8),
      r.method.padEnd(17),
      stoppedBy(r).padEnd(7),
      String(r.details.spectralSteps ?? '–').padStart(5),
      String(r.details.lpRounds ?? '–').padStart(6),
      String((r.details as Record<string, unknown>)['lpIterations'] ?? '–').padStart(6),
      String(ms).padStart(5),
      String(cpuMs).padStart(6),
      gap,
    ].join(' | '),
  );
}

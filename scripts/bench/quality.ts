// npx tsx scripts/bench/quality.ts [--sizes 120,300,500] [--ks 5,7] [--seeds 1] [--effort 1] [--single]
// [--only /7/budget]: the issue-8 quality instances only (--only: those whose name contains the text), against
// the reference "best" in RESULTS.md (the lowest cut any method found there). By default each seed runs the app's
// search (parallel lanes); --single runs one lane (optimiseDivision) per seed.
import { parallelLanes } from './lanes';
import { issue8Instances } from './issue8Instances';
import { optimiseDivision } from '../../shared/optimiser';
import { REFERENCE_BEST } from './referenceBest';

export { REFERENCE_BEST } from './referenceBest';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const sizes = arg('--sizes', '120,300,500').split(',').map(Number);
const seeds = arg('--seeds', '1').split(',').map(Number);
const ks = arg('--ks', '5,7').split(',').map(Number);
if (ks.some((k) => !Number.isInteger(k) || k < 2))
  throw new Error(`--ks: portfolio counts of 2 or more, got ${arg('--ks', '')}`);
const effort = Number(arg('--effort', '1'));
const single = process.argv.includes('--single');
const only = arg('--only', '');
let within = 0;
let count = 0;
let worst = 1;
// Per user seed: instances within 1 % of the reference, and the worst instance.
const seedWithin = seeds.map(() => 0);
const seedWorst = seeds.map(() => ({ ratio: 1, name: '' }));
const slowest = new Map<number, number>();
for (const { name, n, k, balance, lockedCount, projectSeed, graph: g, locked } of issue8Instances(sizes, ks)) {
  if (!name.includes(only)) continue;
  const cuts: number[] = [];
  const ms: number[] = [];
  const problems = new Set<string>();
  for (const seed of seeds) {
    if (single) {
      const r = optimiseDivision(g, { k, locked, balance, seed, effort });
      if (r.ok) {
        cuts.push(r.cut);
        ms.push(r.stats.elapsedMs);
      } else for (const p of r.problems) problems.add(p.code);
      continue;
    }
    const r = await parallelLanes({ goals: n, k, projectSeed, locked: lockedCount, balance, seed, effort });
    if (r.cut !== null) {
      cuts.push(r.cut);
      ms.push(r.ms);
    } else for (const p of r.problems) problems.add(p);
  }
  // An instance without a feasible division (e.g. one goal's budget above a portfolio's cap) is not counted.
  if (cuts.length === 0) {
    console.log(`${name.padEnd(20)} no feasible division${problems.size > 0 ? `: ${[...problems].join(', ')}` : ''}`);
    continue;
  }
  const best = Math.min(...cuts);
  const ref = REFERENCE_BEST[name] ?? best;
  cuts.forEach((cut, i) => {
    const r = cut / Math.min(ref, best);
    if (r <= 1.01) seedWithin[i]!++;
    if (r > seedWorst[i]!.ratio) seedWorst[i] = { ratio: r, name };
  });
  slowest.set(n, Math.max(slowest.get(n) ?? 0, ...ms));
  const ratio = best / Math.min(ref, best);
  count++;
  if (ratio <= 1.01) within++;
  worst = Math.max(worst, ratio);
  console.log(
    `${name.padEnd(20)} cuts ${cuts.join(' ')}  ref ${ref}  ratio ${ratio.toFixed(4)}  ms ${ms.map((x) => x.toFixed(0)).join(' ')}${best < ref ? '  NEW BEST' : ''}`,
  );
}
console.log(`within 1 %: ${within}/${count}; worst ratio ${worst.toFixed(4)}`);
seeds.forEach((seed, i) =>
  console.log(
    `seed ${seed}: within 1 % on ${seedWithin[i]}/${count}; worst ${seedWorst[i]!.name || '–'} ${seedWorst[i]!.ratio.toFixed(4)}`,
  ),
);
for (const [n, ms] of slowest) console.log(`${n} goals: slowest ${single ? 'run' : 'lane'} ${ms.toFixed(0)} ms`);

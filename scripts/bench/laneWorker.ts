// One optimiser lane in a worker thread, so the bench times lanes running side by side as the app runs them.
import { parentPort, workerData } from 'node:worker_threads';
import { syntheticProject, optimiseDivision, type Balance } from '../../shared/optimiser';
import { buildCompactGraph, partsOf } from '../../shared/analysis/compactGraph';

export interface LaneJob {
  goals: number;
  k: number;
  projectSeed: number;
  locked: number;
  balance: Balance;
  seed: number;
  effort: number;
}

export interface LaneAnswer {
  cut: number | null;
  parts: Int32Array | null;
  ms: number;
  problems: string[];
}

const job = workerData as LaneJob;
const p = syntheticProject({ goals: job.goals, portfolios: job.k, seed: job.projectSeed, locked: job.locked });
const g = buildCompactGraph(p);
const parts = partsOf(g, p.divisions[0]!);
const locked = new Int32Array(g.n).fill(-1);
for (const id of p.divisions[0]!.locked) locked[g.goalIndex.get(id)!] = parts[g.goalIndex.get(id)!]!;
const t0 = performance.now();
const r = optimiseDivision(g, { k: job.k, locked, balance: job.balance, seed: job.seed, effort: job.effort });
const answer: LaneAnswer = r.ok
  ? { cut: r.cut, parts: r.parts, ms: performance.now() - t0, problems: [] }
  : { cut: null, parts: null, ms: 0, problems: r.problems.map((x) => x.code) };
parentPort!.postMessage(answer);

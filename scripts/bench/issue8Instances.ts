import { syntheticProject, type Balance } from '../../shared/optimiser';
import { buildCompactGraph, partsOf, type CompactGraph } from '../../shared/analysis/compactGraph';
import type { Project } from '../../shared/model/project';

export interface Issue8Instance {
  /** "goals/k/balance/lockedL", the row name in RESULTS.md and the key of the reference cuts. */
  name: string;
  n: number;
  k: number;
  balance: Balance;
  lockedCount: number;
  /** Seed of the synthetic project, so worker threads can rebuild the same one. */
  projectSeed: number;
  project: Project;
  graph: CompactGraph;
  /** Part of each locked goal, -1 for free goals. */
  locked: Int32Array;
}

/** The part each locked goal holds in the project's one division, -1 for free goals. */
export function lockedOf(g: CompactGraph, p: Project): Int32Array {
  const parts = partsOf(g, p.divisions[0]!);
  const locked = new Int32Array(g.n).fill(-1);
  for (const id of p.divisions[0]!.locked) locked[g.goalIndex.get(id)!] = parts[g.goalIndex.get(id)!]!;
  return locked;
}

/**
 * The issue-8 grid: each size × k (the benchmark's 5 and 7 unless told) × goals ±1 and budget ±5 % × 0 and 5
 * locked goals.
 */
export function* issue8Instances(sizes: readonly number[], ks: readonly number[] = [5, 7]): Generator<Issue8Instance> {
  for (const n of sizes)
    for (const k of ks)
      for (const balance of [
        { by: 'goals', tolerance: 0 },
        { by: 'budget', tolerance: 0.05 },
      ] as Balance[])
        for (const lockedCount of [0, 5]) {
          const projectSeed = 1000 + n * 10 + k;
          const project = syntheticProject({ goals: n, portfolios: k, seed: projectSeed, locked: lockedCount });
          const graph = buildCompactGraph(project);
          const name = `${n}/${k}/${balance.by === 'goals' ? 'goals±1' : 'budget±5%'}/${lockedCount}L`;
          yield { name, n, k, balance, lockedCount, projectSeed, project, graph, locked: lockedOf(graph, project) };
        }
}

import type { Project } from '../../shared/model/project';
import { partsOf, type CompactGraph } from '../../shared/analysis/compactGraph';
import { coherenceReport } from '../../shared/analysis/coherenceReport';
import { scoreParts } from '../../shared/analysis/scoreParts';

/**
 * The reference of issue 8: one bare typed-array pass over all links, summing the weight of links whose ends lie
 * in different parts (the least any report must do). Its own function, with the arrays in locals, so the JIT
 * optimises it as well as it can: the ratio must not flatter the report by a slow reference.
 */
export function bareCutPass(g: CompactGraph, parts: Int32Array): number {
  const { src, dst, weight, m } = g;
  let cut = 0;
  for (let e = 0; e < m; e++) if (parts[src[e]!] !== parts[dst[e]!]) cut += weight[e]!;
  return cut;
}

export interface ScoringTimes {
  reportMs: number;
  partsOfMs: number;
  scorePartsMs: number;
  bareMs: number;
}

/**
 * Medians in the steady state: the full report (from the project and its compact graph), the division's ids →
 * parts step, scoreParts and the bare pass, interleaved round by round so load and cache state fall on all of them
 * alike; the first quarter of the rounds is warm-up and not counted. Like the compact graph, the division's parts
 * are remembered per graph and assignments (`divisionParts`), so the report here reuses them; `partsOfMs` is that
 * step done afresh, which a report pays once after each change of the division.
 */
export function scoringTimes(p: Project, divisionId: string, g: CompactGraph, rounds: number): ScoringTimes {
  const division = p.divisions.find((d) => d.id === divisionId)!;
  const parts = partsOf(g, division);
  const k = division.portfolioIds.length;
  let sink = 0;
  const runs: [keyof ScoringTimes, () => void][] = [
    ['bareMs', () => (sink += bareCutPass(g, parts))],
    ['reportMs', () => (sink += coherenceReport(p, divisionId, g).cut.cut)],
    ['partsOfMs', () => (sink += partsOf(g, division)[0]!)],
    ['scorePartsMs', () => (sink += scoreParts(g, parts, k).cut)],
  ];
  const samples = new Map<keyof ScoringTimes, number[]>(runs.map(([name]) => [name, []]));
  const warmUp = Math.floor(rounds / 4);
  for (let r = 0; r < rounds + warmUp; r++) {
    for (const [name, run] of runs) {
      const t0 = performance.now();
      run();
      const t = performance.now() - t0;
      if (r >= warmUp) samples.get(name)!.push(t);
    }
  }
  if (sink === -1) console.log('');
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return {
    reportMs: median(samples.get('reportMs')!),
    partsOfMs: median(samples.get('partsOfMs')!),
    scorePartsMs: median(samples.get('scorePartsMs')!),
    bareMs: median(samples.get('bareMs')!),
  };
}

import { cutOf, type Limits, type PartGraph } from './partGraph';
import { multilevelPartition, type MultilevelOptions } from './multilevel';
import type { Rng } from './prng';

export interface EvolveOptions {
  ml: MultilevelOptions;
  /** Total iteration budget over all cycles. */
  budget: number;
  population: number;
  /**
   * Independent populations (islands) that share the budget before their best members meet in a last
   * population; 1 runs one population throughout.
   */
  islands?: number;
  /** Extra starts that compete from the beginning (e.g. the current division after a tabu search). */
  seeds: readonly Int32Array[];
  shouldStop(): boolean;
  /** Iterations already spent, reported as they grow. */
  onSpent?(iterations: number, bestCut: number): void;
  /** Called with each division that enters the population. */
  onBest?(part: Int32Array): void;
  /**
   * Improves each island's best division in place before the islands meet (the optimiser re-pairs clusters
   * between parts, see rebisect); returns the iterations it spent, which count against the budget.
   */
  polish?(part: Int32Array): number;
}

/**
 * Share of the budget for the last population, where the islands' best divisions are recombined. One population
 * converged early into one basin per seed (more budget rarely changed its result); four islands that meet at the
 * end reached the long-run best far more often for the same time (scripts/bench/RESULTS.md).
 */
const MERGE_SHARE = 0.4;

/**
 * Islands for a budget: about ten V-cycles each (a V-cycle costs about 10·n iterations: five per node on levels
 * that sum to about 2·n), at least four and at most six. Four suits k = 5 to 9 at 500 goals, where the budget
 * buys 35 to 70 cycles; at k = 3 a cheaper step buys about 95, and with six islands 4 of 32 runs at 500 goals
 * missed the best known cut by over 1 % instead of 8 (seeds 1–16, one sample; scripts/bench/RESULTS.md).
 */
export function islandsFor(budget: number, n: number): number {
  const cycles = budget / (10 * Math.max(1, n));
  return Math.max(4, Math.min(6, Math.round((cycles * (1 - MERGE_SHARE)) / 10)));
}

interface Member {
  part: Int32Array;
  cut: number;
}

/**
 * Islands of the memetic loop below, one after another with an equal share of the budget, then a last population
 * that starts from each island's best (polished, when a polish is given) and recombines them. Returns the best
 * division and the iterations spent.
 */
export function evolve(
  g: PartGraph,
  lim: Limits,
  rng: Rng,
  o: EvolveOptions,
): { best: Member | null; iterations: number; cycles: number } {
  const islands = o.islands ?? 1;
  if (islands <= 1 || o.budget <= 1) return evolveIsland(g, lim, rng, o);
  const bests: Int32Array[] = [];
  let iterations = 0;
  let cycles = 0;
  const share = (o.budget * (1 - MERGE_SHARE)) / islands;
  for (let i = 0; i < islands && !o.shouldStop(); i++) {
    const before = iterations;
    const r = evolveIsland(g, lim, rng, {
      ...o,
      budget: share,
      seeds: i === 0 ? o.seeds : [],
      onSpent: (it, b) => o.onSpent?.(before + it, b),
    });
    iterations += r.iterations;
    cycles += r.cycles;
    if (r.best) {
      const part = r.best.part.slice();
      iterations += o.polish?.(part) ?? 0;
      bests.push(part);
    }
  }
  const before = iterations;
  const last = {
    ...o,
    budget: Math.max(1, o.budget - iterations),
    seeds: bests,
    population: Math.max(o.population, bests.length),
  };
  const r = evolveIsland(g, lim, rng, { ...last, onSpent: (it, b) => o.onSpent?.(before + it, b) });
  return { best: r.best, iterations: iterations + r.iterations, cycles: cycles + r.cycles };
}

/**
 * A small memetic loop over multilevel V-cycles. Fresh cycles fill a population; then each step recombines two
 * members by coarsening only where both agree (the better parent survives as a start, so a child is never
 * worse than it) or re-cycles one member alone, and the child replaces the worst member when it is better and
 * not already present. Returns the best division and the iterations spent.
 */
function evolveIsland(
  g: PartGraph,
  lim: Limits,
  rng: Rng,
  o: EvolveOptions,
): { best: Member | null; iterations: number; cycles: number } {
  const pop: Member[] = [];
  let iterations = 0;
  let cycles = 0;
  const bestCut = (): number => pop.reduce((m, x) => Math.min(m, x.cut), Infinity);
  const add = (part: Int32Array): void => {
    const cut = cutOf(g, part);
    if (pop.some((x) => Math.abs(x.cut - cut) < 1e-9 && x.part.every((p, i) => p === part[i]))) return;
    if (pop.length < o.population) pop.push({ part, cut });
    else {
      let worst = 0;
      for (let i = 1; i < pop.length; i++) if (pop[i]!.cut > pop[worst]!.cut) worst = i;
      if (!(cut < pop[worst]!.cut - 1e-9)) return;
      pop[worst] = { part, cut };
    }
    o.onBest?.(part);
  };
  const cycle = (parents: Int32Array[]): void => {
    const res = multilevelPartition(g, lim, rng, o.ml, parents);
    cycles++;
    iterations += res ? res.iterations : g.n;
    if (res) add(res.part);
    o.onSpent?.(iterations, bestCut());
  };
  for (const s of o.seeds) add(s);
  while (pop.length < o.population && iterations < o.budget && !o.shouldStop()) cycle([]);
  while (iterations < o.budget && !o.shouldStop() && pop.length > 0) {
    const sorted = pop.slice().sort((a, b) => a.cut - b.cut);
    const a = sorted[Math.min(rng.int(sorted.length), rng.int(sorted.length))]!;
    const r = rng.next();
    if (r < 0.15 || pop.length < 2) cycle([]);
    else if (r < 0.4) cycle([a.part]);
    else {
      let b = pop[rng.int(pop.length)]!;
      if (b === a) b = pop[(pop.indexOf(a) + 1) % pop.length]!;
      cycle(b.cut < a.cut ? [b.part, a.part] : [a.part, b.part]);
    }
  }
  if (pop.length === 0) return { best: null, iterations, cycles };
  let best = pop[0]!;
  for (const m of pop) if (m.cut < best.cut) best = m;
  return { best, iterations, cycles };
}

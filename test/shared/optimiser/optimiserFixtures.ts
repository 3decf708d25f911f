import { syntheticProject } from '../../../shared/optimiser/synthetic';
import { buildCompactGraph, partsOf, type CompactGraph } from '../../../shared/analysis/compactGraph';
import { balanceLimits, type Balance } from '../../../shared/optimiser/search/balanceLimits';
import {
  cutOf,
  isFeasible,
  partGraphOf,
  type Limits,
  type PartGraph,
} from '../../../shared/optimiser/search/partGraph';
import { createRng, type Rng } from '../../../shared/optimiser/search/prng';
import { repairBalance } from '../../../shared/optimiser/search/construct';

export interface Instance {
  g: CompactGraph;
  k: number;
  locked: Int32Array;
}

/** A small synthetic instance with its locked goals as parts. */
export function instance(n: number, k: number, seed: number, lockedCount: number, linksPerGoal = 3): Instance {
  const p = syntheticProject({ goals: n, portfolios: k, seed, locked: lockedCount, linksPerGoal, goalsPerTheme: 4 });
  const g = buildCompactGraph(p);
  const parts = partsOf(g, p.divisions[0]!);
  const locked = new Int32Array(n).fill(-1);
  for (const id of p.divisions[0]!.locked) locked[g.goalIndex.get(id)!] = parts[g.goalIndex.get(id)!]!;
  return { g, k, locked };
}

/** The search's graph and limits for an instance under a balance, or null when the balance cannot be met. */
export function searchInput(inst: Instance, balance: Balance): { g: PartGraph; limits: Limits } | null {
  const { limits, nodeWeight, problems } = balanceLimits(inst.g, inst.k, balance, inst.locked);
  return problems.length > 0 ? null : { g: partGraphOf(inst.g, nodeWeight), limits };
}

/** A search graph from an edge list [u, v, strength], every goal weighing 1. */
export function graphOf(n: number, edges: readonly [number, number, number][]): PartGraph {
  const adj: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [u, v, w] of edges) {
    adj[u]!.push([v, w]);
    adj[v]!.push([u, w]);
  }
  const adjStart = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) adjStart[v + 1] = adjStart[v]! + adj[v]!.length;
  const flat = adj.flat();
  return {
    n,
    adjStart,
    adjNode: Uint32Array.from(flat.map(([u]) => u)),
    adjWeight: Float64Array.from(flat.map(([, w]) => w)),
    nodeWeight: new Float64Array(n).fill(1),
  };
}

/** A random division that keeps the locked goals in their parts (balance not checked). */
export function randomDivision(inst: Instance, rng: Rng): Int32Array {
  const part = new Int32Array(inst.g.n);
  for (let v = 0; v < inst.g.n; v++) part[v] = inst.locked[v]! >= 0 ? inst.locked[v]! : rng.int(inst.k);
  return part;
}

/** A small synthetic case as the property tests draw it: size, parts, seed, locked goals, which balance. */
export interface SmallCase {
  n: number;
  k: number;
  seed: number;
  locked: number;
  budget: boolean;
}

/**
 * A small instance with a random division repaired to balance (goals ±1, or budget within `budgetTolerance`), or
 * null when the balance cannot be met. The division is drawn from `rng` (a fresh one from the case's seed unless
 * given), which the caller may go on drawing from.
 */
export function feasibleStart(c: SmallCase, budgetTolerance: number, rng: Rng = createRng(c.seed)) {
  const inst = instance(c.n, c.k, c.seed, c.locked, 4);
  const balance: Balance = c.budget ? { by: 'budget', tolerance: budgetTolerance } : { by: 'goals', tolerance: 0 };
  const input = searchInput(inst, balance);
  if (!input) return null;
  const { g, limits } = input;
  const part = randomDivision(inst, rng);
  if (!repairBalance(g, limits, part) || !isFeasible(g, limits, part)) return null;
  return { inst, g, limits, part, rng };
}

/** Every division of up to ~12 goals, by brute force: the optimum under locks and balance, or null if none. */
export function bruteForce(inst: Instance, balance: Balance): { cut: number; parts: Int32Array } | null {
  const { g, k, locked } = inst;
  const { limits, nodeWeight } = balanceLimits(g, k, balance, locked);
  const part = new Int32Array(g.n);
  const pw = new Float64Array(k);
  let best: { cut: number; parts: Int32Array } | null = null;
  const rec = (v: number): void => {
    if (v === g.n) {
      for (let p = 0; p < k; p++)
        if (pw[p]! < limits.lo[p]! - limits.eps || pw[p]! > limits.hi[p]! + limits.eps) return;
      const cut = cutOf(g, part);
      if (!best || cut < best.cut - 1e-9) best = { cut, parts: part.slice() };
      return;
    }
    for (let p = 0; p < k; p++) {
      if (locked[v]! >= 0 && locked[v] !== p) continue;
      if (pw[p]! + nodeWeight[v]! > limits.hi[p]! + limits.eps) continue;
      part[v] = p;
      pw[p]! += nodeWeight[v]!;
      rec(v + 1);
      pw[p]! -= nodeWeight[v]!;
    }
  };
  rec(0);
  return best;
}

/** Checks locks and balance of a division; returns what is wrong, or null. */
export function violation(inst: Instance, balance: Balance, parts: Int32Array): string | null {
  const { g, k, locked } = inst;
  const { limits, nodeWeight } = balanceLimits(g, k, balance, locked);
  const pw = new Float64Array(k);
  for (let v = 0; v < g.n; v++) {
    if (parts[v]! < 0 || parts[v]! >= k) return `goal ${v} unassigned`;
    if (locked[v]! >= 0 && parts[v] !== locked[v]) return `locked goal ${v} moved`;
    pw[parts[v]!]! += nodeWeight[v]!;
  }
  for (let p = 0; p < k; p++)
    if (pw[p]! < limits.lo[p]! - limits.eps || pw[p]! > limits.hi[p]! + limits.eps)
      return `part ${p} weighs ${pw[p]} outside ${limits.lo[p]}..${limits.hi[p]}`;
  return null;
}

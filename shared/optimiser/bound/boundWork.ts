/**
 * How much work each stage of the lower bound may do, counted in steps and solver iterations rather than time,
 * so the same graph gives the same figure on every machine and under any load. Chosen from the number of goals
 * and portfolios alone, so that on the bench machine (2 cores, AMD EPYC) the bound takes about what the 5 s
 * wall-clock limit gave before issue 21; the figures are in scripts/bench/RESULTS.md ("Lower bound by counted
 * work").
 */
export interface BoundWork {
  /** Eigenvalue ascent steps over both phases (each phase also stops after 60 steps or when it stalls). */
  spectralSteps: number;
  /** Cutting-plane rounds of the triangle LP. */
  lpRounds: number;
  /** Interior-point iterations over all LP solves; the solve that reaches it stops there and still counts. */
  lpIterations: number;
  /** Branch-and-bound nodes of the integer stage (≤ 16 goals). */
  mipNodes: number;
}

/** Up to this many goals the LP gets the work and the eigenvalue bound only its cheap first phase. */
export const LP_FIRST = 150;

/** Ascent work unit: one step costs about n·(k + 2) matrix rows (LOBPCG on k + 2 vectors). */
const SPECTRAL_WORK = 200_000;

/** The work limits for n goals in k portfolios, scaled by `effort` (1 = the app's default). */
export function boundWork(n: number, k: number, effort = 1): BoundWork {
  const e = Math.max(0, effort);
  const steps = Math.max(10, Math.min(120, Math.floor(SPECTRAL_WORK / Math.max(1, n * (k + 2)))));
  return {
    spectralSteps: Math.round(steps * e),
    lpRounds: Math.max(1, Math.round(lpWorkAt(n, 1) * e)),
    lpIterations: Math.round(lpWorkAt(n, 2) * e),
    mipNodes: Math.round(20_000 * e),
  };
}

/**
 * LP work at a few sizes (goals, rounds, interior-point iterations), linear in between and flat outside: the
 * rounds get dearer as the rows pile up (about 25–35 iterations each), so fewer fit as n grows.
 */
const LP_WORK: readonly (readonly [number, number, number])[] = [
  [20, 24, 400],
  [30, 20, 380],
  [40, 16, 340],
  [60, 10, 250],
  [90, 6, 170],
  [120, 5, 160],
  [150, 4, 130],
  [200, 3, 110],
];

function lpWorkAt(n: number, column: 1 | 2): number {
  const first = LP_WORK[0]!;
  const last = LP_WORK[LP_WORK.length - 1]!;
  if (n <= first[0]) return first[column];
  if (n >= last[0]) return last[column];
  let i = 1;
  while (LP_WORK[i]![0] < n) i++;
  const a = LP_WORK[i - 1]!;
  const b = LP_WORK[i]!;
  return Math.round(a[column] + ((b[column] - a[column]) * (n - a[0])) / (b[0] - a[0]));
}

/**
 * A small seeded generator (mulberry32): the same seed gives the same inputs on every machine, so a failing
 * input is reproduced from the seed and index the failure names.
 */
export class FuzzRng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/**
 * How many inputs each reader gets and from which seed. `npm test` keeps the suite to about 30 s on a
 * two-core machine; `npm run test:fuzz` (SAMENHANG_FUZZ_RUNS=10000) is the long run, which also draws the
 * largest sizes (130,000-element arrays, rows up to the row limit).
 */
export const FUZZ = (() => {
  const runs = Number(process.env.SAMENHANG_FUZZ_RUNS ?? '');
  const seed = Number(process.env.SAMENHANG_FUZZ_SEED ?? '');
  const long = Number.isFinite(runs) && runs > 0;
  return {
    long,
    /** Print each reader's figures (always in the long run; SAMENHANG_FUZZ_VERBOSE=1 for the short one). */
    verbose: long || process.env.SAMENHANG_FUZZ_VERBOSE === '1',
    /** Inputs per reader. */
    runs: long ? runs : 0,
    seed: Number.isInteger(seed) && seed > 0 ? seed : 17,
  };
})();

/** Inputs for one reader: its default count in `npm test`, or the long run's. */
export function runsFor(defaultRuns: number): number {
  return FUZZ.long ? FUZZ.runs : defaultRuns;
}

/** Enough time for the inputs at the slowest pace seen (large inputs take up to a second or two each). */
export function timeoutFor(runs: number, msPerInput: number): number {
  return Math.max(60_000, runs * msPerInput);
}

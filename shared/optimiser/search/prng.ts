/**
 * A small seeded generator (mulberry32): the optimiser and the synthetic projects must give the same result for
 * the same seed on every machine, which Math.random cannot promise.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /**
   * The generator's whole state (an unsigned 32-bit word): the compiled tabu kernel draws from the same sequence
   * and hands the state back, so a seed gives the same division whichever side drew.
   */
  state: number;
}

export function createRng(seed: number): Rng {
  let a = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    get state() {
      return a;
    },
    set state(x: number) {
      a = x >>> 0;
    },
  };
}

/** Fisher–Yates in place. */
export function shuffle(a: Int32Array | number[], rng: Rng): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}

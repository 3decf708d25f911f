import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isFeasible } from '../../../../../shared/optimiser/search/partGraph';
import { applyMove, createState } from '../../../../../shared/optimiser/search/searchState';
import { createRng } from '../../../../../shared/optimiser/search/prng';
import { tabuSearch, type TabuOptions } from '../../../../../shared/optimiser/search/tabuSearch';
import { tabuSearchReference } from '../reference/tabuSearch';
import { feasibleStart } from '../../optimiserFixtures';

interface Case {
  n: number;
  k: number;
  seed: number;
  locked: number;
  budget: boolean;
  maxIter: number;
  stall: number;
  kick: number;
  swapCandidates: number;
  stopAfter: number;
}

function setUp(c: Case) {
  return feasibleStart(c, 0.1, createRng(c.seed + 1));
}

/** One run: the result, the state it leaves, the generator's next draw, and every progress call. */
function run(c: Case, search: typeof tabuSearch) {
  const st = setUp(c)!;
  const s = createState(st.g, c.k, st.part);
  const rng = createRng(c.seed);
  const calls: [number, number][] = [];
  let checks = 0;
  const o: TabuOptions = {
    maxIter: c.maxIter,
    stall: c.stall,
    kick: c.kick,
    swapCandidates: c.swapCandidates,
    shouldStop: () => ++checks > c.stopAfter,
    onIteration: (iter, bestCut) => calls.push([iter, bestCut]),
  };
  const res = search(st.g, st.limits, s, rng, o);
  return { res, state: { part: s.part, pw: s.pw, conn: s.conn, cut: s.cut }, next: rng.next(), calls };
}

const cases: fc.Arbitrary<Case> = fc.record({
  n: fc.integer({ min: 6, max: 80 }),
  k: fc.integer({ min: 2, max: 7 }),
  seed: fc.integer({ min: 1, max: 100_000 }),
  locked: fc.integer({ min: 0, max: 5 }),
  budget: fc.boolean(),
  maxIter: fc.integer({ min: 1, max: 3_000 }),
  stall: fc.integer({ min: 5, max: 200 }),
  kick: fc.integer({ min: 0, max: 6 }),
  swapCandidates: fc.integer({ min: 1, max: 5 }),
  stopAfter: fc.oneof(fc.constant(1e9), fc.integer({ min: 0, max: 20 })),
});

describe('compiled tabu kernel', () => {
  it('returns exactly what the TypeScript reference returns: division, cut, steps, state and generator', () => {
    fc.assert(
      fc.property(cases, (c) => {
        if (!setUp(c)) return;
        const kernel = run(c, tabuSearch);
        const reference = run(c, tabuSearchReference);
        expect(kernel.res).toEqual(reference.res);
        expect(kernel.state).toEqual(reference.state);
        expect(kernel.next).toBe(reference.next);
        expect(kernel.calls).toEqual(reference.calls);
      }),
      { numRuns: 120, seed: 8 },
    );
  });

  it('starts from the division alone, so float drift in the sums of the state changes nothing', () => {
    // Strengths of a tenth are not exact in binary: moving goals out and back leaves the incremental sums off by
    // a few ulps. Both searches must start from sums recomputed from the division and agree exactly (a short
    // search without kicks, which would reload the state and hide the drift).
    const c: Case = {
      n: 40,
      k: 4,
      seed: 9,
      locked: 2,
      budget: false,
      maxIter: 60,
      stall: 1_000,
      kick: 0,
      swapCandidates: 3,
      stopAfter: 1e9,
    };
    const results = [tabuSearch, tabuSearchReference].map((search) => {
      const st = setUp(c)!;
      const g = { ...st.g, adjWeight: st.g.adjWeight.map((w) => w * 0.1) };
      const s = createState(g, c.k, st.part);
      for (let t = 0; t < 3_000; t++) {
        const v = t % g.n;
        if (st.limits.fixed[v]! >= 0) continue;
        const from = s.part[v]!;
        applyMove(g, s, v, (from + 1) % c.k);
        applyMove(g, s, v, from);
      }
      expect(s.conn).not.toEqual(createState(g, c.k, s.part).conn);
      const rng = createRng(c.seed);
      const o = { maxIter: c.maxIter, stall: c.stall, kick: 0, swapCandidates: 3, shouldStop: () => false };
      const res = search(g, st.limits, s, rng, o);
      return { res, cut: s.cut, conn: s.conn, next: rng.next() };
    });
    expect(results[0]).toEqual(results[1]);
  });

  it('stops when asked, reports it, and keeps the best division found so far', () => {
    const c: Case = {
      n: 60,
      k: 5,
      seed: 3,
      locked: 2,
      budget: false,
      maxIter: 100_000,
      stall: 100,
      kick: 2,
      swapCandidates: 3,
      stopAfter: 3,
    };
    const { res, calls } = run(c, tabuSearch);
    expect(res.stopped).toBe(true);
    // Checked every 128 steps: three checks pass, the fourth stops at step 384.
    expect(res.iterations).toBe(384);
    expect(calls.map(([iter]) => iter)).toEqual([0, 128, 256]);
    const st = setUp(c)!;
    expect(isFeasible(st.g, st.limits, res.part)).toBe(true);
  });

  it('grows its memory for a large graph and still serves small ones after it', () => {
    const small: Case = {
      n: 30,
      k: 3,
      seed: 5,
      locked: 0,
      budget: true,
      maxIter: 500,
      stall: 50,
      kick: 2,
      swapCandidates: 3,
      stopAfter: 1e9,
    };
    const before = run(small, tabuSearch);
    const large = run({ ...small, n: 3_000, k: 7, maxIter: 200 }, tabuSearch);
    expect(large.res.iterations).toBe(200);
    expect(run(small, tabuSearch)).toEqual(before);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { edgeWeight, isFeasible, type Limits, type PartGraph } from '../../../../shared/optimiser/search/partGraph';
import { createState, type SearchState } from '../../../../shared/optimiser/search/searchState';
import { tabuSearch } from '../../../../shared/optimiser/search/tabuSearch';
import type { Rng } from '../../../../shared/optimiser/search/prng';
import { feasibleStart, type SmallCase } from '../optimiserFixtures';

const fits = (lim: Limits, p: number, w: number): boolean => w >= lim.lo[p]! - lim.eps && w <= lim.hi[p]! + lim.eps;

/** The best gain of one feasible move of a free goal, by trying every goal and part. */
function bestMoveGain(g: PartGraph, lim: Limits, s: SearchState): number {
  let best = -Infinity;
  for (let v = 0; v < g.n; v++) {
    if (lim.fixed[v]! >= 0) continue;
    const a = s.part[v]!;
    const w = g.nodeWeight[v]!;
    for (let q = 0; q < lim.k; q++)
      if (q !== a && fits(lim, a, s.pw[a]! - w) && fits(lim, q, s.pw[q]! + w))
        best = Math.max(best, s.conn[v * lim.k + q]! - s.conn[v * lim.k + a]!);
  }
  return best;
}

/** The best gain of one feasible swap of two free goals in different parts, by trying every pair. */
function bestSwapGain(g: PartGraph, lim: Limits, s: SearchState): number {
  const k = lim.k;
  let best = -Infinity;
  for (let u = 0; u < g.n; u++)
    for (let v = u + 1; v < g.n; v++) {
      const a = s.part[u]!;
      const b = s.part[v]!;
      if (a === b || lim.fixed[u]! >= 0 || lim.fixed[v]! >= 0) continue;
      const d = g.nodeWeight[v]! - g.nodeWeight[u]!;
      if (!fits(lim, a, s.pw[a]! + d) || !fits(lim, b, s.pw[b]! - d)) continue;
      const gain =
        s.conn[u * k + b]! - s.conn[u * k + a]! + s.conn[v * k + a]! - s.conn[v * k + b]! - 2 * edgeWeight(g, u, v);
      best = Math.max(best, gain);
    }
  return best;
}

const cases = fc.record({
  n: fc.integer({ min: 6, max: 36 }),
  k: fc.integer({ min: 2, max: 5 }),
  seed: fc.integer({ min: 1, max: 10_000 }),
  locked: fc.integer({ min: 0, max: 3 }),
  budget: fc.boolean(),
});

/** A feasible random division of a small instance, or null when the balance cannot be repaired. */
function start(c: SmallCase) {
  const st = feasibleStart(c, 0.25);
  return st && { g: st.g, limits: st.limits, state: createState(st.g, c.k, st.part), rng: st.rng };
}

function oneStep(g: PartGraph, lim: Limits, s: SearchState, rng: Rng, swapCandidates: number): number {
  const before = s.cut;
  tabuSearch(g, lim, s, rng, { maxIter: 1, stall: 10, kick: 0, swapCandidates, shouldStop: () => false });
  return before - s.cut;
}

describe('tabuSearch', () => {
  // Gains are sums of whole strengths; the heaps' tie-breaking jitter is a millionth of the lightest link.
  const slack = 1e-4;

  it('takes the best feasible move or swap when every goal is a swap candidate', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const st = start(c);
        if (!st) return;
        const { g, limits, state, rng } = st;
        const best = Math.max(bestMoveGain(g, limits, state), bestSwapGain(g, limits, state));
        if (best === -Infinity) return;
        const gain = oneStep(g, limits, state, rng, c.n);
        expect(Math.abs(gain - best)).toBeLessThan(slack);
        expect(isFeasible(g, limits, state.part)).toBe(true);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('never takes a step worse than the best single move with few swap candidates (the heaps are cut short)', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const st = start(c);
        if (!st) return;
        const { g, limits, state, rng } = st;
        const move = bestMoveGain(g, limits, state);
        if (move === -Infinity) return;
        const swap = bestSwapGain(g, limits, state);
        const gain = oneStep(g, limits, state, rng, 2);
        expect(gain).toBeGreaterThanOrEqual(move - slack);
        expect(gain).toBeLessThanOrEqual(Math.max(move, swap) + slack);
      }),
      { numRuns: 150, seed: 12 },
    );
  });
});

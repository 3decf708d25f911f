import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createIncrementalScore, type IncrementalScore } from '../../../shared/analysis/incrementalScore';
import { scoreParts } from '../../../shared/analysis/scoreParts';
import type { CompactGraph } from '../../../shared/analysis/compactGraph';
import { randomCase } from './randomGraph';

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(b));

function expectMatchesFull(g: CompactGraph, inc: IncrementalScore): void {
  const full = scoreParts(g, inc.parts, inc.k);
  expect(near(inc.cut, full.cut)).toBe(true);
  expect(inc.cutCount).toBe(full.cutCount);
  expect(near(inc.crossDomainCut, full.crossDomainCut)).toBe(true);
  expect(near(inc.owCut, full.owCut)).toBe(true);
  for (let p = 0; p < inc.k; p++) {
    expect(near(inc.internal[p]!, full.internal[p]!)).toBe(true);
    expect(near(inc.external[p]!, full.external[p]!)).toBe(true);
    expect(inc.goals[p]).toBe(full.goals[p]);
    expect(near(inc.budget[p]!, full.budget[p]!)).toBe(true);
  }
  for (let i = 0; i < inc.k * inc.k; i++) expect(near(inc.matrix[i]!, full.matrix[i]!)).toBe(true);
}

describe('createIncrementalScore', () => {
  it('equals a full recompute after random moves, and gain predicts the cut change', () => {
    fc.assert(
      fc.property(
        randomCase().chain((c) =>
          fc.record({
            c: fc.constant(c),
            moves: fc.array(fc.tuple(fc.nat(c.g.n - 1), fc.integer({ min: -1, max: c.k - 1 })), { maxLength: 60 }),
          }),
        ),
        ({ c, moves }) => {
          const inc = createIncrementalScore(c.g, c.parts, c.k);
          expectMatchesFull(c.g, inc);
          for (const [v, to] of moves) {
            const before = inc.cut;
            const gain = inc.gain(v, to);
            inc.move(v, to);
            expect(near(before - inc.cut, gain)).toBe(true);
          }
          expectMatchesFull(c.g, inc);
        },
      ),
    );
  });

  it('does not alias the parts it was given', () => {
    fc.assert(
      fc.property(randomCase(), ({ g, k, parts }) => {
        const copy = parts.slice();
        const inc = createIncrementalScore(g, parts, k);
        inc.move(0, (inc.parts[0]! + 1) % k);
        expect([...parts]).toEqual([...copy]);
      }),
    );
  });
});

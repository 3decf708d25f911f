import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein } from '../../../shared/catalogue/damerauLevenshtein';

describe('damerauLevenshtein', () => {
  it.each([
    ['', '', 0],
    ['sport', 'sport', 0],
    ['sport', 'sprot', 1], // a swap of two neighbours is one edit
    ['wonen', 'woonen', 1],
    ['armoede', 'armoed', 1],
    ['ca', 'abc', 3], // optimal string alignment: the swapped pair is not edited again
    ['groen', 'grond', 2],
    ['', 'jeugd', 5],
  ])('%j to %j is %i', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
  });

  it('stops at limit + 1 once the distance must exceed the limit', () => {
    expect(damerauLevenshtein('volksgezondheid', 'ruimtelijke ordening', 2)).toBe(3);
    expect(damerauLevenshtein('wonen', 'woonen', 0)).toBe(1);
    expect(damerauLevenshtein('wonen', 'woonen', 1)).toBe(1);
  });

  it('is symmetric, zero only for equal strings, and at most the longer length', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'n', 'r'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = damerauLevenshtein(a, b);
        expect(damerauLevenshtein(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });

  it('agrees with the unlimited distance whenever that is within the limit', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'o', 'r', 's', 't'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const full = damerauLevenshtein(a, b);
        expect(damerauLevenshtein(a, b, limit)).toBe(full <= limit ? full : limit + 1);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { esc, fits, wrapText } from '../../../renderer/views/svgText';

describe('wrapText', () => {
  it('wraps at word boundaries, cuts over-long words and ends a cut-off text with an ellipsis', () => {
    expect(wrapText('Wethouder Anna de Vries', 12, 3)).toEqual(['Wethouder', 'Anna de', 'Vries']);
    expect(wrapText('Onderwijshuisvestingsprogramma', 10, 3)).toEqual(['Onderwijs-', 'huisvesti-', 'ngsprogra…']);
    expect(wrapText('een twee drie vier vijf zes', 9, 2)).toEqual(['een twee', 'drie vie…']);
    expect(() => wrapText('x', 1, 1)).toThrow(RangeError);
  });

  it('never gives more lines than asked nor a line longer than the width, ellipsis included', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (s, max, lines) => {
          const out = wrapText(s, max, lines);
          expect(out.length).toBeLessThanOrEqual(lines);
          for (const l of out) expect(l.length).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('esc and fits', () => {
  it('escapes the five characters XML reserves, and nothing else', () => {
    expect(esc(`<a href="x">Tom & Jerry's</a> é`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; é',
    );
  });

  it('gives fewer characters for a larger font, and at least two', () => {
    expect(fits(260, 12)).toBeGreaterThan(fits(260, 16));
    expect(fits(1, 40)).toBe(2);
  });
});

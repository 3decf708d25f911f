import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, parseNumber } from '../../../shared/io/parseNumber';

describe('parseNumber', () => {
  it.each([
    ['1.250.000,50', ',', 1250000.5],
    ['1250000,5', ',', 1250000.5],
    ['€ 1.250.000', ',', 1250000],
    ['€1.250.000,-', ',', 1250000],
    ['1.250.000 euro', ',', 1250000],
    ['EUR 12,5', ',', 12.5],
    ['1 250 000', ',', 1250000],
    ['1\u00a0250\u00a0000,25', ',', 1250000.25],
    ['1,250,000.50', '.', 1250000.5],
    ['1,250,000.50', ',', 1250000.5],
    ['1.250', ',', 1250],
    ['1.250', '.', 1.25],
    ['1,250', '.', 1250],
    ['1,250', ',', 1.25],
    ['1,5', ',', 1.5],
    ['1,5', '.', 1.5],
    ['1.5', ',', 1.5],
    ['2', ',', 2],
    [',5', ',', 0.5],
    ['-3,25', ',', -3.25],
    ['1,5e-7', ',', 1.5e-7],
    ['1e+21', '.', 1e21],
  ] as const)('%s with decimal %s → %d', (text, mark, expected) => {
    expect(parseNumber(text, mark)).toBe(expected);
  });

  it.each(['', 'veel', 'hoog', '12.50.000', '1.2.3,4,5', '1,250.000,5', '€', '--5', '1..5', '5%'])(
    'rejects %j',
    (text) => {
      expect(parseNumber(text, ',')).toBeUndefined();
    },
  );

  it('reads back what formatNumber writes, with either mark', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(',' as const, '.' as const),
        (n, mark) => {
          // `===` because -0 is written as "0".
          expect(parseNumber(formatNumber(n, mark), mark) === n).toBe(true);
        },
      ),
    );
  });
});

describe('parseNumber with a size word, as the app shows budgets', () => {
  it('reads mln, miljoen, mld and m', () => {
    expect(parseNumber('€ 1,2 mln', ',')).toBe(1_200_000);
    expect(parseNumber('3 miljoen', ',')).toBe(3_000_000);
    expect(parseNumber('€ 0,8 mld', ',')).toBe(800_000_000);
    expect(parseNumber('€3.2m', '.')).toBe(3_200_000);
    expect(parseNumber('mln', ',')).toBeUndefined();
    expect(parseNumber('veel mln', ',')).toBeUndefined();
  });
});

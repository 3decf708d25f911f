import { describe, expect, it } from 'vitest';
import { formatFixed, formatMoney, formatPercent } from '../../../renderer/i18n/format';

describe('number formats per language', () => {
  it('writes money as each language does', () => {
    expect(formatMoney(1_234_567, 'nl')).toBe('€ 1,2 mln');
    expect(formatMoney(1_234_567, 'en')).toBe('€1.2m');
    expect(formatMoney(600_000, 'nl')).toBe('€ 600.000');
    expect(formatMoney(600_000, 'en')).toBe('€600,000');
    expect(formatMoney(2_500_000_000, 'nl')).toBe('€ 2,5 mld');
  });

  it('keeps fixed decimals and percent with a decimal comma in Dutch', () => {
    expect(formatFixed(0.2, 'nl', 2)).toBe('0,20');
    expect(formatPercent(0.525, 'nl')).toMatch(/^52,5\s?%$/);
  });
});

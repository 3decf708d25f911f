import { describe, expect, it } from 'vitest';
import { DEFAULT_PARTY_BAND, partyBandOption, partyBandWords } from '../../../../renderer/views/analysis/partyBand';
import { createTranslator } from '../../../../renderer/i18n/translate';

describe('the optimiser’s party band option', () => {
  it('is off by default and without seats', () => {
    expect(partyBandOption(DEFAULT_PARTY_BAND, true)).toBeUndefined();
    expect(partyBandOption({ on: true, by: 'goals', points: 10 }, false)).toBeUndefined();
  });
  it('passes whole percentage points as a share (10 points = 0.1), clamped to 0..100', () => {
    expect(partyBandOption({ on: true, by: 'budget', points: 10 }, true)).toEqual({ by: 'budget', tolerance: 0.1 });
    expect(partyBandOption({ on: true, by: 'goals', points: 250 }, true)).toEqual({ by: 'goals', tolerance: 1 });
    expect(partyBandOption({ on: true, by: 'goals', points: -3 }, true)).toEqual({ by: 'goals', tolerance: 0 });
  });
  it('says itself in the printed settings', () => {
    expect(partyBandWords({ by: 'budget', tolerance: 0.15 }, createTranslator('nl'))).toBe(
      'Partijen binnen ± 15 procentpunt van hun zetelaandeel (begroting).',
    );
  });
});

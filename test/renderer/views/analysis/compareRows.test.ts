import { describe, expect, it } from 'vitest';
import { compareRow } from '../../../../renderer/views/analysis/compareRows';

const points = (v: string) => `${v} procentpunt`;

describe('compare rows: the difference adds up to the figures shown', () => {
  it('computes the change from the rounded figures', () => {
    // 1.234 → 1,23 and 2.346 → 2,35: the change shown is 1,12 (not the unrounded 1,11).
    expect(compareRow('cut', 1.234, 2.346, 'nl', points)).toEqual({
      a: '1,23',
      b: '2,35',
      delta: '+1,12',
      better: 'a',
    });
  });

  it('writes a change of a share in percentage points', () => {
    const row = compareRow('cutShare', 0.4567, 0.41, 'nl', points);
    expect(row).toEqual({ a: '45,7 %', b: '41 %', delta: '−4,7 procentpunt', better: 'b' });
  });

  it('says which draft keeps more together for modularity (higher is more together)', () => {
    expect(compareRow('modularity', 0.2, 0.35, 'en', points).better).toBe('b');
    expect(compareRow('cutCount', 12, 12, 'en', points)).toEqual({ a: '12', b: '12', delta: '±0', better: null });
  });

  it('shows a dash where a figure is unknown', () => {
    expect(compareRow('cutShare', null, 0.5, 'nl', points)).toEqual({ a: '–', b: '50 %', delta: '–', better: null });
  });
});

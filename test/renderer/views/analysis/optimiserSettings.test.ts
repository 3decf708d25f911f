import { describe, expect, it } from 'vitest';
import { printedSettings } from '../../../../renderer/views/analysis/optimiserSettings';
import { createTranslator } from '../../../../renderer/i18n/translate';

const t = createTranslator('nl');
const base = { by: 'goals' as const, tolerance: 20, seed: 1, level: 'goal' as const, partyBand: undefined };

describe('the optimiser run’s printed settings', () => {
  it('name the balance, seed and holders; the level only with subjects; the party band when on', () => {
    const plain = printedSettings(base, ['A', 'B'], false, t);
    expect(plain).toMatch(/^Gezocht met: Evenwicht naar aantal doelen, verschil ± 20 %/);
    expect(plain).toContain('A, B');
    expect(plain).not.toContain('procentpunt');
    const full = printedSettings(
      { ...base, level: 'subject', partyBand: { by: 'goals', tolerance: 0.1 } },
      ['A'],
      true,
      t,
    );
    expect(full.startsWith(plain.replace('A, B', 'A'))).toBe(true);
    expect(full).toContain(t('app.analysis.moveLevelSubjects'));
    expect(full.endsWith('Partijen binnen ± 10 procentpunt van hun zetelaandeel (doelen).')).toBe(true);
  });
});

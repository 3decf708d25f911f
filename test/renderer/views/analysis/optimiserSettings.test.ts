import { describe, expect, it } from 'vitest';
import { printedSettings, runOptions, runSettings } from '../../../../renderer/views/analysis/optimiserSettings';
import { createTranslator } from '../../../../renderer/i18n/translate';

const t = createTranslator('nl');
const base = {
  by: 'goals' as const,
  tolerance: 20,
  kind: 'mean' as const,
  max: {},
  seed: 1,
  level: 'goal' as const,
  partyBand: undefined,
};

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

  it('say what the balance is measured against when it is not the equal share, with each holder’s maximum', () => {
    const fte = printedSettings({ ...base, kind: 'fte' }, ['A'], false, t);
    expect(fte).toContain('Evenwicht gemeten aan: deel naar fte.');
    const names: Record<string, string> = { pf_a: 'A. Jansen' };
    const max = printedSettings({ ...base, kind: 'max', max: { pf_a: 6 } }, ['A'], false, t, (id) => names[id] ?? id);
    expect(max).toContain('Evenwicht gemeten aan: maximum per houder (A. Jansen 6).');
    expect(printedSettings(base, ['A'], false, t)).not.toContain('gemeten aan');
  });
});

describe('a run’s settings and options', () => {
  it('take the store’s balance rule whole (kind and maxima too) and the tolerance in whole percents', () => {
    const s = runSettings(
      { by: 'budget', tolerance: 0.15, kind: 'max', max: { pf_a: 1e6 } },
      { seed: 3, level: 'subject', partyBand: { by: 'goals', tolerance: 0.1 } },
    );
    expect(s).toMatchObject({ by: 'budget', tolerance: 15, kind: 'max', max: { pf_a: 1e6 }, seed: 3 });
    expect(runOptions(s)).toEqual({
      balance: { by: 'budget', tolerance: 0.15, kind: 'max', max: { pf_a: 1e6 } },
      seed: 3,
      level: 'subject',
      partyBand: { by: 'goals', tolerance: 0.1 },
    });
    // Maxima travel only with kind 'max': another kind measures against shares.
    expect(runOptions({ ...s, kind: 'current', partyBand: undefined })).toEqual({
      balance: { by: 'budget', tolerance: 0.15, kind: 'current' },
      seed: 3,
      level: 'subject',
    });
  });
});

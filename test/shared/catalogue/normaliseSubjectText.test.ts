import { describe, expect, it } from 'vitest';
import {
  compactSubjectKey,
  foldSubjectText,
  stemSubjectWord,
  subjectWords,
} from '../../../shared/catalogue/normaliseSubjectText';

describe('foldSubjectText', () => {
  it.each([
    ['Financiën', 'financien'],
    ['FINANCIËN', 'financien'],
    ['Oekraïense vluchtelingen', 'oekraiense vluchtelingen'],
    ['Werk & Inkomen', 'werk en inkomen'],
    ['P&O', 'p en o'],
    ["boa's", 'boas'],
    ['Re-integratie', 'reintegratie'],
    ['Bouw- en woningtoezicht', 'bouw en woningtoezicht'],
    ['  Openbare   orde,  veiligheid. ', 'openbare orde veiligheid'],
    ['Wmo (maatschappelijke ondersteuning)', 'wmo maatschappelijke ondersteuning'],
  ])('%j folds to %j', (text, folded) => {
    expect(foldSubjectText(text)).toBe(folded);
  });
});

describe('subjectWords', () => {
  it('drops articles and "en", folds plurals the same on both sides', () => {
    expect(subjectWords('Beheer van de openbare ruimte')).toEqual(['beheer', 'openbare', 'ruimte']);
    expect(subjectWords('Werk en inkomen')).toEqual(subjectWords('werk & inkomen'));
    expect(subjectWords('Sociale wijkteams')).toEqual(subjectWords('sociale wijkteam'));
    expect(subjectWords('woningen')).toEqual(subjectWords('woning'));
    expect(subjectWords('...')).toEqual([]);
  });

  it('leaves short words alone, so "wonen" and "wegen" keep their meaning', () => {
    expect(stemSubjectWord('wonen')).toBe('wonen');
    expect(stemSubjectWord('wegen')).toBe('wegen');
    expect(stemSubjectWord('jongeren')).toBe('jonger');
    expect(stemSubjectWord('havens')).toBe('haven');
    expect(stemSubjectWord('bewustheidss')).toBe('bewustheidss');
  });

  it('runs words together for the compact key', () => {
    expect(compactSubjectKey(subjectWords('VN verdrag handicap'))).toBe(
      compactSubjectKey(subjectWords('VN-verdrag handicap')),
    );
    expect(compactSubjectKey(subjectWords('sport accommodaties'))).toBe(
      compactSubjectKey(subjectWords('sportaccommodaties')),
    );
  });
});

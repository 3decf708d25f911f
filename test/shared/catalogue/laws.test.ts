import { describe, expect, it } from 'vitest';
import nl from '../../../renderer/i18n/locales/nl/app.json';
import en from '../../../renderer/i18n/locales/en/app.json';
import { LAWS } from '../../../shared/model';
import { CATALOGUE_LAWS, findCatalogueLaw, lawSourceUrl } from '../../../shared/catalogue/laws';
import { foldForSearch } from '../../../shared/catalogue/search';

const messages = { nl: nl as Record<string, string>, en: en as Record<string, string> };

describe('the laws a goal can name', () => {
  it('has one entry per law of the model, in the model’s order', () => {
    expect(CATALOGUE_LAWS.map((l) => l.id)).toEqual([...LAWS]);
    expect(findCatalogueLaw('jeugdwet')?.name.nl).toBe('Jeugdwet');
    expect(findCatalogueLaw('toString')).toBeUndefined();
  });

  it('names each law as the app’s messages do, in both languages', () => {
    for (const law of CATALOGUE_LAWS)
      for (const lang of ['nl', 'en'] as const) expect(law.name[lang], law.id).toBe(messages[lang][`law.${law.id}`]);
  });

  it('points each law at its text on wetten.overheid.nl', () => {
    for (const law of CATALOGUE_LAWS) {
      expect(law.bwb).toMatch(/^BWBR\d{7}$/);
      expect(lawSourceUrl(law)).toBe(`https://wetten.overheid.nl/${law.bwb}`);
    }
    expect(new Set(CATALOGUE_LAWS.map((l) => l.bwb)).size).toBe(CATALOGUE_LAWS.length);
  });

  it('gives every synonym to one law only, and never repeats a law’s own name', () => {
    const owner = new Map<string, string>();
    for (const law of CATALOGUE_LAWS) {
      const names = new Set([law.name.nl, law.name.en].map(foldForSearch));
      for (const s of law.synonyms) {
        const key = foldForSearch(s);
        expect(names.has(key), `${law.id}: ${s}`).toBe(false);
        expect(owner.get(key) ?? law.id, `${s} of ${owner.get(key)} and ${law.id}`).toBe(law.id);
        owner.set(key, law.id);
      }
    }
  });
});

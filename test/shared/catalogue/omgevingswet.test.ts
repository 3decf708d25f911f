import { describe, expect, it } from 'vitest';
import nl from '../../../renderer/i18n/locales/nl/app.json';
import en from '../../../renderer/i18n/locales/en/app.json';
import { OW_ASPECTS, OW_INSTRUMENTS } from '../../../shared/model';
import { CATALOGUE_OW_INSTRUMENTS, CATALOGUE_OW_INTERESTS } from '../../../shared/catalogue/omgevingswet';

const messages = { nl: nl as Record<string, string>, en: en as Record<string, string> };

describe('Omgevingswet instruments and interests', () => {
  it('have one entry per value of the model, in the model’s order', () => {
    expect(CATALOGUE_OW_INSTRUMENTS.map((i) => i.id)).toEqual([...OW_INSTRUMENTS]);
    expect(CATALOGUE_OW_INTERESTS.map((i) => i.id)).toEqual([...OW_ASPECTS]);
  });

  it('are named as the app’s messages name them', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const i of CATALOGUE_OW_INSTRUMENTS) expect(i.name[lang], i.id).toBe(messages[lang][`ow.${i.id}`]);
      for (const i of CATALOGUE_OW_INTERESTS) expect(i.name[lang], i.id).toBe(messages[lang][`aspect.${i.id}`]);
    }
  });

  it('say where they come from, and who adopts each instrument (the projectbesluit is none of the municipality’s)', () => {
    for (const e of [...CATALOGUE_OW_INSTRUMENTS, ...CATALOGUE_OW_INTERESTS]) {
      expect(e.url, e.id).toMatch(/^https:\/\/\S+$/);
      expect(e.basis.length, e.id).toBeGreaterThan(5);
      expect(e.synonyms.length, e.id).toBeGreaterThan(0);
    }
    expect(Object.fromEntries(CATALOGUE_OW_INSTRUMENTS.map((i) => [i.id, i.adoptedBy]))).toEqual({
      omgevingsvisie: 'raad',
      omgevingsplan: 'raad',
      programma: 'college',
      omgevingsvergunning: 'college',
      algemeneRijksregels: 'rijk',
    });
    expect(CATALOGUE_OW_INSTRUMENTS.some((i) => i.synonyms.some((s) => /projectbesluit/i.test(s)))).toBe(false);
  });
});

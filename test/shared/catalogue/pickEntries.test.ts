import { describe, expect, it } from 'vitest';
import { taakveldenOf } from '../../../shared/model';
import { CATALOGUE_DOMAINS, CATALOGUE_SUBJECTS, catalogueSubjectTaakvelden } from '../../../shared/catalogue';
import {
  catalogueSubjectEntries,
  lawEntries,
  owInstrumentEntries,
  owInterestEntries,
  taakveldEntries,
} from '../../../shared/catalogue/pickEntries';

describe('what the pickers offer', () => {
  it('offers every taakveld of the project’s list, in order, under its hoofdtaakveld', () => {
    for (const list of ['2017', '2025'] as const) {
      const entries = taakveldEntries(list);
      expect(entries.map((e) => [e.value, e.code, e.name, e.group])).toEqual(
        taakveldenOf(list).map((t) => [t.code, t.code, t.name, t.hoofdtaakveld]),
      );
    }
  });

  it('lets each catalogue subject find the taakvelden it is booked on, in that list', () => {
    for (const list of ['2017', '2025'] as const) {
      const byCode = new Map(taakveldEntries(list).map((e) => [e.code, e]));
      for (const s of CATALOGUE_SUBJECTS)
        for (const code of catalogueSubjectTaakvelden(s, list)) {
          const synonyms = byCode.get(code)?.synonyms ?? [];
          expect(synonyms, `${s.id} ${code}`).toEqual(expect.arrayContaining([s.name.nl, s.name.en, ...s.synonyms]));
        }
    }
    // 6.71 exists only in 2017: Wmo support is booked there then, on 6.711… from 2025.
    expect(taakveldEntries('2017').find((e) => e.code === '6.71')!.synonyms!.length).toBeGreaterThan(0);
  });

  it('offers the 54 catalogue subjects under their domain, with the other language’s name as a synonym', () => {
    const nl = catalogueSubjectEntries('nl');
    const en = catalogueSubjectEntries('en');
    expect(nl).toHaveLength(CATALOGUE_SUBJECTS.length);
    expect(new Set(nl.map((e) => e.value)).size).toBe(nl.length);
    const work = en.find((e) => e.value === 'werk-en-inkomen')!;
    expect(work.name).toBe('Work and income');
    expect(work.synonyms).toContain('Werk en inkomen');
    expect(new Set(nl.map((e) => e.group))).toEqual(new Set(CATALOGUE_DOMAINS.map((d) => d.name.nl)));
  });

  it('names laws, instruments and interests in the interface language, the other one as a synonym', () => {
    expect(lawEntries('en').find((e) => e.value === 'jeugdwet')).toMatchObject({
      name: 'Youth Act (Jeugdwet)',
      synonyms: expect.arrayContaining(['Jeugdwet', 'jeugdhulp']),
    });
    expect(owInstrumentEntries('nl').find((e) => e.value === 'omgevingsplan')!.synonyms).toContain('bestemmingsplan');
    expect(owInterestEntries('en').map((e) => e.name)).toContain('Accessibility');
  });
});

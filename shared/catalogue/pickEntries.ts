import type { TaakveldList } from '../model/project';
import { taakveldenOf } from '../model/taakvelden';
import { CATALOGUE_SUBJECTS, catalogueSubjectTaakvelden } from './catalogueSubjects';
import { catalogueDomain } from './catalogueDomains';
import { CATALOGUE_LAWS } from './laws';
import { CATALOGUE_OW_INSTRUMENTS, CATALOGUE_OW_INTERESTS } from './omgevingswet';
import type { SearchEntry } from './search';

// What the edit forms' pickers offer, as search entries. Names in the interface language; the other language's name
// is a synonym, so a Dutch word still finds an entry in the English interface and the other way round.

type Lang = 'nl' | 'en';
const other = (lang: Lang): Lang => (lang === 'nl' ? 'en' : 'nl');

/**
 * The Iv3 taakvelden of the project's list, under their hoofdtaakveld. Their names are the official Dutch ones in
 * both languages. A taakveld's synonyms are the catalogue subjects booked on it (their names and synonyms), so
 * "armoede" finds 6.3 Inkomensregelingen: which taakveld a subject's money goes to is indicative, as the catalogue says.
 */
export function taakveldEntries(list: TaakveldList): SearchEntry[] {
  const words = new Map<string, string[]>();
  for (const s of CATALOGUE_SUBJECTS)
    for (const code of catalogueSubjectTaakvelden(s, list)) {
      const known = words.get(code) ?? [];
      for (const w of [s.name.nl, s.name.en, ...s.synonyms]) if (!known.includes(w)) known.push(w);
      words.set(code, known);
    }
  return taakveldenOf(list).map((t) => ({
    value: t.code,
    code: t.code,
    name: t.name,
    synonyms: words.get(t.code) ?? [],
    group: t.hoofdtaakveld,
  }));
}

/** The subject catalogue under its domains, in the catalogue's order. */
export function catalogueSubjectEntries(lang: Lang): SearchEntry[] {
  return CATALOGUE_SUBJECTS.map((s) => ({
    value: s.id,
    name: s.name[lang],
    synonyms: [s.name[other(lang)], ...s.synonyms],
    group: catalogueDomain(s.domain).name[lang],
  }));
}

export function lawEntries(lang: Lang): SearchEntry[] {
  return CATALOGUE_LAWS.map((l) => ({
    value: l.id,
    name: l.name[lang],
    synonyms: [l.name[other(lang)], ...l.synonyms],
  }));
}

export function owInstrumentEntries(lang: Lang): SearchEntry[] {
  return CATALOGUE_OW_INSTRUMENTS.map((i) => ({
    value: i.id,
    name: i.name[lang],
    synonyms: [i.name[other(lang)], ...i.synonyms],
  }));
}

export function owInterestEntries(lang: Lang): SearchEntry[] {
  return CATALOGUE_OW_INTERESTS.map((i) => ({
    value: i.id,
    name: i.name[lang],
    synonyms: [i.name[other(lang)], ...i.synonyms],
  }));
}

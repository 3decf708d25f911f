import { describe, expect, it } from 'vitest';
import { LAWS, LINK_KINDS, OW_ASPECTS, OW_INSTRUMENTS } from '../../../shared/model';
import { normalizeHeader, normalizeWord, matchColumns } from '../../../shared/io/csvColumns';
import {
  KIND_NAMES,
  KIND_VOCABULARY,
  LAW_NAMES,
  LAW_VOCABULARY,
  OW_ASPECT_NAMES,
  OW_ASPECT_VOCABULARY,
  OW_INSTRUMENT_NAMES,
  OW_INSTRUMENT_VOCABULARY,
  type Vocabulary,
} from '../../../shared/io/csvVocabulary';
import { GOAL_COLUMNS } from '../../../shared/io/goalColumns';
import { LINK_COLUMNS } from '../../../shared/io/linkColumns';

function checkVocabulary<T extends string>(
  ids: readonly T[],
  names: Record<T, { nl: readonly string[]; en: readonly string[] }>,
  v: Vocabulary<T>,
) {
  // Every id and every name finds its own id back: no two ids share a name.
  for (const id of ids) for (const n of [id, ...names[id].nl, ...names[id].en]) expect(v.lookup(n), n).toBe(id);
}

describe('vocabularies', () => {
  it('find every law, kind, instrument and aspect by id and by each of its names, without collisions', () => {
    checkVocabulary(LAWS, LAW_NAMES, LAW_VOCABULARY);
    checkVocabulary(LINK_KINDS, KIND_NAMES, KIND_VOCABULARY);
    checkVocabulary(OW_INSTRUMENTS, OW_INSTRUMENT_NAMES, OW_INSTRUMENT_VOCABULARY);
    checkVocabulary(OW_ASPECTS, OW_ASPECT_NAMES, OW_ASPECT_VOCABULARY);
  });

  it('matches names ignoring case, accents, spaces and punctuation', () => {
    expect(LAW_VOCABULARY.lookup('WMO-2015')).toBe('wmo2015');
    expect(LAW_VOCABULARY.lookup('wet publieke gezondheid')).toBe('wpg');
    expect(KIND_VOCABULARY.lookup('Zelfde  doelgroep')).toBe('sharedTargetGroup');
    expect(KIND_VOCABULARY.lookup('conflict/afweging')).toBe('conflicts');
    expect(KIND_VOCABULARY.lookup('Afweging')).toBe('conflicts');
    expect(OW_INSTRUMENT_VOCABULARY.lookup('Algemene Rijksregels')).toBe('algemeneRijksregels');
    expect(LAW_VOCABULARY.lookup('Drankwet')).toBeUndefined();
  });
});

describe('columns', () => {
  it('normalises headers: case, accents, apostrophes, spacing', () => {
    expect(normalizeHeader(' Thema’s ')).toBe('themas');
    expect(normalizeHeader('OW-Instrument')).toBe('ow_instrument');
    expect(normalizeHeader('Títel')).toBe('titel');
    expect(normalizeWord('Wmo 2015')).toBe('wmo2015');
  });

  it('give every accepted header to exactly one column', () => {
    for (const defs of [GOAL_COLUMNS, LINK_COLUMNS]) {
      const seen = new Map<string, string>();
      for (const d of defs)
        for (const n of new Set([d.nl, d.en, ...d.aliases].map(normalizeHeader))) {
          expect(seen.get(n), n).toBeUndefined();
          seen.set(n, d.key);
        }
    }
  });

  it('maps headers to cell indexes and keeps the file spelling for messages', () => {
    const { value, problems } = matchColumns(['Titel', '', 'DOMAIN'], GOAL_COLUMNS);
    expect(problems).toEqual([]);
    expect(value.index).toEqual({ title: 0, domain: 2 });
    expect(value.name.title).toBe('Titel');
    expect(value.name.budget).toBe('budget');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MATCH_KINDS,
  foldForSearch,
  groupHits,
  indexEntries,
  searchEntries,
  searchIndex,
  type SearchEntry,
  type SearchHit,
} from '../../../shared/catalogue/search';
import { catalogueSubjectEntries, lawEntries, taakveldEntries } from '../../../shared/catalogue/pickEntries';

const codes = (hits: readonly SearchHit[]) => hits.map((h) => h.entry.code ?? h.entry.value);
const marked = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

// A small hand-made list where every kind of match occurs once for the query "zorg".
const ENTRIES: SearchEntry[] = [
  { value: 'a', code: '1.1', name: 'Mantelzorgondersteuning', group: 'A' },
  { value: 'b', code: '1.2', name: 'Wijkteams', synonyms: ['zorg in de wijk'], group: 'A' },
  { value: 'c', code: '2.1', name: 'Geëscaleerde zorg 18+', group: 'B' },
  { value: 'd', code: '2.2', name: 'Zorg en ondersteuning', group: 'B' },
  { value: 'e', code: '2.3', name: 'Sport', synonyms: ['beweegzorgen'], group: 'B' },
  { value: 'f', code: '2', name: 'Leeg', group: 'B' },
];

describe('searchEntries ranks like a person expects', () => {
  it('puts name prefix, word prefix, synonym and substring in that order, ties in list order', () => {
    const r = searchEntries(ENTRIES, 'zorg');
    expect(r.hits.map((h) => [h.entry.value, h.kind])).toEqual([
      ['d', 'namePrefix'],
      ['c', 'wordPrefix'],
      ['b', 'synonym'],
      ['a', 'substring'],
      ['e', 'substring'],
    ]);
    expect(r.total).toBe(5);
  });

  it('puts the exact code first, then codes that start with it, then names', () => {
    const r = searchEntries(ENTRIES, '2');
    expect(r.hits.map((h) => [h.entry.value, h.kind])).toEqual([
      ['f', 'code'],
      ['c', 'codePrefix'],
      ['d', 'codePrefix'],
      ['e', 'codePrefix'],
      ['b', 'substring'],
    ]);
    // "18" is no code here, but it is in a name.
    expect(searchEntries(ENTRIES, '18').hits.map((h) => [h.entry.value, h.kind])).toEqual([['c', 'wordPrefix']]);
  });

  it('ignores case and accents and highlights the right letters of the original', () => {
    const [hit] = searchEntries(ENTRIES, 'GEESCAL').hits;
    expect(hit!.entry.value).toBe('c');
    expect(marked(hit!.entry.name, hit!.nameSpans)).toEqual(['Geësca' + 'l']);
    const [z] = searchEntries(ENTRIES, 'zórg en').hits;
    expect(marked(z!.entry.name, z!.nameSpans)).toEqual(['Zorg en']);
    expect(foldForSearch('  Financiën   EN  ')).toBe('financien en');
  });

  it('needs every typed word: each word prefix is marked, in any order', () => {
    const [hit] = searchEntries(ENTRIES, 'ondersteun zorg').hits;
    expect([hit!.entry.value, hit!.kind]).toEqual(['d', 'wordPrefix']);
    expect(marked(hit!.entry.name, hit!.nameSpans)).toEqual(['Zorg', 'ondersteun']);
    expect(searchEntries(ENTRIES, 'zorg sport').total).toBe(0);
  });

  it('says which synonym matched and where', () => {
    expect(searchEntries(ENTRIES, 'wijk').hits.find((h) => h.entry.value === 'b')!.kind).toBe('namePrefix');
    const syn = searchEntries(ENTRIES, 'zorg in').hits.find((h) => h.entry.value === 'b')!;
    expect(syn.synonym).toEqual({ text: 'zorg in de wijk', spans: [{ start: 0, end: 7 }] });
    expect(syn.nameSpans).toEqual([]);
  });

  it('lists everything in order for an empty query, and caps with the count of what is left', () => {
    const all = searchEntries(ENTRIES, '   ');
    expect(all.hits.map((h) => h.entry.value)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(all.hits.every((h) => h.kind === undefined)).toBe(true);
    const capped = searchEntries(ENTRIES, 'zorg', 2);
    expect(capped.hits.map((h) => h.entry.value)).toEqual(['d', 'c']);
    expect(capped.total).toBe(5);
  });

  it('groups hits under their heading in the order of each group’s best hit', () => {
    const groups = groupHits(searchEntries(ENTRIES, 'zorg').hits);
    expect(groups.map((g) => [g.group, g.hits.map((h) => h.entry.value)])).toEqual([
      ['B', ['d', 'c', 'e']],
      ['A', ['b', 'a']],
    ]);
  });
});

describe('the Iv3 taakvelden, in both lists', () => {
  const list2017 = indexEntries(taakveldEntries('2017'));
  const list2025 = indexEntries(taakveldEntries('2025'));

  it('finds 6.71 exactly in 2017, and the four codes it became in 2025', () => {
    expect(codes(searchIndex(list2017, '6.71').hits)).toEqual(['6.71']);
    expect(searchIndex(list2017, '6.71').hits[0]!.kind).toBe('code');
    expect(codes(searchIndex(list2025, '6.71').hits)).toEqual(['6.711', '6.712', '6.713', '6.714']);
    expect(searchIndex(list2025, '6.71').hits.every((h) => h.kind === 'codePrefix')).toBe(true);
  });

  it('finds 4.3 in both lists, first and alone among the codes, also typed with a decimal comma', () => {
    for (const index of [list2017, list2025]) {
      const r = searchIndex(index, '4.3');
      expect(codes(r.hits)).toEqual(['4.3']);
      expect(r.hits[0]!.entry.name).toBe('Onderwijsbeleid en leerlingzaken');
      expect(codes(searchIndex(index, '4,3').hits)).toEqual(['4.3']);
    }
  });

  it('puts 0.1 before 0.10 and 0.11, which start with it', () => {
    expect(codes(searchIndex(list2025, '0.1').hits)).toEqual(['0.1', '0.10', '0.11']);
  });

  it('finds a taakveld through the catalogue subjects booked on it: "armoe" → 6.3 Inkomensregelingen', () => {
    for (const index of [list2017, list2025]) {
      const [hit] = searchIndex(index, 'armoe').hits;
      expect([hit!.entry.code, hit!.entry.name, hit!.kind]).toEqual(['6.3', 'Inkomensregelingen', 'synonym']);
    }
  });

  it('finds names without the accent: "geescaleerde" → 6.81 and 6.82 in 2017', () => {
    expect(codes(searchIndex(list2017, 'geescaleerde').hits)).toEqual(['6.81', '6.82']);
  });

  it('puts names that start with the text before those with a word that does: "wmo" in 2025', () => {
    const r = searchIndex(list2025, 'wmo');
    const kinds = r.hits.map((h) => MATCH_KINDS.indexOf(h.kind!));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    expect(codes(r.hits)).toContain('6.711');
    expect(r.hits.find((h) => h.entry.code === '6.711')!.kind).toBe('wordPrefix');
  });
});

describe('laws and the subject catalogue', () => {
  it('"wmo" finds Wmo 2015 first in both languages, "pw" the Participatiewet by its abbreviation', () => {
    for (const lang of ['nl', 'en'] as const) {
      expect(searchEntries(lawEntries(lang), 'wmo').hits[0]!.entry.value).toBe('wmo2015');
      const [pw] = searchEntries(lawEntries(lang), 'pw').hits;
      expect([pw!.entry.value, pw!.kind]).toEqual(['participatiewet', 'synonym']);
    }
    // The Dutch name finds the law in the English interface.
    expect(searchEntries(lawEntries('en'), 'schuldhulp').hits[0]!.entry.value).toBe('wgs');
  });

  it('"zorg" finds "Zorg en ondersteuning (Wmo)" by its name first', () => {
    const [first] = searchEntries(catalogueSubjectEntries('nl'), 'zorg').hits;
    expect([first!.entry.name, first!.kind]).toEqual(['Zorg en ondersteuning (Wmo)', 'namePrefix']);
  });
});

describe('search properties', () => {
  const entry = fc.record({
    value: fc.string({ minLength: 1, maxLength: 6 }),
    code: fc.option(fc.stringMatching(/^\d{1,2}\.\d{1,3}$/), { nil: undefined }),
    name: fc.string({ maxLength: 20 }),
    synonyms: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
  });

  it('ranks never worse later, keeps list order within a kind, and highlights inside the text', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 15 }), fc.string({ maxLength: 6 }), (entries, query) => {
        const { hits, total } = searchEntries(entries, query);
        expect(total).toBe(hits.length);
        const order = hits.map((h) => entries.indexOf(h.entry));
        hits.forEach((h, i) => {
          for (const s of [...h.nameSpans, ...h.codeSpans]) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.start).toBeLessThan(s.end);
          }
          for (const s of h.nameSpans) expect(s.end).toBeLessThanOrEqual(h.entry.name.length);
          if (i === 0 || h.kind === undefined) return;
          const prev = MATCH_KINDS.indexOf(hits[i - 1]!.kind!);
          const here = MATCH_KINDS.indexOf(h.kind);
          expect(here).toBeGreaterThanOrEqual(prev);
          if (here === prev) expect(order[i]).toBeGreaterThan(order[i - 1]!);
        });
      }),
    );
  });

  it('finds every entry by its own name, in any case', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 10 }), fc.nat(), (entries, k) => {
        const target = entries[k % entries.length]!;
        if (foldForSearch(target.name) === '') return;
        const found = searchEntries(entries, target.name.toUpperCase()).hits.map((h) => h.entry);
        expect(found).toContain(target);
      }),
    );
  });
});

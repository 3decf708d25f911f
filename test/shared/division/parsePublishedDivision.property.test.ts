import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePublishedDivision } from '../../../shared/division/parsePublishedDivision';
import type { PublishedRole } from '../../../shared/division/publishedDivision';
import { expectFromText } from './expectFromText';

interface Generated {
  name: string;
  role: PublishedRole;
  party: string | null;
  fte: number | null;
  subjects: string[];
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const VOCABULARY = [
  'werk',
  'inkomen',
  'armoede',
  'schulden',
  'zorg',
  'welzijn',
  'jeugd',
  'onderwijs',
  'sport',
  'cultuur',
  'wonen',
  'mobiliteit',
  'economie',
  'afval',
  'water',
  'riolering',
  'grondbeleid',
  'financiën',
  'handhaving',
  'Omgevingswet',
  'Wmo',
  'openbare ruimte',
  'volksgezondheid',
  'erfgoed',
];
const word = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc.stringMatching(/^[a-zéëïöü]{3,12}$/).filter((w) => !['and', 'fte'].includes(w)),
);
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A subject as colleges write them: "armoede en schulden", "Werk & inkomen", "wonen/bouwen". */
const plainSubject = fc
  .tuple(word, fc.constantFrom(' en ', ' & ', '/', ' '), word, fc.boolean(), fc.boolean())
  .map(([a, joint, b, two, upper]) => (upper ? capitalised : (s: string) => s)(two ? `${a}${joint}${b}` : a));
/** One subject whose name holds a comma: "afval, water en riolering". */
const commaSubject = fc.tuple(word, word, word).map(([a, b, c]) => `${a}, ${b} en ${c}`);

const subjectsOf = (subject: fc.Arbitrary<string>) =>
  fc.uniqueArray(subject, { maxLength: 6, selector: (s) => fold(s).replace(/\s+/g, ' ') });

const PARTIES = [
  'PvdA',
  'VVD',
  'CDA',
  'D66',
  'GroenLinks-PvdA',
  'SP',
  'ChristenUnie',
  'Lokaal Belang',
  'Leefbaar Zuid',
];
const surname = fc
  .tuple(
    fc.stringMatching(/^[A-Z][a-zéëö]{2,9}$/),
    fc.option(fc.stringMatching(/^[A-Z][a-z]{2,8}$/), { nil: undefined }),
  )
  .map(([a, b]) => (b ? `${a}-${b}` : a))
  // Words that mark a heading, not a name.
  .filter((s) => !/naam|noot|bron|taken|datum|versie|college|programma|akkoord|overzicht/i.test(s));
const name = fc
  .tuple(
    fc.constantFrom('', 'mr. ', 'drs. ', 'dr. ', 'ir. '),
    fc.constantFrom('', 'J. ', 'A.B. ', 'M.C. '),
    fc.constantFrom('', 'de ', 'van ', 'van der ', 'ter ', "in 't "),
    surname,
  )
  .map(([title, initials, tussen, last]) => `${title}${initials}${tussen}${last}`);

const holder = (subject: fc.Arbitrary<string>) =>
  fc.record({
    name,
    role: fc.constantFrom<PublishedRole>('wethouder', 'wethouder', 'burgemeester'),
    party: fc.option(fc.constantFrom(...PARTIES), { nil: null }),
    fte: fc.option(
      fc.integer({ min: 1, max: 15 }).map((n) => n / 10),
      { nil: null },
    ),
    subjects: subjectsOf(subject),
  });

const fteText = (fte: number, comma: boolean, upper: boolean) =>
  `${comma ? String(fte).replace('.', ',') : String(fte)} ${upper ? 'FTE' : 'fte'}`;

const roleWord = (h: Generated) => (h.role === 'burgemeester' ? 'Burgemeester' : 'Wethouder');

/** "(PvdA, 0,8 fte)", "(PvdA) (0.8 FTE)", "(0,8 fte)", "" */
function brackets(h: Generated, apart: boolean, comma: boolean, upper: boolean): string {
  const fte = h.fte === null ? undefined : fteText(h.fte, comma, upper);
  if (h.party !== null && fte) return apart ? ` (${h.party}) (${fte})` : ` (${h.party}, ${fte})`;
  if (h.party !== null) return ` (${h.party})`;
  return fte ? ` (${fte})` : '';
}

type Form = 'colon' | 'dash' | 'bullets' | 'lines';
const BULLETS = ['-', '•', '*', '–'];

/** One holder in one of the published forms, as lines of text. */
function render(h: Generated, form: Form, style: { apart: boolean; comma: boolean; upper: boolean; bullet: number }) {
  const head = `${roleWord(h)} ${h.name}${brackets(h, style.apart, style.comma, style.upper)}`;
  switch (form) {
    case 'colon':
      return [`${head}:${h.subjects.length ? ` ${h.subjects.join(', ')}` : ''}`];
    case 'dash': {
      // "Jansen, PvdA, 0,8 fte – werk; zorg": the party after a comma says it is a holder.
      const parts = [h.name, ...(h.role === 'burgemeester' ? ['burgemeester'] : []), h.party!];
      if (h.fte !== null) parts.push(fteText(h.fte, style.comma, style.upper));
      return [`${parts.join(', ')} –${h.subjects.length ? ` ${h.subjects.join('; ')}` : ''}`];
    }
    case 'bullets':
      return [head, ...h.subjects.map((s, i) => `${style.bullet === 4 ? `${i + 1}.` : BULLETS[style.bullet]!} ${s}`)];
    case 'lines':
      return [head, ...h.subjects];
  }
}

const style = fc.record({
  apart: fc.boolean(),
  comma: fc.boolean(),
  upper: fc.boolean(),
  bullet: fc.integer({ min: 0, max: 4 }),
});

/** A holder with a form its subjects can be written in: commas inside a subject need ';', bullets or lines. */
const rendered = fc.oneof(
  fc.record({ h: holder(plainSubject), form: fc.constant<Form>('colon'), style }),
  fc.record({ h: holder(fc.oneof(plainSubject, commaSubject)), form: fc.constant<Form>('bullets'), style }),
  // One subject alone on a line is a one-line list, so a comma in it separates: ';' needs a second subject.
  fc.record({
    h: holder(fc.oneof(plainSubject, commaSubject)).filter(
      (h) => h.subjects.length >= 2 || h.subjects.every((s) => !s.includes(',')),
    ),
    form: fc.constant<Form>('dash'),
    style,
  }),
  fc.record({
    h: holder(fc.oneof(plainSubject, commaSubject)).filter((h) => h.subjects.length >= 2),
    form: fc.constant<Form>('lines'),
    style,
  }),
  fc.record({
    h: holder(plainSubject).filter((h) => h.subjects.length === 1),
    form: fc.constant<Form>('lines'),
    style,
  }),
);

const division = fc
  .uniqueArray(rendered, { minLength: 1, maxLength: 8, selector: (r) => fold(r.h.name) })
  // One burgemeester per college; the dash form needs a party to say it is a holder.
  .filter((list) => list.filter((r) => r.h.role === 'burgemeester').length <= 1)
  .filter((list) => list.every((r) => r.form !== 'dash' || r.h.party !== null));

describe('parsePublishedDivision (property)', () => {
  it('returns exactly the holders and subjects a division was rendered from, in several published forms', () => {
    fc.assert(
      fc.property(
        division,
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.boolean(),
        (list, blanks, crlf) => {
          const blocks = list.map((r, i) => [...render(r.h, r.form, r.style), ...(blanks[i] ? [''] : [])]);
          const text = blocks.flat().join(crlf ? '\r\n' : '\n');
          const result = parsePublishedDivision(text);
          expect(result.problems).toEqual([]);
          expect(
            result.holders.map((h) => ({
              name: h.name,
              role: h.role,
              party: h.party,
              fte: h.fte,
              subjects: h.subjects.map((s) => s.published),
            })),
          ).toEqual(list.map((r) => r.h));
          expect(result.holders.every((h) => h.roleNote === undefined)).toBe(true);
          expectFromText(text, result);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on text made of the pieces divisions are made of; every problem has its line or is about the whole text', () => {
    const piece = fc.constantFrom(
      'Wethouder ',
      'Burgemeester ',
      'loco-burgemeester ',
      'Jansen',
      'de Vries',
      ' (PvdA',
      ')',
      ', ',
      '; ',
      ': ',
      ' – ',
      ' - ',
      '0,8 fte',
      '\n',
      '\r\n',
      '\n\n',
      '\t',
      '- ',
      '• ',
      '1. ',
      'werk en inkomen',
      '&',
      '"',
      '“',
      '#',
      '**',
      'Portefeuilleverdeling',
      'Wethouders:',
      ' en',
      '.',
      '\uFEFF',
    );
    const WHOLE = new Set(['divisionNoHolders', 'divisionTooManyHolders', 'divisionTextTooLong', 'moreProblems']);
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const result = parsePublishedDivision(text);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const p of result.problems) {
          if (WHOLE.has(p.code)) continue;
          const line = p.params?.line;
          expect(typeof line === 'number' && line >= 1 && line <= lines, p.code).toBe(true);
        }
        expectFromText(text, result);
      }),
      { numRuns: 1000 },
    );
  });
});

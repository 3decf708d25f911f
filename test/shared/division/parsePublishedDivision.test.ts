import { describe, expect, it } from 'vitest';
import { parsePublishedDivision } from '../../../shared/division/parsePublishedDivision';
import { DIVISION_LIMITS } from '../../../shared/division/publishedDivision';
import { codes, expectFromText, subjectsByHolder } from './expectFromText';

/** Parses and checks that nothing was invented; every variant below goes through this. */
function parse(text: string) {
  const result = parsePublishedDivision(text);
  expectFromText(text, result);
  return result;
}

// The divisions below are written for these tests; names and parties are made up.
describe('parsePublishedDivision: the forms colleges publish', () => {
  it('1. one line per member, role word, party and commas (the form in issue 19)', () => {
    const text = [
      'Burgemeester Van Dam: openbare orde en veiligheid, handhaving, communicatie',
      'Wethouder Jansen (PvdA): werk en inkomen, armoede en schulden, zorg',
      'Wethouder Bakker (VVD): financiën, economie & werkgelegenheid, sport',
    ].join('\n');
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.holders).toEqual([
      {
        name: 'Van Dam',
        role: 'burgemeester',
        party: null,
        fte: null,
        line: 1,
        subjects: [
          { published: 'openbare orde en veiligheid', line: 1, column: 23 },
          { published: 'handhaving', line: 1, column: 52 },
          { published: 'communicatie', line: 1, column: 64 },
        ],
      },
      {
        name: 'Jansen',
        role: 'wethouder',
        party: 'PvdA',
        fte: null,
        line: 2,
        subjects: [
          { published: 'werk en inkomen', line: 2, column: 26 },
          { published: 'armoede en schulden', line: 2, column: 43 },
          { published: 'zorg', line: 2, column: 64 },
        ],
      },
      {
        name: 'Bakker',
        role: 'wethouder',
        party: 'VVD',
        fte: null,
        line: 3,
        subjects: [
          { published: 'financiën', line: 3, column: 25 },
          { published: 'economie & werkgelegenheid', line: 3, column: 36 },
          { published: 'sport', line: 3, column: 64 },
        ],
      },
    ]);
  });

  it('2. "name, party – subjects; subjects": a dash after the head, semicolons keep commas inside', () => {
    const text = 'Jansen, PvdA – werk en inkomen; armoede\nDe Boer, Lokaal Belang – wonen, bouwen en grond; sport';
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.holders.map((h) => [h.name, h.party])).toEqual([
      ['Jansen', 'PvdA'],
      ['De Boer', 'Lokaal Belang'],
    ]);
    expect(subjectsByHolder(r)).toEqual([
      ['Jansen', ['werk en inkomen', 'armoede']],
      ['De Boer', ['wonen, bouwen en grond', 'sport']],
    ]);
  });

  it('3. party and FTE in one bracket, and in two: "(PvdA, 0,8 fte)", "(GroenLinks-PvdA) (0,9 fte)"', () => {
    const text = [
      'Jansen (PvdA, 0,8 fte): werk en inkomen, zorg',
      'J. de Vries-Bakker (GroenLinks-PvdA) (0,9 fte): duurzaamheid, mobiliteit',
      'Wethouder Kramer (D66) (0.8 FTE): onderwijs',
    ].join('\n');
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.holders.map((h) => [h.name, h.role, h.party, h.fte])).toEqual([
      ['Jansen', 'wethouder', 'PvdA', 0.8],
      ['J. de Vries-Bakker', 'wethouder', 'GroenLinks-PvdA', 0.9],
      ['Kramer', 'wethouder', 'D66', 0.8],
    ]);
    expect(subjectsByHolder(r).map(([, s]) => s)).toEqual([
      ['werk en inkomen', 'zorg'],
      ['duurzaamheid', 'mobiliteit'],
      ['onderwijs'],
    ]);
  });

  it('4. a name line with bulleted subjects, every bullet kind; a comma inside a bullet stays', () => {
    const text = [
      'J. de Vries-Bakker (GroenLinks-PvdA) (0,9 fte)',
      '- Werk & inkomen',
      '• Afval, water en riolering',
      '* Zorg (Wmo, jeugd)',
      '– Onderwijs',
      '—  Kunst en cultuur',
      '',
      'Wethouder Pinas (SP)',
      '1. Wonen',
      '2) Ruimtelijke ordening, grondbeleid',
      '3. Omgevingswet',
    ].join('\n');
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.holders[0]).toEqual({
      name: 'J. de Vries-Bakker',
      role: 'wethouder',
      party: 'GroenLinks-PvdA',
      fte: 0.9,
      line: 1,
      subjects: [
        { published: 'Werk & inkomen', line: 2, column: 3 },
        { published: 'Afval, water en riolering', line: 3, column: 3 },
        { published: 'Zorg (Wmo, jeugd)', line: 4, column: 3 },
        { published: 'Onderwijs', line: 5, column: 3 },
        { published: 'Kunst en cultuur', line: 6, column: 4 },
      ],
    });
    expect(subjectsByHolder(r)[1]).toEqual(['Pinas', ['Wonen', 'Ruimtelijke ordening, grondbeleid', 'Omgevingswet']]);
    expect(r.holders[1]!.subjects[1]).toEqual({ published: 'Ruimtelijke ordening, grondbeleid', line: 10, column: 4 });
  });

  it('5. subjects on the lines under the name without bullets: each line one subject, commas kept', () => {
    const text = [
      'drs. A. van der Berg (CDA)',
      'Wonen en volkshuisvesting',
      'Afval, water en riolering',
      'Sport',
      '',
      'ir. M. ter Horst',
      'Economie',
      'Recreatie en toerisme',
    ].join('\n');
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(subjectsByHolder(r)).toEqual([
      ['drs. A. van der Berg', ['Wonen en volkshuisvesting', 'Afval, water en riolering', 'Sport']],
      ['ir. M. ter Horst', ['Economie', 'Recreatie en toerisme']],
    ]);
    expect(r.holders[1]!.party).toBeNull();
  });

  it('6. without party or FTE, and a one-line list per member with only a colon to say so', () => {
    const text = 'Bakker: sport, cultuur\nVan Leeuwen: jeugd & onderwijs, welzijn\nDe Graaf: financiën';
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.holders.map((h) => [h.name, h.role, h.party, h.fte])).toEqual([
      ['Bakker', 'wethouder', null, null],
      ['Van Leeuwen', 'wethouder', null, null],
      ['De Graaf', 'wethouder', null, null],
    ]);
    expect(subjectsByHolder(r).map(([, s]) => s)).toEqual([
      ['sport', 'cultuur'],
      ['jeugd & onderwijs', 'welzijn'],
      ['financiën'],
    ]);
  });

  it('7. FTE outside brackets and after a comma: "0,8 fte", "(0.8 FTE)", "1 fte"', () => {
    const text = [
      'Wethouder Jansen (PvdA) 0,8 fte',
      '- zorg',
      'Wethouder Smit, CDA, 1 fte – wonen; sport',
      'Wethouder Öztürk (DENK) (0.6 FTE): integratie',
    ].join('\n');
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.holders.map((h) => [h.name, h.party, h.fte])).toEqual([
      ['Jansen', 'PvdA', 0.8],
      ['Smit', 'CDA', 1],
      ['Öztürk', 'DENK', 0.6],
    ]);
    expect(subjectsByHolder(r).map(([, s]) => s)).toEqual([['zorg'], ['wonen', 'sport'], ['integratie']]);
  });

  it('8. the burgemeester: as role word before the name, after it, in brackets, and without a name', () => {
    const a = parse('Burgemeester drs. H. van Dam: openbare orde en veiligheid, handhaving');
    expect(a.holders.map((h) => [h.name, h.role])).toEqual([['drs. H. van Dam', 'burgemeester']]);
    const b = parse('Van Dam, burgemeester: openbare orde en veiligheid; handhaving');
    expect(b.holders.map((h) => [h.name, h.role, h.party])).toEqual([['Van Dam', 'burgemeester', null]]);
    expect(subjectsByHolder(b)[0]![1]).toEqual(['openbare orde en veiligheid', 'handhaving']);
    const c = parse('H. van Dam (burgemeester)\n- Veiligheid\n- Dienstverlening');
    expect(c.holders.map((h) => [h.name, h.role, h.subjects.length])).toEqual([['H. van Dam', 'burgemeester', 2]]);
    const d = parse('Burgemeester: openbare orde en veiligheid, communicatie');
    expect(d.holders.map((h) => [h.name, h.role])).toEqual([['Burgemeester', 'burgemeester']]);
    expect(d.problems).toEqual([
      { code: 'divisionMayorUnnamed', params: { line: 1, name: 'Burgemeester' }, severity: 'warning' },
    ]);
  });

  it('9. a loco-burgemeester stays a wethouder; the extra role is kept in roleNote, not among the subjects', () => {
    const text = [
      'Wethouder en 1e loco-burgemeester mr. P. de Vries (VVD): financiën, grondbeleid',
      'Loco-burgemeester Smit (CDA): wonen',
      'Yilmaz (D66), wethouder en tweede loco-burgemeester: onderwijs',
    ].join('\n');
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.holders.map((h) => [h.name, h.role, h.roleNote, h.party])).toEqual([
      ['mr. P. de Vries', 'wethouder', '1e loco-burgemeester', 'VVD'],
      ['Smit', 'wethouder', 'Loco-burgemeester', 'CDA'],
      ['Yilmaz', 'wethouder', 'tweede loco-burgemeester', 'D66'],
    ]);
    expect(subjectsByHolder(r).map(([, s]) => s)).toEqual([['financiën', 'grondbeleid'], ['wonen'], ['onderwijs']]);
  });

  it('10. titles and tussenvoegsels stay in the name', () => {
    const text = [
      'Wethouder mr. drs. J.A. van den Heuvel-de Wit (CDA): financiën',
      'Wethouder dr. ir. K. ten Brink (VVD): mobiliteit',
      "Wethouder A. in 't Veld (PvdA): cultuur",
    ].join('\n');
    const r = parse(text);
    expect(r.holders.map((h) => h.name)).toEqual([
      'mr. drs. J.A. van den Heuvel-de Wit',
      'dr. ir. K. ten Brink',
      "A. in 't Veld",
    ]);
  });

  it('11. headings are skipped with a warning at their line, never made into holders', () => {
    const text = [
      'Portefeuilleverdeling college 2026–2030',
      '',
      'Collegeprogramma',
      'Burgemeester en wethouders:',
      'Burgemeester Van Dam: veiligheid',
      '',
      'Wethouders:',
      'Wethouder Jansen (PvdA): zorg',
    ].join('\n');
    const r = parse(text);
    expect(r.holders.map((h) => h.name)).toEqual(['Van Dam', 'Jansen']);
    expect(r.problems).toEqual([
      {
        code: 'divisionHeadingSkipped',
        params: { line: 1, text: 'Portefeuilleverdeling college 2026–2030' },
        severity: 'warning',
      },
      { code: 'divisionHeadingSkipped', params: { line: 3, text: 'Collegeprogramma' }, severity: 'warning' },
      { code: 'divisionHeadingSkipped', params: { line: 4, text: 'Burgemeester en wethouders:' }, severity: 'warning' },
      { code: 'divisionHeadingSkipped', params: { line: 7, text: 'Wethouders:' }, severity: 'warning' },
    ]);
  });

  it('12. an empty portfolio is a holder with no subjects', () => {
    const text = 'Wethouder Smit (CDA):\nWethouder Bakker (VVD): sport\nWethouder Kok (SP) –';
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(subjectsByHolder(r)).toEqual([
      ['Smit', []],
      ['Bakker', ['sport']],
      ['Kok', []],
    ]);
  });

  it('13. Windows line endings, tabs and a byte order mark', () => {
    const text =
      '\uFEFFWethouder Jansen\t(PvdA):\twerk en inkomen,\tzorg\r\n\r\nWethouder Pietersen (D66)\t0,8 fte\r\n\t- economie\r\n\t- toerisme\r\n';
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.holders.map((h) => [h.name, h.party, h.fte])).toEqual([
      ['Jansen', 'PvdA', null],
      ['Pietersen', 'D66', 0.8],
    ]);
    expect(r.holders[0]!.subjects).toEqual([
      { published: 'werk en inkomen', line: 1, column: 26 },
      { published: 'zorg', line: 1, column: 43 },
    ]);
    expect(r.holders[1]!.subjects).toEqual([
      { published: 'economie', line: 4, column: 4 },
      { published: 'toerisme', line: 5, column: 4 },
    ]);
  });

  it('14. a subject no catalogue knows is kept as written (the parser does not match)', () => {
    const r = parse(
      'Wethouder Bosman (Leefbaar Noord): Kermis en evenementen, Project Stationsgebied-Oost, Dierenwelzijn',
    );
    expect(r.holders[0]!.party).toBe('Leefbaar Noord');
    expect(subjectsByHolder(r)[0]![1]).toEqual([
      'Kermis en evenementen',
      'Project Stationsgebied-Oost',
      'Dierenwelzijn',
    ]);
  });

  it('15. the comma rule: commas separate only a one-line list; ";", lines, bullets, quotes and brackets keep a comma', () => {
    expect(subjectsByHolder(parse('Jansen (PvdA): wonen, afval, water en riolering, sport'))[0]![1]).toEqual([
      'wonen',
      'afval',
      'water en riolering',
      'sport',
    ]);
    expect(subjectsByHolder(parse('Jansen (PvdA): wonen; afval, water en riolering; sport'))[0]![1]).toEqual([
      'wonen',
      'afval, water en riolering',
      'sport',
    ]);
    expect(subjectsByHolder(parse('Jansen (PvdA): wonen, “Afval, water en riolering”, sport'))[0]![1]).toEqual([
      'wonen',
      '“Afval, water en riolering”',
      'sport',
    ]);
    expect(subjectsByHolder(parse('Jansen (PvdA): zorg (Wmo, jeugdhulp), wonen'))[0]![1]).toEqual([
      'zorg (Wmo, jeugdhulp)',
      'wonen',
    ]);
    // One plain line under the name is a one-line list; a second line makes each line one subject.
    expect(subjectsByHolder(parse('Jansen (PvdA)\nAfval, water en riolering'))[0]![1]).toEqual([
      'Afval',
      'water en riolering',
    ]);
    expect(subjectsByHolder(parse('Jansen (PvdA)\nAfval, water en riolering\nSport'))[0]![1]).toEqual([
      'Afval, water en riolering',
      'Sport',
    ]);
    expect(subjectsByHolder(parse('Jansen (PvdA)\n- Afval, water en riolering'))[0]![1]).toEqual([
      'Afval, water en riolering',
    ]);
    // " en ", "&", "/" and "+" never separate.
    expect(
      subjectsByHolder(
        parse('Jansen (PvdA): Werk & inkomen, armoede en schulden, wonen/bouwen, zorg + welzijn'),
      )[0]![1],
    ).toEqual(['Werk & inkomen', 'armoede en schulden', 'wonen/bouwen', 'zorg + welzijn']);
  });

  it('16. a list wrapped over lines goes on after a separator, "en" or "&" (as text copied from a PDF)', () => {
    const text = [
      'Wethouder Jansen (PvdA): werk en inkomen, armoede en',
      'schulden, zorg,',
      'welzijn',
      'Wethouder Smit (CDA): wonen',
    ].join('\n');
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.holders[0]!.subjects).toEqual([
      { published: 'werk en inkomen', line: 1, column: 26 },
      { published: 'armoede en schulden', line: 1, column: 43 },
      { published: 'zorg', line: 2, column: 11 },
      { published: 'welzijn', line: 3, column: 1 },
    ]);
    expect(subjectsByHolder(r)[1]).toEqual(['Smit', ['wonen']]);
  });

  it('16b. a line break in a one-line list ends an item unless it falls after "en", "&" or "/"', () => {
    const r = parse('Wethouder Jansen (PvdA): werk en inkomen, armoede\nzorg, welzijn\nSmit: wonen');
    expect(r.holders[0]!.subjects).toEqual([
      { published: 'werk en inkomen', line: 1, column: 26 },
      { published: 'armoede', line: 1, column: 43 },
      { published: 'zorg', line: 2, column: 1 },
      { published: 'welzijn', line: 2, column: 7 },
    ]);
    expect(subjectsByHolder(r)[1]).toEqual(['Smit', ['wonen']]);
    const bullets = parse('Wethouder Jansen (PvdA)\n- Werk en inkomen\n  (inclusief minimabeleid)\n- Zorg');
    expect(subjectsByHolder(bullets)[0]![1]).toEqual(['Werk en inkomen (inclusief minimabeleid)', 'Zorg']);
  });

  it('16c. rows pasted from a table (tabs between cells), and emphasis marks from a web page', () => {
    const text =
      'Naam\tPartij\tPortefeuille\nWethouder A. Jansen\tPvdA\twerk, zorg\nB. Smit\tCDA\t0,8 fte\twonen; sport';
    const r = parse(text);
    expect(r.holders.map((h) => [h.name, h.party, h.fte])).toEqual([
      ['A. Jansen', 'PvdA', null],
      ['B. Smit', 'CDA', 0.8],
    ]);
    expect(subjectsByHolder(r).map(([, s]) => s)).toEqual([
      ['werk', 'zorg'],
      ['wonen', 'sport'],
    ]);
    expect(codes(r)).toEqual(['divisionHeadingSkipped']);
    const bold = parse('## Wethouders\n**Wethouder Jansen (PvdA)**: werk');
    expect(bold.holders.map((h) => [h.name, h.party, h.subjects.map((s) => s.published)])).toEqual([
      ['Jansen', 'PvdA', ['werk']],
    ]);
  });

  it('17. holders as bullets under a heading, each with a one-line list', () => {
    const text = 'Wethouders:\n- Jansen (PvdA): werk, zorg\n- Wethouder Smit: wonen\n- Kok (SP) (0,5 fte): sport';
    const r = parse(text);
    expect(subjectsByHolder(r)).toEqual([
      ['Jansen', ['werk', 'zorg']],
      ['Smit', ['wonen']],
      ['Kok', ['sport']],
    ]);
    expect(r.holders[2]!.fte).toBe(0.5);
    expect(codes(r)).toEqual(['divisionHeadingSkipped']);
  });

  it('18. a holder announced with a colon takes the subjects after a blank line', () => {
    const r = parse('Wethouder Jansen (PvdA):\n\nWerk en inkomen\nZorg\n\nWethouder Smit (CDA):\n- Wonen');
    expect(subjectsByHolder(r)).toEqual([
      ['Jansen', ['Werk en inkomen', 'Zorg']],
      ['Smit', ['Wonen']],
    ]);
  });

  it('19. one subject held by two holders is kept with both (the model counts it as coordination)', () => {
    const r = parse('Wethouder Jansen (PvdA): Stationsgebied, zorg\nWethouder Smit (CDA): Stationsgebied, wonen');
    expect(r.problems).toEqual([]);
    expect(subjectsByHolder(r)).toEqual([
      ['Jansen', ['Stationsgebied', 'zorg']],
      ['Smit', ['Stationsgebied', 'wonen']],
    ]);
  });

  it('20. a closing period ends the sentence, not the subject; an abbreviation keeps its own', () => {
    const r = parse('Wethouder Jansen (PvdA): werk, zorg e.d.\nWethouder Smit (CDA): wonen en sport.');
    expect(subjectsByHolder(r).map(([, s]) => s)).toEqual([['werk', 'zorg e.d.'], ['wonen en sport']]);
  });
});

describe('parsePublishedDivision: problems', () => {
  it('a line that names no holder is skipped with a warning, and a bare name with nothing under it too', () => {
    const text = 'Vastgesteld op 3 juni 2026.\n\nWethouder Jansen (PvdA): zorg\n\nKlaas\n';
    const r = parse(text);
    expect(r.holders.map((h) => h.name)).toEqual(['Jansen']);
    expect(r.problems).toEqual([
      { code: 'divisionLineSkipped', params: { line: 1, text: 'Vastgesteld op 3 juni 2026.' }, severity: 'warning' },
      { code: 'divisionLineSkipped', params: { line: 5, text: 'Klaas' }, severity: 'warning' },
    ]);
  });

  it('bullets before any holder are skipped, not given to a holder that does not exist', () => {
    const r = parse('- zorg\n- wonen\nWethouder Jansen (PvdA): werk');
    expect(subjectsByHolder(r)).toEqual([['Jansen', ['werk']]]);
    expect(r.problems.map((p) => [p.code, p.params?.line])).toEqual([
      ['divisionLineSkipped', 1],
      ['divisionLineSkipped', 2],
    ]);
  });

  it('an FTE outside 0,1–1,5 is an error at its line; the holder keeps no FTE it cannot have', () => {
    const r = parse('Wethouder Jansen (PvdA, 1,8 fte): zorg\nWethouder Smit (CDA, 0,8 fte): wonen');
    expect(r.problems).toEqual([{ code: 'divisionBadFte', params: { line: 1, value: '1.8', min: 0.1, max: 1.5 } }]);
    expect(r.holders.map((h) => h.fte)).toEqual([1.8, 0.8]);
  });

  it('a wethouder without a name is an error; the same holder twice is an error; a second burgemeester a warning', () => {
    const r = parse(
      'Wethouder (PvdA): zorg\nWethouder Jansen (PvdA): werk\nJansen (PvdA): wonen\nBurgemeester Van Dam: veiligheid\nBurgemeester Kok: handhaving',
    );
    expect(r.problems).toEqual([
      { code: 'divisionNoName', params: { line: 1 } },
      { code: 'divisionDuplicateHolder', params: { line: 3, name: 'Jansen', otherLine: 2 } },
      { code: 'divisionSecondMayor', params: { line: 5, name: 'Kok', otherLine: 4 }, severity: 'warning' },
    ]);
    expect(r.holders.map((h) => h.name)).toEqual(['Jansen', 'Jansen', 'Van Dam', 'Kok']);
  });

  it('a subject twice for one holder counts once, with a warning where it is repeated', () => {
    const r = parse('Wethouder Jansen (PvdA): zorg, Wonen, wonen');
    expect(subjectsByHolder(r)).toEqual([['Jansen', ['zorg', 'Wonen']]]);
    expect(r.problems).toEqual([
      {
        code: 'divisionDuplicateSubject',
        params: { line: 1, column: 39, text: 'wonen', otherLine: 1 },
        severity: 'warning',
      },
    ]);
  });

  it('a detail in brackets that is no party, role or FTE is reported, not lost silently', () => {
    const r = parse('Wethouder Jansen (PvdA, vanaf 1 juli): zorg');
    expect(r.holders[0]!.party).toBe('PvdA');
    expect(r.problems).toEqual([
      { code: 'divisionDetailIgnored', params: { line: 1, text: 'vanaf 1 juli' }, severity: 'warning' },
    ]);
  });

  it('too long a subject, name or text is refused with its place and the limit', () => {
    const long = 'x'.repeat(DIVISION_LIMITS.subjectChars + 1);
    const r = parse(`Wethouder Jansen (PvdA): ${long}`);
    expect(r.problems).toEqual([
      { code: 'divisionSubjectTooLong', params: { line: 1, column: 26, length: 201, limit: 200 } },
    ]);
    const name = `Wethouder ${'Abcdefghij'.repeat(13)} (PvdA): zorg`;
    expect(codes(parse(name))).toEqual(['divisionNameTooLong']);
    const huge = parsePublishedDivision('Wethouder Jansen: zorg\n'.repeat(10_000));
    expect(huge.holders).toEqual([]);
    expect(huge.problems).toEqual([
      { code: 'divisionTextTooLong', params: { length: 230_000, limit: DIVISION_LIMITS.textChars } },
    ]);
  });

  it('more holders than a project may have is an error', () => {
    const text = Array.from(
      { length: 201 },
      (_, i) => `Wethouder Houder${String.fromCharCode(65 + (i % 26))}${i.toString(36)}x: zorg`,
    );
    const r = parsePublishedDivision(text.join('\n'));
    expect(codes(r)).toEqual(['divisionTooManyHolders']);
  });

  it('empty text, or only headings, gives an error that no holder was found', () => {
    expect(codes(parse(''))).toEqual(['divisionNoHolders']);
    expect(codes(parse('\r\n  \n'))).toEqual(['divisionNoHolders']);
    expect(codes(parse('Portefeuilleverdeling\nWethouders:'))).toEqual([
      'divisionNoHolders',
      'divisionHeadingSkipped',
      'divisionHeadingSkipped',
    ]);
  });
});

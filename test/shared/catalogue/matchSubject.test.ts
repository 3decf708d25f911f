import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_CANDIDATES,
  CATALOGUE_SUBJECTS,
  matchPublishedSubject,
  matchPublishedSubjectTiers,
  type SubjectCandidate,
  type SubjectMatch,
} from '../../../shared/catalogue';

const match = (text: string) => matchPublishedSubject(text, CATALOGUE_CANDIDATES);
const catalogueIds = new Set(CATALOGUE_SUBJECTS.map((s) => s.id));

/** What every result must honour, whatever the text: parts as written, in order, ids only from the candidates. */
function expectWellFormed(text: string, result: SubjectMatch, candidateIds: ReadonlySet<string>): void {
  let end = 0;
  for (const part of result.parts) {
    expect(text.slice(part.start, part.start + part.text.length)).toBe(part.text);
    expect(part.start).toBeGreaterThanOrEqual(end);
    end = part.start + part.text.length;
    expect(part.ids.length).toBeGreaterThan(0);
    for (const id of part.ids) expect(candidateIds.has(id)).toBe(true);
  }
  for (const piece of result.unmatched) expect(text).toContain(piece);
  expect(result.ids).toEqual([...new Set(result.parts.flatMap((p) => p.ids))]);
}

describe('matchPublishedSubject on published forms (written for these tests)', () => {
  it.each<[string, string[], string[]?]>([
    ['Werk & inkomen', ['werk-en-inkomen']],
    ['Minima & schulden', ['armoede-en-schulden']],
    ['Armoede en schulden', ['armoede-en-schulden']],
    ['Schuldhulpverlening en minimabeleid', ['armoede-en-schulden']],
    ['Zorg, welzijn & volksgezondheid', ['zorg-en-ondersteuning', 'welzijn', 'volksgezondheid']],
    ['Zorg en welzijn', ['zorg-en-ondersteuning', 'welzijn']],
    ['Grondbeleid & wonen', ['grondbeleid', 'wonen']],
    ['Afval, water en riolering', ['milieu-en-afval', 'water-en-riolering']],
    ['Wmo (maatschappelijke ondersteuning)', ['zorg-en-ondersteuning']],
    ['Ruimtelijke ordening en volkshuisvesting', ['ruimtelijke-ordening', 'wonen']],
    ['Verkeer en vervoer', ['mobiliteit']],
    ['Beheer van de openbare ruimte', ['openbare-ruimte']],
    ['Energietransitie / klimaatadaptatie', ['duurzaamheid-en-energie', 'klimaatadaptatie']],
    ['Kernen- en wijkgericht werken', ['wijk-en-kerngericht-werken']],
    ['Bouw- en woningtoezicht', ['vergunningen-en-bouwtoezicht']],
    ['Sport, recreatie en toerisme', ['sport', 'recreatie-en-toerisme']],
    ['Openbare orde & veiligheid (OOV)', ['openbare-orde-en-veiligheid']],
    ['Financiën, P&O en ICT', ['financien', 'personeel-en-organisatie', 'ict-en-digitalisering']],
    ['Economie (excl. toerisme)', ['economie']],
    ['Lokale economie en binnenstad', ['economie', 'binnenstad']],
    ['Onderwijs; jeugd(zorg)', ['onderwijs', 'jeugd']],
    ['Huisvesting statushouders', ['wonen', 'integratie-en-inburgering']],
    ['Integratie/inburgering en asiel', ['integratie-en-inburgering', 'asiel-en-opvang']],
    ['Werk, inkomen en participatie', ['werk-en-inkomen']],
    ['Cultuur, erfgoed en monumenten', ['cultuur', 'erfgoed']],
    ['Dak- en thuislozen; beschermd wonen', ['beschermd-wonen-en-opvang']],
    ['Omgevingswet (implementatie)', ['omgevingswet']],
    ['Duurzaamheid & Energie', ['duurzaamheid-en-energie']],
    ['Dienstverlening, burgerzaken en communicatie', ['dienstverlening', 'burgerzaken', 'communicatie']],
    ['Regionale samenwerking (o.a. arbeidsmarktregio)', ['regionale-samenwerking', 'arbeidsmarkt']],
    ['Sociaal domein (Wmo, jeugd)', ['zorg-en-ondersteuning', 'jeugd'], ['Sociaal domein']],
    ['Wonen, waterschapszaken en groen', ['wonen', 'groen'], ['waterschapszaken']],
    ['Housing and public health', ['wonen', 'volksgezondheid']],
  ])('%j names %j', (text, ids, unmatched = []) => {
    const result = match(text);
    expect(result.ids).toEqual(ids);
    expect(result.unmatched).toEqual(unmatched);
    expectWellFormed(text, result, catalogueIds);
  });

  it('ignores accents and case: financiën, financien, FINANCIËN', () => {
    for (const text of ['Financiën', 'financien', 'FINANCIËN', ' financiën. ']) {
      expect(match(text).ids).toEqual(['financien']);
    }
  });

  it('reads "&" as "en", in either direction', () => {
    expect(match('Openbare orde & veiligheid').parts).toHaveLength(1);
    expect(match('Natuur & landschap').ids).toEqual(['groen']);
    expect(match('Planning & control').ids).toEqual(['financien']);
  });

  it('matches a whole published list of one holder, piece by piece', () => {
    const result = match('Werk & inkomen, minima & schulden, zorg, welzijn & volksgezondheid, cultuur');
    expect(result.ids).toEqual([
      'werk-en-inkomen',
      'armoede-en-schulden',
      'zorg-en-ondersteuning',
      'welzijn',
      'volksgezondheid',
      'cultuur',
    ]);
    expect(result.parts.map((p) => p.text)).toEqual([
      'Werk & inkomen',
      'minima & schulden',
      'zorg',
      'welzijn',
      'volksgezondheid',
      'cultuur',
    ]);
  });

  it('keeps the text as written in every part', () => {
    const result = match('  • Grondbeleid  &  Wonen ');
    expect(result.parts.map((p) => p.text)).toEqual(['Grondbeleid', 'Wonen']);
    // A qualifier is not part of its subject's text, so the qualifier's own part could never overlap it.
    expect(match('Wmo (maatschappelijke ondersteuning)').parts.map((p) => p.text)).toEqual(['Wmo']);
    expect(match('Armoede en schulden').parts).toEqual([
      { text: 'Armoede en schulden', start: 0, ids: ['armoede-en-schulden'], fuzzy: false, tier: 0 },
    ]);
  });

  it.each([
    ['Armoedebelied', 'armoede-en-schulden'],
    ['Schuldhulpverleneng', 'armoede-en-schulden'],
    ['Volksgezondhied', 'volksgezondheid'],
    ['Onderwjis', 'onderwijs'],
    ['Ruimtelijke ordning', 'ruimtelijke-ordening'],
    ['Klimaatadaptatei', 'klimaatadaptatie'],
    ['Sprot', 'sport'],
    ['Sport accomodaties', 'sport'],
  ])('allows a small spelling slip: %j is %s', (text, id) => {
    const result = match(text);
    expect(result.ids).toEqual([id]);
    expect(result.parts[0]!.fuzzy).toBe(true);
  });

  it('does not stretch short words or abbreviations', () => {
    expect(match('Zrog').ids).toEqual([]);
    expect(match('OOF').ids).toEqual([]);
    expect(match('RO').ids).toEqual(['ruimtelijke-ordening']);
  });

  it.each(['Sociaal domein', 'Participatie', 'Waterschapszaken', 'Portefeuille 3', 'Opvang', '', '—', 'Coördinatie'])(
    'never invents a subject: %j matches nothing',
    (text) => {
      const result = match(text);
      expect(result.ids).toEqual([]);
      expect(result.parts).toEqual([]);
      expect(result.unmatched).toEqual(text.replace(/[—\s]/g, '') === '' ? [] : [text]);
    },
  );

  it('lets a whole name or synonym win over its parts', () => {
    const candidates: SubjectCandidate[] = [
      { id: 'a', name: 'Armoede' },
      { id: 's', name: 'Schulden' },
      { id: 'as', name: 'Armoede en schulden' },
    ];
    expect(matchPublishedSubject('Armoede & schulden', candidates).ids).toEqual(['as']);
    expect(matchPublishedSubject('Armoede, schulden en armoede', candidates).ids).toEqual(['as', 'a']);
    expect(matchPublishedSubject('Schulden & armoede', candidates).ids).toEqual(['s', 'a']);
  });

  it('leaves a slip that is equally close to two candidates unmatched', () => {
    const candidates: SubjectCandidate[] = [
      { id: 'z', name: 'Grondzaken' },
      { id: 't', name: 'Grondtaken' },
    ];
    expect(matchPublishedSubject('Grondraken', candidates)).toEqual({ ids: [], parts: [], unmatched: ['Grondraken'] });
    expect(matchPublishedSubject('Grondzaken', candidates).ids).toEqual(['z']);
  });

  it('gives every candidate that shares an exact synonym, in candidate order', () => {
    expect(match('VTH').ids).toEqual(['handhaving', 'vergunningen-en-bouwtoezicht']);
  });

  it('ignores a qualifier that names nothing or only what the subject already named', () => {
    expect(match('Wonen (incl. woonwagenbeleid)')).toMatchObject({ ids: ['wonen'], unmatched: [] });
    expect(match('Jeugd (jeugdzorg)').parts).toHaveLength(1);
  });
});

describe('matchPublishedSubjectTiers', () => {
  const project: SubjectCandidate[] = [
    { id: 'p-sociaal', name: 'Sociaal domein' },
    { id: 'p-wonen', name: 'Wonen', synonyms: ['woningbouw'] },
  ];

  it("tries the project's subjects first and gives only the rest to the catalogue", () => {
    const result = matchPublishedSubjectTiers('Sociaal domein, wonen en grondbeleid', [project, CATALOGUE_CANDIDATES]);
    expect(result.ids).toEqual(['p-sociaal', 'p-wonen', 'grondbeleid']);
    expect(result.parts.map((p) => p.tier)).toEqual([0, 0, 1]);
    expect(result.unmatched).toEqual([]);
  });

  it('reports what no tier matched', () => {
    const result = matchPublishedSubjectTiers('Woningbouw, waterschapszaken', [project, CATALOGUE_CANDIDATES]);
    expect(result.ids).toEqual(['p-wonen']);
    expect(result.unmatched).toEqual(['waterschapszaken']);
  });

  it('hands the next tier what the project left in one piece, so a name with "en" is seen whole', () => {
    const whole = matchPublishedSubjectTiers('Participatie en democratie', [project, CATALOGUE_CANDIDATES]);
    expect(whole.parts).toEqual([
      { text: 'Participatie en democratie', start: 0, ids: ['participatie-en-democratie'], fuzzy: false, tier: 1 },
    ]);
    expect(whole.unmatched).toEqual([]);
    // Also the stretch after a project match, and with no project subjects at all.
    const after = matchPublishedSubjectTiers('Wonen, participatie en democratie', [project, CATALOGUE_CANDIDATES]);
    expect(after.parts.map((p) => [p.text, p.tier])).toEqual([
      ['Wonen', 0],
      ['participatie en democratie', 1],
    ]);
    expect(matchPublishedSubjectTiers('Personeel en organisatie', [[], CATALOGUE_CANDIDATES]).ids).toEqual([
      'personeel-en-organisatie',
    ]);
    // The catalogue joins pieces the project could not: one part, as a single list would give.
    const joined = matchPublishedSubjectTiers('Afval, water en riolering', [project, CATALOGUE_CANDIDATES]);
    expect(joined.parts.map((p) => p.text)).toEqual(['Afval', 'water en riolering']);
    const single = matchPublishedSubject('Afval, water en riolering', CATALOGUE_CANDIDATES);
    expect({ ...joined, parts: joined.parts.map((p) => ({ ...p, tier: 0 })) }).toEqual(single);
  });

  it('reports a part as written, its bracketed qualifier included, and what is left piece by piece', () => {
    const r = matchPublishedSubjectTiers('Participatie (o.a. burgerschap) en democratie', [
      project,
      CATALOGUE_CANDIDATES,
    ]);
    expect(r.parts.map((p) => p.text)).toEqual(['Participatie (o.a. burgerschap) en democratie']);
    const left = matchPublishedSubjectTiers('kermis, grondbeleid & circus en markt', [project, CATALOGUE_CANDIDATES]);
    expect(left.ids).toEqual(['grondbeleid']);
    expect(left.unmatched).toEqual(['kermis', 'circus', 'markt']);
  });

  it('reports an unmatched piece as written, brackets and all', () => {
    expect(match('-()a').unmatched).toEqual(['-()a']);
  });

  it('with no tiers matches nothing', () => {
    expect(matchPublishedSubjectTiers('Wonen', [])).toEqual({ ids: [], parts: [], unmatched: ['Wonen'] });
  });
});

describe('matchPublishedSubject properties', () => {
  const names = CATALOGUE_SUBJECTS.map((s) => [s.id, s.name.nl] as const);

  it('is well formed and deterministic for any text', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'abcdeiklmnorstuwz &,;/()-[]ëéï'.split(''), ' en ', 'zorg', 'wonen', 'jeugd'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (t) => {
        const result = match(t);
        expectWellFormed(t, result, catalogueIds);
        expect(match(t)).toEqual(result);
      }),
    );
  });

  it('finds a subject however its name is cased, spaced or accented', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), fc.boolean(), ([id, name], upper, padded) => {
        let text = upper ? name.toUpperCase() : name.toLowerCase();
        if (padded) text = `  ${text.replace(/ /g, '   ')}. `;
        expect(match(text).ids).toContain(id);
      }),
    );
  });

  it('finds both subjects when two names are joined by a separator', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom(...names),
        fc.constantFrom(', ', '; ', ' / ', ' & ', ' en '),
        ([a, nameA], [b, nameB], sep) => {
          fc.pre(a !== b);
          const result = match(`${nameA}${sep}${nameB}`);
          expect(result.ids).toContain(a);
          expect(result.ids).toContain(b);
          expect(result.unmatched).toEqual([]);
        },
      ),
    );
  });

  it('matches nothing in text made of digits and punctuation', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 .,;:!?-()/&'.split('')) }), (t) => {
        expect(match(t).ids).toEqual([]);
      }),
    );
  });
});

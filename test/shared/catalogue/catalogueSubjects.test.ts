import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_CANDIDATES,
  CATALOGUE_DOMAIN_IDS,
  CATALOGUE_DOMAINS,
  CATALOGUE_SUBJECTS,
  catalogueDomain,
  catalogueSubjectTaakvelden,
  findCatalogueSubject,
  matchPublishedSubject,
} from '../../../shared/catalogue';
import { candidateIndex, findPhrase } from '../../../shared/catalogue/candidateIndex';
import { subjectWords } from '../../../shared/catalogue/normaliseSubjectText';
import { SOCIAL_SUBJECTS } from '../../../shared/catalogue/socialSubjects';
import { PHYSICAL_SUBJECTS } from '../../../shared/catalogue/physicalSubjects';
import { ECONOMY_SAFETY_SUBJECTS } from '../../../shared/catalogue/economySafetySubjects';
import { GOVERNANCE_FINANCE_SUBJECTS } from '../../../shared/catalogue/governanceFinanceSubjects';
import { CLASSIC_DOMAINS, ColourSchema } from '../../../shared/model/domain';
import { IdSchema } from '../../../shared/model/ids';
import { findTaakveld, map2017To2025 } from '../../../shared/model/taakvelden';

/** Names that deliberately stand for more than one subject (see the comment in catalogueSubjects.ts). */
const SHARED_SYNONYMS = new Set(['vth']);

const termsOf = (s: (typeof CATALOGUE_SUBJECTS)[number]) => [s.name.nl, s.name.en, ...s.synonyms];

describe('catalogue domains', () => {
  it('lists each domain once with names, a colour and a classic domain', () => {
    expect(CATALOGUE_DOMAINS.map((d) => d.id)).toEqual([...CATALOGUE_DOMAIN_IDS]);
    for (const d of CATALOGUE_DOMAINS) {
      expect(d.name.nl.trim()).not.toBe('');
      expect(d.name.en.trim()).not.toBe('');
      expect(ColourSchema.safeParse(d.colour).success).toBe(true);
      expect(CLASSIC_DOMAINS).toContain(d.classic);
      expect(catalogueDomain(d.id)).toBe(d);
    }
    expect(new Set(CATALOGUE_DOMAINS.map((d) => d.colour.toLowerCase())).size).toBe(CATALOGUE_DOMAINS.length);
    // Every classic domain is reachable, so the classic baseline never has an empty column by construction.
    expect(new Set(CATALOGUE_DOMAINS.map((d) => d.classic))).toEqual(new Set(CLASSIC_DOMAINS));
  });
});

describe('catalogue subjects', () => {
  it('come from one file per domain, each sorted by id and holding only its domains', () => {
    const files = [
      { rows: SOCIAL_SUBJECTS, domains: ['sociaal'] },
      { rows: PHYSICAL_SUBJECTS, domains: ['fysiek'] },
      { rows: ECONOMY_SAFETY_SUBJECTS, domains: ['economie', 'veiligheid'] },
      { rows: GOVERNANCE_FINANCE_SUBJECTS, domains: ['bestuur', 'financieel'] },
    ];
    for (const { rows, domains } of files) {
      const ids = rows.map((r) => r.id);
      expect(ids).toEqual([...ids].sort());
      for (const r of rows) expect(domains, r.id).toContain(r.domain);
    }
    expect(files.flatMap((f) => f.rows.map((r) => r.id)).sort()).toEqual(CATALOGUE_SUBJECTS.map((s) => s.id));
  });

  it('have unique, stable ascii kebab ids, sorted, that fit the model', () => {
    const ids = CATALOGUE_SUBJECTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(IdSchema.safeParse(id).success).toBe(true);
      expect(id.length).toBeLessThanOrEqual(80);
      expect(findCatalogueSubject(id)?.id).toBe(id);
    }
    expect(findCatalogueSubject('toString')).toBeUndefined();
  });

  it('have Dutch and English names, a known domain, and every domain is used', () => {
    for (const s of CATALOGUE_SUBJECTS) {
      expect(s.name.nl.trim()).not.toBe('');
      expect(s.name.en.trim()).not.toBe('');
      expect(CATALOGUE_DOMAIN_IDS).toContain(s.domain);
    }
    expect(new Set(CATALOGUE_SUBJECTS.map((s) => s.name.nl)).size).toBe(CATALOGUE_SUBJECTS.length);
    expect(new Set(CATALOGUE_SUBJECTS.map((s) => s.domain))).toEqual(new Set(CATALOGUE_DOMAIN_IDS));
    expect(CATALOGUE_SUBJECTS.length).toBeGreaterThanOrEqual(50);
  });

  it('name Iv3 taakvelden that exist in the 2025 list, and in the 2017 list where those differ', () => {
    for (const s of CATALOGUE_SUBJECTS) {
      expect(s.taakvelden2025.length).toBeGreaterThan(0);
      expect(s.taakvelden2025.length).toBeLessThanOrEqual(20);
      expect(new Set(s.taakvelden2025).size).toBe(s.taakvelden2025.length);
      for (const code of s.taakvelden2025) expect(findTaakveld('2025', code), `${s.id} ${code}`).toBeDefined();
      const all2017 = s.taakvelden2025.every((code) => findTaakveld('2017', code) !== undefined);
      // 2017 codes are given exactly when the 2025 codes are not all valid in 2017 as well.
      expect(s.taakvelden2017 === undefined, s.id).toBe(all2017);
      for (const code of s.taakvelden2017 ?? []) {
        expect(findTaakveld('2017', code), `${s.id} ${code}`).toBeDefined();
        // What the 2017 code became in 2025 is part of the subject's 2025 codes.
        for (const later of map2017To2025(code)) expect(s.taakvelden2025, `${s.id} ${code}`).toContain(later);
      }
      expect(catalogueSubjectTaakvelden(s, '2025')).toBe(s.taakvelden2025);
      expect(catalogueSubjectTaakvelden(s, '2017')).toEqual(s.taakvelden2017 ?? s.taakvelden2025);
    }
  });

  it('have trimmed synonyms, none repeated within a subject', () => {
    for (const s of CATALOGUE_SUBJECTS) {
      for (const syn of s.synonyms) {
        expect(syn).toBe(syn.trim());
        expect(syn).not.toBe('');
        expect(subjectWords(syn).length, `${s.id}: ${syn}`).toBeGreaterThan(0);
      }
      const keys = s.synonyms.map((syn) => subjectWords(syn).join(' '));
      expect(new Set(keys).size, s.id).toBe(keys.length);
    }
  });

  it('give no name or synonym that also names another subject, even with a small slip', () => {
    const clashes: string[] = [];
    for (const s of CATALOGUE_SUBJECTS) {
      const others = candidateIndex(CATALOGUE_CANDIDATES.filter((c) => c.id !== s.id));
      for (const term of termsOf(s)) {
        const found = findPhrase(term, others, true);
        if (found && !SHARED_SYNONYMS.has(term)) clashes.push(`${s.id}: "${term}" -> ${found.ids.join(', ')}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('match every own name and synonym as one whole subject', () => {
    for (const s of CATALOGUE_SUBJECTS) {
      for (const term of termsOf(s)) {
        const match = matchPublishedSubject(term, CATALOGUE_CANDIDATES);
        expect(match.unmatched, `${s.id}: ${term}`).toEqual([]);
        expect(match.parts, `${s.id}: ${term}`).toHaveLength(1);
        expect(match.parts[0]!.fuzzy).toBe(false);
        if (SHARED_SYNONYMS.has(term)) expect(match.ids).toContain(s.id);
        else expect(match.ids, `${s.id}: ${term}`).toEqual([s.id]);
      }
    }
  });

  it.each([
    ['werk en inkomen', 'werk-en-inkomen'],
    ['Armoede en schulden', 'armoede-en-schulden'],
    ['minimabeleid', 'armoede-en-schulden'],
    ['armoedebeleid', 'armoede-en-schulden'],
    ['schuldhulpverlening', 'armoede-en-schulden'],
    ['Wmo', 'zorg-en-ondersteuning'],
    ['WMO', 'zorg-en-ondersteuning'],
    ['maatschappelijke ondersteuning', 'zorg-en-ondersteuning'],
    ['welzijn', 'welzijn'],
    ['jeugdzorg', 'jeugd'],
    ['jeugd', 'jeugd'],
    ['onderwijs', 'onderwijs'],
    ['volksgezondheid', 'volksgezondheid'],
    ['sport', 'sport'],
    ['volkshuisvesting', 'wonen'],
    ['RO', 'ruimtelijke-ordening'],
    ['ruimtelijke ontwikkeling', 'ruimtelijke-ordening'],
    ['omgevingsbeleid', 'omgevingswet'],
    ['grondbeleid', 'grondbeleid'],
    ['vastgoed', 'vastgoed'],
    ['verkeer en vervoer', 'mobiliteit'],
    ['mobiliteit', 'mobiliteit'],
    ['buitenruimte', 'openbare-ruimte'],
    ['beheer openbare ruimte', 'openbare-ruimte'],
    ['energietransitie', 'duurzaamheid-en-energie'],
    ['duurzaamheid', 'duurzaamheid-en-energie'],
    ['klimaatadaptatie', 'klimaatadaptatie'],
    ['afval', 'milieu-en-afval'],
    ['werkgelegenheid', 'arbeidsmarkt'],
    ['recreatie en toerisme', 'recreatie-en-toerisme'],
    ['erfgoed', 'erfgoed'],
    ['monumenten', 'erfgoed'],
    ['OOV', 'openbare-orde-en-veiligheid'],
    ['openbare orde en veiligheid', 'openbare-orde-en-veiligheid'],
    ['handhaving', 'handhaving'],
    ['burgerparticipatie', 'participatie-en-democratie'],
    ['dienstverlening', 'dienstverlening'],
    ['financiën', 'financien'],
    ['bedrijfsvoering', 'bedrijfsvoering'],
    ['inburgering', 'integratie-en-inburgering'],
    ['statushouders', 'integratie-en-inburgering'],
    ['asielopvang', 'asiel-en-opvang'],
    ['kernen- en wijkgericht werken', 'wijk-en-kerngericht-werken'],
    ['stadsdelen', 'wijk-en-kerngericht-werken'],
    ['gebiedsontwikkeling', 'gebiedsontwikkeling'],
    ['volwasseneneducatie', 'volwasseneneducatie'],
    ['dierenwelzijn', 'dierenwelzijn'],
    ['riolering', 'water-en-riolering'],
    ['groen', 'groen'],
    ['platteland', 'landbouw-en-platteland'],
    ['communicatie', 'communicatie'],
    ['regionale samenwerking', 'regionale-samenwerking'],
    ['P&O', 'personeel-en-organisatie'],
    ['HRM', 'personeel-en-organisatie'],
    ['ICT', 'ict-en-digitalisering'],
    ['digitalisering', 'ict-en-digitalisering'],
    ['burgerzaken', 'burgerzaken'],
    ['lokale omroep', 'lokale-media'],
    ['evenementen', 'evenementen'],
    ['bouw- en woningtoezicht', 'vergunningen-en-bouwtoezicht'],
    ['begraafplaatsen', 'begraafplaatsen'],
    ['brandweer', 'brandweer-en-crisisbeheersing'],
    ['binnenstad', 'binnenstad'],
    ['havens', 'havens'],
    ['inclusie', 'inclusie'],
    ['wijkteams', 'toegang-sociaal-domein'],
    ['beschermd wonen', 'beschermd-wonen-en-opvang'],
    ['cultuur', 'cultuur'],
  ])('the subjects colleges publish are there: %j is %s', (published, id) => {
    expect(matchPublishedSubject(published, CATALOGUE_CANDIDATES).ids).toEqual([id]);
  });
});

import type { OwAspect, OwInstrument } from '../model/goal';

/** An Omgevingswet instrument or interest as the pickers show it; names equal the app's `ow.<id>` / `aspect.<id>`. */
interface OwEntry<Id extends string> {
  id: Id;
  name: { nl: string; en: string };
  /** Older names, their parts and everyday words people type ("bestemmingsplan", "Bkl", "hittestress"). */
  synonyms: readonly string[];
  /** Where the Omgevingswet or the public material on it says so, in a few words (Dutch, as the sources are). */
  basis: string;
  url: string;
}

export interface CatalogueOwInstrument extends OwEntry<OwInstrument> {
  /** Who adopts it: the council, the college, or the Rijk (the municipality applies it). */
  adoptedBy: 'raad' | 'college' | 'rijk';
}
export type CatalogueOwInterest = OwEntry<OwAspect>;

const KERNINSTRUMENTEN = 'https://www.omgevingswetportaal.nl/wet-en-regelgeving/wet/kerninstrumenten';
const ART_2_1 = 'https://www.omgevingsjurist.nl/tag/veilige-en-gezonde-fysieke-leefomgeving/';

// The municipal kerninstrumenten in shared/model's OW_INSTRUMENTS order, after the reference note on the Omgevingswet
// (omgevingswetportaal "Kerninstrumenten", Platform31). The projectbesluit is left out: it is not a municipal
// instrument (waterschap, provincie and Rijk use it).
export const CATALOGUE_OW_INSTRUMENTS: readonly CatalogueOwInstrument[] = [
  {
    id: 'omgevingsvisie',
    name: { nl: 'Omgevingsvisie', en: 'Environment vision' },
    synonyms: ['structuurvisie', 'ruimtelijke visie', 'verkeers- en vervoersplan', 'milieubeleidsplan'],
    basis: 'één integrale visie op de hele fysieke leefomgeving, zelfbindend; vervangt structuurvisies',
    url: KERNINSTRUMENTEN,
    adoptedBy: 'raad',
  },
  {
    id: 'omgevingsplan',
    name: { nl: 'Omgevingsplan', en: 'Environment plan' },
    synonyms: ['bestemmingsplan', 'bruidsschat', 'omgevingsplan van rechtswege', 'regels fysieke leefomgeving'],
    basis: 'één plan met alle gemeentelijke regels voor de fysieke leefomgeving; vervangt de bestemmingsplannen',
    url: KERNINSTRUMENTEN,
    adoptedBy: 'raad',
  },
  {
    id: 'programma',
    name: { nl: 'Programma', en: 'Programme' },
    synonyms: ['gebiedsprogramma', 'programmatische aanpak', 'wijkprogramma', 'uitvoeringsprogramma'],
    basis: 'concrete maatregelen om omgevingswaarden of andere doelen te halen, per sector of per gebied',
    url: KERNINSTRUMENTEN,
    adoptedBy: 'college',
  },
  {
    id: 'omgevingsvergunning',
    name: { nl: 'Omgevingsvergunning', en: 'Environment permit' },
    synonyms: ['vergunning', 'bouwvergunning', 'omgevingsplanactiviteit', 'Wabo', 'vergunningverlening'],
    basis: 'één aanvraag voor alle activiteiten; het college is in beginsel bevoegd gezag',
    url: KERNINSTRUMENTEN,
    adoptedBy: 'college',
  },
  {
    id: 'algemeneRijksregels',
    name: { nl: 'Algemene rijksregels', en: 'General national rules' },
    synonyms: [
      'Bal',
      'Bbl',
      'Bkl',
      'AMvB',
      'Besluit kwaliteit leefomgeving',
      'Besluit activiteiten leefomgeving',
      'Besluit bouwwerken leefomgeving',
      'instructieregels',
    ],
    basis: 'Bal, Bbl en Bkl: omgevingswaarden en instructieregels voor gemeenten',
    url: KERNINSTRUMENTEN,
    adoptedBy: 'rijk',
  },
];

// The interests (art. 2.1 Ow and the goals of art. 1.3) that most often tie a goal to the social domain, in
// OW_ASPECTS order; after the reference note on the Omgevingswet ("Documented overlaps with the social domain").
export const CATALOGUE_OW_INTERESTS: readonly CatalogueOwInterest[] = [
  {
    id: 'gezondheid',
    name: { nl: 'Gezondheid', en: 'Health' },
    synonyms: ['gezonde leefomgeving', 'gezonde fysieke leefomgeving', 'volksgezondheid', 'health in all policies'],
    basis: 'art. 1.3 (veilige en gezonde fysieke leefomgeving) en art. 2.1 lid 4 Ow',
    url: 'https://aandeslagmetdeomgevingswet.nl/thema/gezonde-fysieke/belang-gezonde/',
  },
  {
    id: 'veiligheid',
    name: { nl: 'Veiligheid', en: 'Safety' },
    synonyms: ['externe veiligheid', 'veilige leefomgeving', 'brandveiligheid'],
    basis: 'art. 1.3 en art. 2.1 Ow',
    url: ART_2_1,
  },
  {
    id: 'wonen',
    name: { nl: 'Wonen', en: 'Housing' },
    synonyms: ['volkshuisvesting', 'woningbouw', 'aandachtsgroepen', 'huisvesting', 'volkshuisvestingsprogramma'],
    basis: 'art. 1.3 onder b Ow (maatschappelijke behoeften); wetsvoorstel versterking regie volkshuisvesting (36 512)',
    url: 'https://zoek.officielebekendmakingen.nl/kst-36512-3.html',
  },
  {
    id: 'toegankelijkheid',
    name: { nl: 'Toegankelijkheid', en: 'Accessibility' },
    synonyms: ['VN-verdrag Handicap', 'openbare buitenruimte', 'beperking', 'inclusie'],
    basis: 'art. 2.1 lid 3 Ow (amendement 33 962 nr. 157); Bkl en Bbl',
    url: 'https://aandeslagmetdeomgevingswet.nl/thema/toegankelijkheid/personen-handicap/',
  },
  {
    id: 'milieu',
    name: { nl: 'Milieu', en: 'Environment' },
    synonyms: ['geluid', 'luchtkwaliteit', 'lucht', 'bodem', 'geur', 'drinkwater'],
    basis: 'art. 2.1 Ow',
    url: ART_2_1,
  },
  {
    id: 'klimaat',
    name: { nl: 'Klimaat', en: 'Climate' },
    synonyms: ['klimaatadaptatie', 'hittestress', 'wateroverlast', 'energietransitie'],
    basis: 'art. 2.1 Ow',
    url: ART_2_1,
  },
  {
    id: 'natuur',
    name: { nl: 'Natuur', en: 'Nature' },
    synonyms: ['groen', 'biodiversiteit', 'landschap'],
    basis: 'art. 1.2 en 2.1 Ow',
    url: ART_2_1,
  },
  {
    id: 'erfgoed',
    name: { nl: 'Cultureel erfgoed', en: 'Cultural heritage' },
    synonyms: ['monumenten', 'werelderfgoed', 'archeologie'],
    basis: 'art. 1.2 en 2.1 Ow',
    url: ART_2_1,
  },
  {
    id: 'mobiliteit',
    name: { nl: 'Mobiliteit', en: 'Mobility' },
    synonyms: ['verkeer', 'vervoer', 'bereikbaarheid', 'infrastructuur'],
    basis: 'art. 1.2 Ow (infrastructuur); de omgevingsvisie vervangt verkeers- en vervoersplannen',
    url: KERNINSTRUMENTEN,
  },
];

import type { SubjectRow } from './catalogueSubjects';

/**
 * Subjects of the economy domain (economie) and of public order and safety (veiligheid).
 * One block per subject, sorted by id (see catalogueSubjects.ts).
 */
export const ECONOMY_SAFETY_SUBJECTS: readonly SubjectRow[] = [
  {
    id: 'arbeidsmarkt',
    name: { nl: 'Arbeidsmarkt en werkgelegenheid', en: 'Labour market and employment' },
    domain: 'economie',
    taakvelden2025: ['3.1', '6.5'],
    synonyms:
      'arbeidsmarkt | werkgelegenheid | arbeidsmarktbeleid | arbeidsmarktregio | leven lang ontwikkelen | werkgeversdienstverlening | arbeidsmigratie | arbeidsmigranten',
  },
  {
    id: 'binnenstad',
    name: { nl: 'Binnenstad en centrum', en: 'Town centre' },
    domain: 'economie',
    taakvelden2025: ['3.1', '3.2'],
    synonyms:
      'binnenstad | centrum | centrumontwikkeling | centrummanagement | winkelgebieden | kernwinkelgebied | dorpscentra | stadshart',
  },
  {
    id: 'brandweer-en-crisisbeheersing',
    name: { nl: 'Brandweer en crisisbeheersing', en: 'Fire service and crisis management' },
    domain: 'veiligheid',
    taakvelden2025: ['1.1'],
    synonyms: 'brandweer | crisisbeheersing | rampenbestrijding | veiligheidsregio | brandveiligheid',
  },
  {
    id: 'economie',
    name: { nl: 'Economie', en: 'Economic affairs' },
    domain: 'economie',
    taakvelden2025: ['3.1', '3.2', '3.3', '3.4'],
    synonyms:
      'economische zaken | ez | economische ontwikkeling | bedrijvigheid | ondernemen | ondernemers | mkb | detailhandel | bedrijventerreinen | werklocaties | acquisitie | innovatie | economisch beleid | vestigingsklimaat | weekmarkten',
  },
  {
    id: 'evenementen',
    name: { nl: 'Evenementen', en: 'Events' },
    domain: 'economie',
    taakvelden2025: ['1.2', '3.4', '5.3'],
    synonyms: 'evenementenbeleid | festivals | evenementenvergunningen',
  },
  {
    id: 'handhaving',
    name: { nl: 'Toezicht en handhaving', en: 'Inspection and enforcement' },
    domain: 'veiligheid',
    taakvelden2025: ['1.2'],
    synonyms: 'handhaving | toezicht | boa | handhavers | vth | handhaving openbare ruimte',
  },
  {
    id: 'havens',
    name: { nl: 'Havens en vaarwegen', en: 'Ports and waterways' },
    domain: 'economie',
    taakvelden2025: ['2.3', '2.4'],
    synonyms: 'haven | jachthavens | waterwegen | binnenvaart | havenbedrijf',
  },
  {
    id: 'openbare-orde-en-veiligheid',
    name: { nl: 'Openbare orde en veiligheid', en: 'Public order and safety' },
    domain: 'veiligheid',
    taakvelden2025: ['1.2'],
    synonyms:
      'oov | openbare orde | veiligheid | integrale veiligheid | ondermijning | politie | criminaliteit | sociale veiligheid | zorg en veiligheid | radicalisering | veiligheidsbeleid',
  },
  {
    id: 'recreatie-en-toerisme',
    name: { nl: 'Recreatie en toerisme', en: 'Recreation and tourism' },
    domain: 'economie',
    taakvelden2025: ['3.4', '5.7'],
    synonyms:
      'toerisme | recreatie | vrijetijdseconomie | citymarketing | stadsmarketing | regiomarketing | marketing en promotie | gastvrijheid | toerisme en recreatie | verblijfsrecreatie',
  },
];

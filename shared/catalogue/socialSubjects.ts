import type { SubjectRow } from './catalogueSubjects';

/**
 * Subjects of the social domain (sociaal): work and income, poverty, care, youth, health, welfare, education, culture,
 * sport, integration.
 * One block per subject, sorted by id (see catalogueSubjects.ts).
 */
export const SOCIAL_SUBJECTS: readonly SubjectRow[] = [
  {
    id: 'armoede-en-schulden',
    name: { nl: 'Armoede en schulden', en: 'Poverty and debt' },
    domain: 'sociaal',
    taakvelden2025: ['6.3'],
    synonyms:
      'armoede | armoedebeleid | armoedebestrijding | minimabeleid | minima | minima en schulden | schulden | schuldhulpverlening | schuldhulp | schulddienstverlening | schuldenaanpak | armoede en schuldhulpverlening | bestaanszekerheid | geldzorgen | bijzondere bijstand',
  },
  {
    id: 'asiel-en-opvang',
    name: { nl: 'Asiel en opvang vluchtelingen', en: 'Asylum and refugee reception' },
    domain: 'sociaal',
    taakvelden2025: ['6.1'],
    synonyms:
      'asiel | asielopvang | opvang asielzoekers | asielzoekers | azc | vluchtelingen | opvang vluchtelingen | vluchtelingenopvang | opvang oekraïners | oekraïense vluchtelingen | opvang ontheemden | ontheemden | spreidingswet',
  },
  {
    id: 'beschermd-wonen-en-opvang',
    name: { nl: 'Beschermd wonen en opvang', en: 'Sheltered housing and shelter' },
    domain: 'sociaal',
    taakvelden2025: ['6.811', '6.812'],
    taakvelden2017: ['6.81'],
    synonyms:
      'beschermd wonen | beschermd thuis | maatschappelijke opvang | vrouwenopvang | dakloosheid | dak- en thuislozen | daklozen | dak- en thuislozenzorg | huiselijk geweld',
  },
  {
    id: 'cultuur',
    name: { nl: 'Cultuur', en: 'Culture and arts' },
    domain: 'sociaal',
    taakvelden2025: ['5.3', '5.4', '5.6'],
    synonyms:
      'kunst | kunst en cultuur | cultuurbeleid | musea | museum | bibliotheek | cultuureducatie | podiumkunsten | theater | cultuurparticipatie | amateurkunst',
  },
  {
    id: 'inclusie',
    name: { nl: 'Inclusie en diversiteit', en: 'Inclusion and diversity' },
    domain: 'sociaal',
    taakvelden2025: ['6.1'],
    synonyms:
      'inclusie | diversiteit | emancipatie | toegankelijkheid | vn-verdrag handicap | lokale inclusieagenda | lhbti | lhbtiq+ | antidiscriminatie | discriminatie',
  },
  {
    id: 'integratie-en-inburgering',
    name: { nl: 'Integratie en inburgering', en: 'Integration and civic integration' },
    domain: 'sociaal',
    taakvelden2025: ['6.1'],
    synonyms: 'integratie | inburgering | statushouders | vergunninghouders | nieuwkomers | wet inburgering',
  },
  {
    id: 'jeugd',
    name: { nl: 'Jeugd en jeugdhulp', en: 'Youth and youth care' },
    domain: 'sociaal',
    taakvelden2025: ['6.751', '6.752', '6.753', '6.761', '6.762', '6.763', '6.792', '6.821', '6.822', '6.92'],
    taakvelden2017: ['6.72', '6.82'],
    synonyms:
      'jeugd | jeugdzorg | jeugdhulp | jeugdbeleid | jongeren | jeugdwet | jeugd en gezin | jeugdbescherming | kinderen | opgroeien en opvoeden | centrum voor jeugd en gezin | cjg | jongerenwerk',
  },
  {
    id: 'onderwijs',
    name: { nl: 'Onderwijs', en: 'Education' },
    domain: 'sociaal',
    taakvelden2025: ['4.1', '4.2', '4.3'],
    synonyms:
      'onderwijshuisvesting | onderwijsbeleid | leerplicht | leerlingenvervoer | kinderopvang | voor- en vroegschoolse educatie | vve | onderwijsachterstandenbeleid | passend onderwijs | lokale educatieve agenda | scholen | voortijdig schoolverlaten',
  },
  {
    id: 'sport',
    name: { nl: 'Sport en bewegen', en: 'Sport and exercise' },
    domain: 'sociaal',
    taakvelden2025: ['5.1', '5.2'],
    synonyms:
      'sport | sportbeleid | bewegen | sportaccommodaties | sportvoorzieningen | zwembaden | topsport | breedtesport | sportakkoord',
  },
  {
    id: 'toegang-sociaal-domein',
    name: { nl: 'Toegang en wijkteams', en: 'Access and neighbourhood teams' },
    domain: 'sociaal',
    taakvelden2025: ['6.21', '6.22', '6.23'],
    taakvelden2017: ['6.2'],
    synonyms:
      'wijkteams | sociale wijkteams | sociaal team | toegang | toegang sociaal domein | integrale toegang | cliëntondersteuning | sociaal loket | wmo-loket',
  },
  {
    id: 'volksgezondheid',
    name: { nl: 'Volksgezondheid', en: 'Public health' },
    domain: 'sociaal',
    taakvelden2025: ['7.1'],
    synonyms:
      'gezondheid | publieke gezondheid | gezondheidsbeleid | preventie | ggd | gezondheidszorg | jeugdgezondheidszorg | jgz | mentale gezondheid | positieve gezondheid | gezondheidsbevordering',
  },
  {
    id: 'volwasseneneducatie',
    name: { nl: 'Volwasseneneducatie en laaggeletterdheid', en: 'Adult education and literacy' },
    domain: 'sociaal',
    taakvelden2025: ['4.3'],
    synonyms: 'volwasseneneducatie | laaggeletterdheid | basisvaardigheden | taal | taalbeleid | educatie',
  },
  {
    id: 'welzijn',
    name: { nl: 'Welzijn', en: 'Community wellbeing' },
    domain: 'sociaal',
    taakvelden2025: ['6.1'],
    synonyms:
      'welzijnswerk | sociale basis | sociale basisinfrastructuur | vrijwilligerswerk | vrijwilligers | mantelzorg | mantelzorgondersteuning | eenzaamheid | sociaal werk | maatschappelijk werk | buurthuizen | ontmoeting',
  },
  {
    id: 'werk-en-inkomen',
    name: { nl: 'Werk en inkomen', en: 'Work and income' },
    domain: 'sociaal',
    taakvelden2025: ['6.3', '6.4', '6.5'],
    synonyms:
      'werk | inkomen | participatiewet | bijstand | uitkeringen | re-integratie | sociale zaken | sociale werkvoorziening | wsw | beschut werk | arbeidsparticipatie | werk, inkomen en participatie | inkomensondersteuning',
  },
  {
    id: 'zorg-en-ondersteuning',
    name: { nl: 'Zorg en ondersteuning (Wmo)', en: 'Care and support (Social Support Act)' },
    domain: 'sociaal',
    taakvelden2025: ['6.60', '6.711', '6.712', '6.713', '6.714', '6.791', '6.91'],
    taakvelden2017: ['6.6', '6.71'],
    synonyms:
      'wmo | wet maatschappelijke ondersteuning | maatschappelijke ondersteuning | zorg | ondersteuning | ouderen | ouderenbeleid | huishoudelijke hulp | hulp bij het huishouden | dagbesteding | hulpmiddelen | gehandicaptenbeleid | langer thuis wonen',
  },
];

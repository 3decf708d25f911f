import type { SubjectRow } from './catalogueSubjects';

/**
 * Subjects of the physical domain (fysiek): housing, spatial planning, land, mobility, public space, green,
 * environment, water, energy, heritage.
 * One block per subject, sorted by id (see catalogueSubjects.ts).
 */
export const PHYSICAL_SUBJECTS: readonly SubjectRow[] = [
  {
    id: 'begraafplaatsen',
    name: { nl: 'Begraafplaatsen', en: 'Cemeteries' },
    domain: 'fysiek',
    taakvelden2025: ['7.5'],
    synonyms: 'begraafplaats | begraven | lijkbezorging | crematoria',
  },
  {
    id: 'dierenwelzijn',
    name: { nl: 'Dierenwelzijn', en: 'Animal welfare' },
    domain: 'fysiek',
    taakvelden2025: ['1.2'],
    synonyms: 'dieren | dierenbeleid | dierenbescherming | zwerfdieren',
  },
  {
    id: 'duurzaamheid-en-energie',
    name: { nl: 'Duurzaamheid en energietransitie', en: 'Sustainability and energy transition' },
    domain: 'fysiek',
    taakvelden2025: ['7.4'],
    synonyms:
      'duurzaamheid | energietransitie | energie | klimaat | klimaatbeleid | warmtetransitie | transitievisie warmte | aardgasvrij | regionale energiestrategie | res | verduurzaming | energiebesparing | duurzame energie | klimaat en energie',
  },
  {
    id: 'erfgoed',
    name: { nl: 'Erfgoed en monumenten', en: 'Heritage and monuments' },
    domain: 'fysiek',
    taakvelden2025: ['5.4', '5.5'],
    synonyms: 'erfgoed | monumenten | cultureel erfgoed | monumentenzorg | archeologie | cultuurhistorie',
  },
  {
    id: 'gebiedsontwikkeling',
    name: { nl: 'Gebiedsontwikkeling', en: 'Area development' },
    domain: 'fysiek',
    taakvelden2025: ['8.1', '8.3'],
    synonyms:
      "stedelijke vernieuwing | herstructurering | stedelijke ontwikkeling | gebiedsgerichte programma's | binnenstedelijke ontwikkeling | verstedelijking | grote projecten | stadsontwikkeling",
  },
  {
    id: 'groen',
    name: { nl: 'Groen en natuur', en: 'Green space and nature' },
    domain: 'fysiek',
    taakvelden2025: ['5.7'],
    synonyms:
      'groen | openbaar groen | groenbeleid | natuur | bomen | biodiversiteit | natuur en landschap | landschap | spelen | speelvoorzieningen',
  },
  {
    id: 'grondbeleid',
    name: { nl: 'Grondbeleid', en: 'Land policy' },
    domain: 'fysiek',
    taakvelden2025: ['3.2', '8.2'],
    synonyms: 'grondzaken | grondexploitatie | grex | grondbedrijf | grondposities',
  },
  {
    id: 'klimaatadaptatie',
    name: { nl: 'Klimaatadaptatie', en: 'Climate adaptation' },
    domain: 'fysiek',
    taakvelden2025: ['5.7', '7.2'],
    synonyms: 'klimaatbestendigheid | hittestress | wateroverlast | ruimtelijke adaptatie | klimaatbestendig',
  },
  {
    id: 'landbouw-en-platteland',
    name: { nl: 'Landbouw en platteland', en: 'Agriculture and rural areas' },
    domain: 'fysiek',
    taakvelden2025: ['3.1', '8.1'],
    synonyms:
      'landbouw | platteland | buitengebied | landelijk gebied | agrarische zaken | vitaal platteland | stikstof | veehouderij | plattelandsontwikkeling',
  },
  {
    id: 'milieu-en-afval',
    name: { nl: 'Milieu en afval', en: 'Environment and waste' },
    domain: 'fysiek',
    taakvelden2025: ['7.3', '7.4'],
    synonyms:
      'milieu | afval | afvalinzameling | afvalbeleid | afvalbeheer | milieubeheer | grondstoffen | circulaire economie | circulariteit | bodem | geluid | luchtkwaliteit | omgevingsdienst | milieubeleid | afvalstoffen',
  },
  {
    id: 'mobiliteit',
    name: { nl: 'Mobiliteit en verkeer', en: 'Mobility and traffic' },
    domain: 'fysiek',
    taakvelden2025: ['2.1', '2.2', '2.5'],
    synonyms:
      'verkeer | verkeer en vervoer | vervoer | mobiliteit | parkeren | parkeerbeleid | openbaar vervoer | ov | fiets | fietsbeleid | bereikbaarheid | verkeersveiligheid',
  },
  {
    id: 'omgevingswet',
    name: { nl: 'Omgevingswet', en: 'Environment and Planning Act' },
    domain: 'fysiek',
    taakvelden2025: ['8.1'],
    synonyms:
      'omgevingsbeleid | omgevingsvisie | omgevingsplan | implementatie omgevingswet | invoering omgevingswet | fysieke leefomgeving | dso',
  },
  {
    id: 'openbare-ruimte',
    name: { nl: 'Beheer openbare ruimte', en: 'Public space management' },
    domain: 'fysiek',
    taakvelden2025: ['2.1'],
    synonyms:
      'openbare ruimte | buitenruimte | bor | beheer en onderhoud | onderhoud openbare ruimte | wegen | kapitaalgoederen | straatreiniging | openbare verlichting | wijkbeheer | inrichting openbare ruimte',
  },
  {
    id: 'ruimtelijke-ordening',
    name: { nl: 'Ruimtelijke ordening', en: 'Spatial planning' },
    domain: 'fysiek',
    taakvelden2025: ['8.1'],
    synonyms:
      'ro | ruimtelijke ontwikkeling | ruimte | ruimtelijke planning | bestemmingsplannen | stedenbouw | planologie | ruimte en leefomgeving | ruimtelijk beleid',
  },
  {
    id: 'vergunningen-en-bouwtoezicht',
    name: { nl: 'Vergunningen en bouwtoezicht', en: 'Permits and building control' },
    domain: 'fysiek',
    taakvelden2025: ['8.3'],
    synonyms:
      'vergunningen | vergunningverlening | bouw- en woningtoezicht | bouwtoezicht | bwt | omgevingsvergunningen | vth | welstand | bouwzaken',
  },
  {
    id: 'water-en-riolering',
    name: { nl: 'Water en riolering', en: 'Water and sewerage' },
    domain: 'fysiek',
    taakvelden2025: ['7.2'],
    synonyms:
      'riolering | water | waterbeheer | stedelijk water | watertaken | gemeentelijk rioleringsplan | grp | afvalwater | hemelwater | riool',
  },
  {
    id: 'wonen',
    name: { nl: 'Wonen', en: 'Housing' },
    domain: 'fysiek',
    taakvelden2025: ['8.3'],
    synonyms:
      'volkshuisvesting | woningbouw | huisvesting | woonbeleid | woningmarkt | woonvisie | woningcorporaties | sociale huur | betaalbaar wonen | wonen en bouwen | bouwen en wonen',
  },
];

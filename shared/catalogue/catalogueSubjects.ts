import type { CatalogueDomainId } from './catalogueDomains';

export interface CatalogueSubject {
  /** Stable ascii kebab-case id; a project subject refers to it as its catalogueId. */
  id: string;
  name: { nl: string; en: string };
  domain: CatalogueDomainId;
  /** Iv3 taakvelden in the list used from begrotingsjaar 2025 (shared/model/taakveldData.ts). */
  taakvelden2025: readonly string[];
  /** Only where the 2017 list differs (hoofdtaakveld 6 was split into three-digit codes for 2025). */
  taakvelden2017?: readonly string[];
  /** Other ways published divisions name the subject (Dutch); case, accents, "&" and plurals need no variants. */
  synonyms: readonly string[];
}

type SubjectRow = Omit<CatalogueSubject, 'synonyms'> & { synonyms: string };

// One subject per block, sorted by id; synonyms separated by " | " so a subject stays a few reviewable lines.
// The taakvelden say where a subject's money is usually booked (after the Iv3 informatievoorschrift); they are
// indicative, a municipality may book a task elsewhere. A synonym belongs to one subject: a word that could mean two
// subjects ("participatie", "sociaal domein", "opvang") is left out, so the user chooses. The one deliberate exception
// is "vth" (vergunningverlening, toezicht en handhaving), which names permits and enforcement together.
const ROWS: readonly SubjectRow[] = [
  {
    id: 'arbeidsmarkt',
    name: { nl: 'Arbeidsmarkt en werkgelegenheid', en: 'Labour market and employment' },
    domain: 'economie',
    taakvelden2025: ['3.1', '6.5'],
    synonyms:
      'arbeidsmarkt | werkgelegenheid | arbeidsmarktbeleid | arbeidsmarktregio | leven lang ontwikkelen | werkgeversdienstverlening | arbeidsmigratie | arbeidsmigranten',
  },
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
    id: 'bedrijfsvoering',
    name: { nl: 'Bedrijfsvoering', en: 'Operations management' },
    domain: 'financieel',
    taakvelden2025: ['0.4'],
    synonyms: 'interne organisatie | inkoop | inkoop en aanbesteding | facilitaire zaken | juridische zaken',
  },
  {
    id: 'begraafplaatsen',
    name: { nl: 'Begraafplaatsen', en: 'Cemeteries' },
    domain: 'fysiek',
    taakvelden2025: ['7.5'],
    synonyms: 'begraafplaats | begraven | lijkbezorging | crematoria',
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
    id: 'bestuurszaken',
    name: { nl: 'Bestuurszaken', en: 'General administrative affairs' },
    domain: 'bestuur',
    taakvelden2025: ['0.1'],
    synonyms:
      'bestuur | bestuurlijke zaken | algemene bestuurlijke zaken | bestuurlijke aangelegenheden | coördinatie collegebeleid | integriteit | kabinetszaken | representatie',
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
    id: 'burgerzaken',
    name: { nl: 'Burgerzaken', en: 'Civil affairs' },
    domain: 'bestuur',
    taakvelden2025: ['0.2'],
    synonyms: 'publiekszaken | brp | basisregistratie personen | burgerlijke stand | verkiezingen | reisdocumenten',
  },
  {
    id: 'communicatie',
    name: { nl: 'Communicatie', en: 'Communications' },
    domain: 'bestuur',
    taakvelden2025: ['0.4'],
    synonyms: 'voorlichting | communicatie en voorlichting | persvoorlichting',
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
    id: 'dienstverlening',
    name: { nl: 'Dienstverlening', en: 'Public services' },
    domain: 'bestuur',
    taakvelden2025: ['0.2', '0.4'],
    synonyms:
      'publieksdienstverlening | klantcontact | klantcontactcentrum | kcc | digitale dienstverlening | dienstverlening aan inwoners',
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
    id: 'economie',
    name: { nl: 'Economie', en: 'Economic affairs' },
    domain: 'economie',
    taakvelden2025: ['3.1', '3.2', '3.3', '3.4'],
    synonyms:
      'economische zaken | ez | economische ontwikkeling | bedrijvigheid | ondernemen | ondernemers | mkb | detailhandel | bedrijventerreinen | werklocaties | acquisitie | innovatie | economisch beleid | vestigingsklimaat | weekmarkten',
  },
  {
    id: 'erfgoed',
    name: { nl: 'Erfgoed en monumenten', en: 'Heritage and monuments' },
    domain: 'fysiek',
    taakvelden2025: ['5.4', '5.5'],
    synonyms: 'erfgoed | monumenten | cultureel erfgoed | monumentenzorg | archeologie | cultuurhistorie',
  },
  {
    id: 'evenementen',
    name: { nl: 'Evenementen', en: 'Events' },
    domain: 'economie',
    taakvelden2025: ['1.2', '3.4', '5.3'],
    synonyms: 'evenementenbeleid | festivals | evenementenvergunningen',
  },
  {
    id: 'financien',
    name: { nl: 'Financiën', en: 'Finance' },
    domain: 'financieel',
    taakvelden2025: ['0.5', '0.61', '0.62', '0.63', '0.64', '0.7', '0.8', '0.9', '0.10', '0.11'],
    synonyms:
      'financiële zaken | begroting | treasury | belastingen | lokale lasten | lokale belastingen | ozb | gemeentefinanciën | planning en control | p&c | verbonden partijen | deelnemingen',
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
    id: 'ict-en-digitalisering',
    name: { nl: 'ICT en digitalisering', en: 'ICT and digitalisation' },
    domain: 'financieel',
    taakvelden2025: ['0.4'],
    synonyms:
      'ict | digitalisering | informatievoorziening | informatiebeleid | informatisering | digitale overheid | informatieveiligheid | automatisering | i-domein | data',
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
    id: 'lokale-media',
    name: { nl: 'Lokale media', en: 'Local media' },
    domain: 'bestuur',
    taakvelden2025: ['5.6'],
    synonyms: 'media | lokale omroep | omroep | lokale journalistiek',
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
    id: 'onderwijs',
    name: { nl: 'Onderwijs', en: 'Education' },
    domain: 'sociaal',
    taakvelden2025: ['4.1', '4.2', '4.3'],
    synonyms:
      'onderwijshuisvesting | onderwijsbeleid | leerplicht | leerlingenvervoer | kinderopvang | voor- en vroegschoolse educatie | vve | onderwijsachterstandenbeleid | passend onderwijs | lokale educatieve agenda | scholen | voortijdig schoolverlaten',
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
    id: 'openbare-ruimte',
    name: { nl: 'Beheer openbare ruimte', en: 'Public space management' },
    domain: 'fysiek',
    taakvelden2025: ['2.1'],
    synonyms:
      'openbare ruimte | buitenruimte | bor | beheer en onderhoud | onderhoud openbare ruimte | wegen | kapitaalgoederen | straatreiniging | openbare verlichting | wijkbeheer | inrichting openbare ruimte',
  },
  {
    id: 'participatie-en-democratie',
    name: { nl: 'Participatie en democratie', en: 'Citizen participation and democracy' },
    domain: 'bestuur',
    taakvelden2025: ['0.1', '6.1'],
    synonyms:
      'burgerparticipatie | inwonersparticipatie | inwonerparticipatie | overheidsparticipatie | democratische vernieuwing | lokale democratie | democratie | bewonersinitiatieven | burgerinitiatieven | right to challenge | uitdaagrecht | burgerberaad | participatiebeleid',
  },
  {
    id: 'personeel-en-organisatie',
    name: { nl: 'Personeel en organisatie', en: 'Human resources' },
    domain: 'financieel',
    taakvelden2025: ['0.4'],
    synonyms:
      'p&o | hrm | hr | personeelszaken | personeelsbeleid | organisatie | ambtelijke organisatie | organisatieontwikkeling | werkgeverschap',
  },
  {
    id: 'recreatie-en-toerisme',
    name: { nl: 'Recreatie en toerisme', en: 'Recreation and tourism' },
    domain: 'economie',
    taakvelden2025: ['3.4', '5.7'],
    synonyms:
      'toerisme | recreatie | vrijetijdseconomie | citymarketing | stadsmarketing | regiomarketing | marketing en promotie | gastvrijheid | toerisme en recreatie | verblijfsrecreatie',
  },
  {
    id: 'regionale-samenwerking',
    name: { nl: 'Regionale samenwerking', en: 'Regional cooperation' },
    domain: 'bestuur',
    taakvelden2025: ['0.1'],
    synonyms:
      'regio | regionale zaken | intergemeentelijke samenwerking | gemeenschappelijke regelingen | metropoolregio | regiodeal | euregio | internationale samenwerking | internationale zaken | europese zaken',
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
    id: 'vastgoed',
    name: { nl: 'Vastgoed', en: 'Municipal real estate' },
    domain: 'financieel',
    taakvelden2025: ['0.3'],
    synonyms:
      'gemeentelijk vastgoed | maatschappelijk vastgoed | vastgoedbeheer | accommodaties | gemeentelijke gebouwen | accommodatiebeleid',
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
    id: 'water-en-riolering',
    name: { nl: 'Water en riolering', en: 'Water and sewerage' },
    domain: 'fysiek',
    taakvelden2025: ['7.2'],
    synonyms:
      'riolering | water | waterbeheer | stedelijk water | watertaken | gemeentelijk rioleringsplan | grp | afvalwater | hemelwater | riool',
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
    id: 'wijk-en-kerngericht-werken',
    name: { nl: 'Wijk- en kerngericht werken', en: 'Neighbourhood and village-centred working' },
    domain: 'bestuur',
    taakvelden2025: ['0.1', '6.1'],
    synonyms:
      'wijkgericht werken | kerngericht werken | gebiedsgericht werken | wijken | kernen | dorpen | wijken en kernen | kernen- en wijkgericht werken | leefbaarheid | dorpshuizen | kernenbeleid | wijkaanpak | stadsdelen | stadsdeel | wijkzaken | buurten | leefbaarheid kernen',
  },
  {
    id: 'wonen',
    name: { nl: 'Wonen', en: 'Housing' },
    domain: 'fysiek',
    taakvelden2025: ['8.3'],
    synonyms:
      'volkshuisvesting | woningbouw | huisvesting | woonbeleid | woningmarkt | woonvisie | woningcorporaties | sociale huur | betaalbaar wonen | wonen en bouwen | bouwen en wonen',
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

export const CATALOGUE_SUBJECTS: readonly CatalogueSubject[] = ROWS.map((row) => ({
  ...row,
  synonyms: row.synonyms.split('|').map((s) => s.trim()),
}));

const BY_ID: ReadonlyMap<string, CatalogueSubject> = new Map(CATALOGUE_SUBJECTS.map((s) => [s.id, s]));

export function findCatalogueSubject(id: string): CatalogueSubject | undefined {
  return BY_ID.get(id);
}

/** The subject's taakvelden in the project's list: the 2017 codes where they differ, else the 2025 ones. */
export function catalogueSubjectTaakvelden(subject: CatalogueSubject, list: '2017' | '2025'): readonly string[] {
  return list === '2017' ? (subject.taakvelden2017 ?? subject.taakvelden2025) : subject.taakvelden2025;
}

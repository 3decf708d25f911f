import type { SubjectRow } from './catalogueSubjects';

/**
 * Subjects of governance (bestuur) and of finance and operations (financieel).
 * One block per subject, sorted by id (see catalogueSubjects.ts).
 */
export const GOVERNANCE_FINANCE_SUBJECTS: readonly SubjectRow[] = [
  {
    id: 'bedrijfsvoering',
    name: { nl: 'Bedrijfsvoering', en: 'Operations management' },
    domain: 'financieel',
    taakvelden2025: ['0.4'],
    synonyms: 'interne organisatie | inkoop | inkoop en aanbesteding | facilitaire zaken | juridische zaken',
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
    id: 'dienstverlening',
    name: { nl: 'Dienstverlening', en: 'Public services' },
    domain: 'bestuur',
    taakvelden2025: ['0.2', '0.4'],
    synonyms:
      'publieksdienstverlening | klantcontact | klantcontactcentrum | kcc | digitale dienstverlening | dienstverlening aan inwoners',
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
    id: 'ict-en-digitalisering',
    name: { nl: 'ICT en digitalisering', en: 'ICT and digitalisation' },
    domain: 'financieel',
    taakvelden2025: ['0.4'],
    synonyms:
      'ict | digitalisering | informatievoorziening | informatiebeleid | informatisering | digitale overheid | informatieveiligheid | automatisering | i-domein | data',
  },
  {
    id: 'lokale-media',
    name: { nl: 'Lokale media', en: 'Local media' },
    domain: 'bestuur',
    taakvelden2025: ['5.6'],
    synonyms: 'media | lokale omroep | omroep | lokale journalistiek',
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
    id: 'regionale-samenwerking',
    name: { nl: 'Regionale samenwerking', en: 'Regional cooperation' },
    domain: 'bestuur',
    taakvelden2025: ['0.1'],
    synonyms:
      'regio | regionale zaken | intergemeentelijke samenwerking | gemeenschappelijke regelingen | metropoolregio | regiodeal | euregio | internationale samenwerking | internationale zaken | europese zaken',
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
    id: 'wijk-en-kerngericht-werken',
    name: { nl: 'Wijk- en kerngericht werken', en: 'Neighbourhood and village-centred working' },
    domain: 'bestuur',
    taakvelden2025: ['0.1', '6.1'],
    synonyms:
      'wijkgericht werken | kerngericht werken | gebiedsgericht werken | wijken | kernen | dorpen | wijken en kernen | kernen- en wijkgericht werken | leefbaarheid | dorpshuizen | kernenbeleid | wijkaanpak | stadsdelen | stadsdeel | wijkzaken | buurten | leefbaarheid kernen',
  },
];

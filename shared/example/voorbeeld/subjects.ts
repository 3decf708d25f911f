import type { SubjectInput } from '../../model';
import { findCatalogueSubject } from '../../catalogue/catalogueSubjects';
import { subjectId } from './rows';

/**
 * The 26 subjects (beleidsvelden) the college divides, each a catalogue subject so that its name, domain and
 * taakvelden are the catalogue's and the catalogue's typical links between them apply. The description says what
 * the subject holds in Gemeente Voorbeeld.
 */
const SUBJECTS: [catalogueId: string, description: string][] = [
  // Sociaal domein
  ['werk-en-inkomen', 'Bijstand, re-integratie, beschut werk en de sociale werkvoorziening (Participatiewet).'],
  ['armoede-en-schulden', 'Minimaregelingen, bijzondere bijstand, kindpakket, vroegsignalering en schuldhulp (Wgs).'],
  ['zorg-en-ondersteuning', 'Wmo-maatwerk: huishoudelijke hulp, begeleiding, dagbesteding, hulpmiddelen en inclusie.'],
  ['toegang-sociaal-domein', 'De sociale wijkteams als toegang tot Wmo, jeugdhulp en hulp bij geldzorgen.'],
  ['jeugd', 'Jeugdhulp (lokaal en regionaal ingekocht), jeugdbescherming en jongerenwerk (Jeugdwet).'],
  ['volksgezondheid', 'Gezondheidsbeleid en de GGD-taken uit de Wet publieke gezondheid, jeugdgezondheidszorg.'],
  ['welzijn', 'De sociale basis: sociaal werk, mantelzorg, vrijwilligers en ontmoeting in de wijk.'],
  ['beschermd-wonen-en-opvang', 'Beschermd wonen, maatschappelijke opvang en vrouwenopvang, Veilig Thuis.'],
  ['integratie-en-inburgering', 'Inburgering van statushouders en gezinsmigranten (Wet inburgering 2021).'],
  ['onderwijs', 'Onderwijshuisvesting, voor- en vroegschoolse educatie, leerplicht, leerlingenvervoer en educatie.'],
  ['sport', 'Sportaccommodaties, sportdeelname en buurtsportcoaches (lokaal sportakkoord).'],
  // Fysiek domein
  ['wonen', 'Woningbouwprogramma, prestatieafspraken met corporaties, huisvesting van aandachtsgroepen.'],
  ['ruimtelijke-ordening', 'Ruimtelijke ontwikkelingen: stationsgebied, transformatie, buitengebied, De Ploeg.'],
  ['omgevingswet', 'Omgevingsvisie, omgevingsplan, programma’s, participatie en omgevingsvergunningen.'],
  ['mobiliteit', 'Fiets, openbaar vervoer en doelgroepenvervoer, verkeersveiligheid, parkeren en laden.'],
  ['duurzaamheid-en-energie', 'Isolatie, energiearmoede, warmtetransitie, duurzame opwek en gemeentelijk vastgoed.'],
  ['openbare-ruimte', 'Beheer en inrichting van straten, pleinen, speelplekken en verlichting.'],
  ['groen', 'Openbaar groen en bomen.'],
  ['klimaatadaptatie', 'Hittestress, wateroverlast en klimaatadaptief bouwen.'],
  ['grondbeleid', 'Grondexploitaties, strategische aankopen en bedrijventerreinen.'],
  // Economie
  ['economie', 'Ondernemersklimaat, centrum en circulaire economie.'],
  ['arbeidsmarkt', 'Werkgeversservicepunt en leven lang ontwikkelen in de arbeidsmarktregio.'],
  // Veiligheid
  [
    'openbare-orde-en-veiligheid',
    'Openbare orde, ondermijning, onbegrepen gedrag, jeugdcriminaliteit, veiligheidsregio.',
  ],
  ['handhaving', 'Boa’s, toezicht op bouwen en milieu (VTH) en goed verhuurderschap.'],
  // Bestuur
  ['wijk-en-kerngericht-werken', 'Wijkaanpak in De Ploeg en Oosterkwartier, wijkbudgetten en bewonersinitiatieven.'],
  // Financiën
  ['financien', 'Begroting, reserves, lokale lasten, kwijtschelding en de investeringsagenda.'],
];

export const VOORBEELD_SUBJECTS: SubjectInput[] = SUBJECTS.map(([catalogueId, description]) => {
  const entry = findCatalogueSubject(catalogueId);
  // A catalogue id that no longer exists is a bug in this file; the example test catches it at once.
  if (!entry) throw new Error(`voorbeeld: unknown catalogue subject ${catalogueId}`);
  return {
    id: subjectId(catalogueId),
    name: entry.name.nl,
    domainId: entry.domain,
    taakvelden: [...entry.taakvelden2025],
    description,
    catalogueId,
  };
});

/** The domain of a subject, by catalogue id: the goals under it share it. */
export function subjectDomain(catalogueId: string): string {
  const entry = findCatalogueSubject(catalogueId);
  if (!entry) throw new Error(`voorbeeld: unknown catalogue subject ${catalogueId}`);
  return entry.domain;
}

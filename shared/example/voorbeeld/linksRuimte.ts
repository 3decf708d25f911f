import { parseLinks } from './rows';

/** Links within space, housing, mobility, energy, green and economy, with the Omgevingswet instruments between them. */
export const LINKS_RUIMTE = parseLinks(`
omgevingsvisie -> omgevingsplan | prerequisite | 3 | Het omgevingsplan werkt de keuzes uit de omgevingsvisie uit in regels voor de hele gemeente.
omgevingsvisie -> programma_gezond | prerequisite | 2 | Het programma Gezonde leefomgeving vertaalt de gezondheidsambitie uit de omgevingsvisie naar maatregelen.
omgevingsvisie -- warmteprogramma | omgevingswet | 2 | Het warmteprogramma werkt de koers uit de omgevingsvisie voor de warmtetransitie wijk voor wijk uit.
omgevingsvisie -- participatie_ow | reinforces | 2 | Een omgevingsvisie die met inwoners is gemaakt, heeft meer draagvlak bij de uitwerking in het omgevingsplan.
omgevingsvisie -- stationsgebied | omgevingswet | 2 | De omgevingsvisie wijst het stationsgebied aan als plek om te verdichten met wonen en werken.
omgevingsvisie -- buitengebied | omgevingswet | 1 | De omgevingsvisie bepaalt welke nieuwe functies in het buitengebied passen als agrarische bedrijven stoppen.
omgevingsvisie -- duurzame_opwek | omgevingswet | 2 | De omgevingsvisie wijst de zoekgebieden voor zon en wind uit de regionale energiestrategie aan.
omgevingsplan -> omgevingsvergunning | prerequisite | 2 | Of een omgevingsvergunning nodig is en kan worden verleend, hangt af van de regels in het omgevingsplan.
omgevingsplan -- klimaatadaptief_bouwen | omgevingswet | 3 | Regels voor klimaatadaptief bouwen krijgen pas werking als ze in het omgevingsplan staan.
omgevingsplan -- programma_gezond | omgevingswet | 2 | Normen voor geluid en lucht uit het programma Gezonde leefomgeving moeten als regels in het omgevingsplan landen.
omgevingsplan -- participatie_ow | omgevingswet | 2 | Bij een omgevingsplan moet de gemeente aangeven hoe inwoners en bedrijven bij de voorbereiding zijn betrokken.
omgevingsplan -- vth_toezicht | reinforces | 2 | Regels in het omgevingsplan hebben pas effect als de gemeente erop toeziet en handhaaft.
omgevingsplan -- centrum | omgevingswet | 1 | Het omgevingsplan bepaalt waar in het centrum winkels, horeca en woningen mogen, en dus hoe compact het centrum kan worden.
omgevingsvergunning -- vth_toezicht | reinforces | 2 | Vergunningverlening en toezicht vormen één VTH-keten, waarin vergunningen uitvoerbaar en handhaafbaar moeten zijn.
omgevingsvergunning -> woningbouw | prerequisite | 2 | Snelle en voorspelbare vergunningverlening is nodig om nieuwe woningen op tijd te bouwen.
omgevingsvergunning -- duurzame_opwek | omgevingswet | 1 | Zonnevelden en windturbines hebben een omgevingsvergunning nodig waarin landschap en hinder worden gewogen.
participatie_ow -- bewonersinitiatieven | reinforces | 2 | Inwoners die meedenken over hun leefomgeving komen vaak met eigen initiatieven, en participatiebeleid geeft die ruimte.
participatie_ow -- duurzame_opwek | reinforces | 2 | Lokale participatie en mede-eigendom vergroten het draagvlak voor zonnevelden en windturbines.
programma_gezond -- groen_wijken | omgevingswet | 2 | Meer groen is een van de maatregelen in het programma Gezonde leefomgeving tegen hitte, geluid en luchtvervuiling.
programma_gezond -- verkeersveiligheid | omgevingswet | 2 | Minder en langzamer verkeer in woonwijken verlaagt de geluidsbelasting en verbetert de luchtkwaliteit.
strategische_aankopen -> woningbouw | prerequisite | 2 | Met strategische grondaankopen houdt de gemeente regie op de plek en het betaalbare deel van de woningbouw.
woningbouw -- omgevingsplan | omgevingswet | 3 | Nieuwe woningen kunnen pas worden gebouwd als het omgevingsplan wonen op die locatie toelaat.
woningbouw -- stationsgebied | reinforces | 3 | Het stationsgebied levert een groot deel van de geplande woningen.
woningbouw -- groen_wijken | conflicts | 2 | Bouwen in bestaande wijken legt beslag op de schaarse ruimte die nodig is voor meer groen.
woningbouw -- klimaatadaptief_bouwen | omgevingswet | 2 | De regels voor klimaatadaptief bouwen in het omgevingsplan gelden voor alle nieuwbouw.
woningbouw -- parkeren | reinforces | 2 | Lagere parkeernormen bij goede bereikbaarheid met fiets en openbaar vervoer maken meer woningen op dezelfde locatie mogelijk.
woningbouw -- grondexploitaties | sharedBudget | 2 | Nieuwbouwlocaties worden via grondexploitaties ontwikkeld, zodat de woningbouwplanning opbrengsten en risico's bepaalt.
stationsgebied -- fietsroutes | reinforces | 2 | Goede fietsroutes naar het station maken het stationsgebied tot een knooppunt waar wonen zonder eigen auto kan.
stationsgebied -- parkeren | reinforces | 2 | In het stationsgebied maken lage parkeernormen ruimte voor meer woningen en groen.
stationsgebied -- grondexploitaties | sharedBudget | 3 | De herontwikkeling van het stationsgebied is de grootste grondexploitatie van de gemeente en bepaalt een groot deel van het risicoprofiel.
stationsgebied -- centrum | reinforces | 2 | Nieuwe bewoners in het stationsgebied brengen bezoekers en bestedingen naar het nabijgelegen centrum.
transformatie -- centrum | reinforces | 2 | Leegstaande winkels aan de randen van het centrum ombouwen tot woningen maakt het kernwinkelgebied compacter.
transformatie -- woningbouw | reinforces | 2 | Transformatie van kantoren en winkels levert woningen op zonder nieuwe uitleglocaties.
buitengebied -- duurzame_opwek | conflicts | 2 | Zonnevelden in het buitengebied concurreren met landbouw, natuur en landschap om dezelfde grond.
buitengebied -- ondermijning | reinforces | 2 | Een nieuwe functie voor vrijkomende agrarische bebouwing voorkomt dat lege schuren worden misbruikt voor drugslabs en illegale opslag.
fietsroutes -- verkeersveiligheid | reinforces | 3 | Vrijliggende fietspaden en veilige oversteken voorkomen ongevallen met fietsers, vooral met scholieren en ouderen.
parkeren -- sluitende_begroting | sharedBudget | 1 | Parkeeropbrengsten zijn een inkomstenbron in de begroting, dus minder parkeerplaatsen heeft financiële gevolgen.
parkeren -- groen_wijken | reinforces | 2 | Elke parkeerplaats die verdwijnt, kan ruimte maken voor bomen en groen in een versteende straat.
laadinfra -- parkeren | conflicts | 1 | Laadpalen leggen parkeerplaatsen vast voor elektrische auto's, terwijl het parkeerbeleid het aantal plekken juist wil beperken.
laadinfra -- duurzame_opwek | reinforces | 1 | Slim laden op zonnige momenten benut lokaal opgewekte stroom en ontlast het net.
laadinfra -- toegankelijke_ruimte | conflicts | 1 | Laadpalen en kabels op de stoep kunnen looproutes voor mensen met een rollator of rolstoel versperren.
isolatie -- warmteprogramma | reinforces | 3 | Isoleren is in elke wijk de eerste stap van de warmtetransitie, en het warmteprogramma bepaalt waar we beginnen.
warmteprogramma -- beheer_op_niveau | reinforces | 2 | Een warmtenet aanleggen betekent de straat openbreken, dus werk met werk maken met vervanging van wegen en riolering bespaart kosten.
duurzame_opwek -- bedrijventerrein | reinforces | 2 | Zonnepanelen op de daken van het bedrijventerrein leveren veel duurzame stroom zonder extra ruimte te vragen.
vastgoed_verduurzamen -- investeringsagenda | sharedBudget | 2 | Verduurzaming van gemeentelijke gebouwen vraagt investeringen die concurreren met scholen en sport op de investeringsagenda.
circulair -- bedrijventerrein | reinforces | 1 | Circulaire bedrijvigheid vraagt ruimte om reststromen op het bedrijventerrein uit te wisselen en te hergebruiken.
circulair -- ondernemers | reinforces | 1 | Ondernemers die circulair willen werken, vinden advies en regelingen via het bedrijvenloket.
toegankelijke_ruimte -- beheer_op_niveau | sharedBudget | 2 | Toegankelijke trottoirs en oversteekplaatsen worden vooral bij groot onderhoud aangelegd, uit het beheerbudget.
beheer_op_niveau -- wateroverlast | reinforces | 2 | Bij vervanging van wegen en riolering kan de gemeente meteen afkoppelen en wadi's aanleggen.
beheer_op_niveau -- sluitende_begroting | sharedBudget | 2 | Achterstallig onderhoud aan wegen en bruggen is een verborgen financieel risico voor de begroting.
speelplekken -- groen_wijken | reinforces | 2 | Natuurlijke speelplekken en groen in de buurt versterken elkaar en nodigen kinderen uit om buiten te spelen.
schoon_heel -- veilige_wijken | reinforces | 2 | Zwerfafval en verloedering geven buurtbewoners een gevoel van onveiligheid.
schoon_heel -- boa | reinforces | 1 | Boa's handhaven op afval naast containers en op dumpingen.
schoon_heel -- bewonersinitiatieven | reinforces | 1 | Bewoners die zwerfafval opruimen of een stuk groen adopteren, houden hun straat schoon.
groen_wijken -- hittestress | reinforces | 3 | Bomen en groen koelen versteende straten en zijn een van de belangrijkste middelen tegen hittestress.
groen_wijken -- wateroverlast | reinforces | 2 | Groen laat regenwater in de bodem zakken en vermindert wateroverlast bij hevige buien.
groen_wijken -- bomen | reinforces | 2 | Meer bomen in de straat is de kern van de 3-30-300-regel voor groen in de wijk.
bomen -- hittestress | reinforces | 2 | Schaduw van grote bomen verlaagt de gevoelstemperatuur op straat sterk.
wateroverlast -- klimaatadaptief_bouwen | reinforces | 2 | Waterberging op eigen terrein bij nieuwbouw voorkomt dat het riool bij hevige buien overloopt.
grondexploitaties -- strategische_aankopen | sharedBudget | 2 | Aangekochte grond komt in een grondexploitatie, waarin de aankoopprijs het resultaat bepaalt.
bedrijventerrein -- ondernemers | reinforces | 3 | Lokale bedrijven die willen groeien, hebben nieuwe kavels nodig om niet naar buurgemeenten te vertrekken.
bedrijventerrein -- grondexploitaties | sharedBudget | 2 | De uitgifte van kavels op het bedrijventerrein loopt via de grondexploitatie.
bedrijventerrein -- buitengebied | conflicts | 1 | Uitbreiding van het bedrijventerrein gaat ten koste van agrarische grond en landschap aan de rand van de kern.
centrum -- ondernemers | reinforces | 2 | Een levendig centrum trekt de bezoekers die de omzet van lokale ondernemers dragen.
centrum -- parkeren | conflicts | 2 | Ondernemers in het centrum willen parkeerplekken dichtbij, terwijl het parkeerbeleid ruimte wil maken voor groen en verblijf.
`);

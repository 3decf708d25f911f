import { parseLinks } from './rows';

/** Links around zorg, jeugd, gezondheid, welzijn, onderwijs and sport. */
export const LINKS_ZORG = parseLinks(`
wijkteams -> langer_thuis | prerequisite | 2 | Het wijkteam voert het keukentafelgesprek en bepaalt welke Wmo-ondersteuning nodig is om thuis te blijven wonen.
wijkteams -> jeugdhulp_lokaal | prerequisite | 3 | Lichte jeugdhulp loopt via het wijkteam; zonder goede toegang verschuift de hulp naar duurdere specialistische zorg.
wijkteams -- sociale_basis | reinforces | 3 | Een wijkteam kan alleen naar voorliggende voorzieningen verwijzen als de sociale basis in de wijk sterk is.
wijkteams -- wijkaanpak | reinforces | 2 | In de wijkaanpak werken wijkteam, corporatie en politie aan één tafel aan de problemen van dezelfde huishoudens.
clientondersteuning -- langer_thuis | reinforces | 1 | Onafhankelijke cliëntondersteuning helpt inwoners hun hulpvraag helder te krijgen en de passende Wmo-ondersteuning te vinden.
clientondersteuning -- inclusieagenda | reinforces | 1 | Cliëntondersteuning is voor mensen met een beperking een recht uit de Wmo en een onderdeel van een inclusieve gemeente.
langer_thuis -- hulpmiddelen | reinforces | 2 | Woningaanpassingen en hulpmiddelen maken het vaak pas mogelijk om met een beperking thuis te blijven wonen.
mantelzorg -> langer_thuis | prerequisite | 3 | Langer thuis wonen leunt zwaar op mantelzorgers, en overbelasting van de mantelzorger leidt vaak tot opname.
langer_thuis -- dagbesteding | reinforces | 2 | Dagbesteding geeft structuur en maakt het mogelijk dat mensen met dementie langer thuis blijven wonen.
langer_thuis -- eenzaamheid | sharedTargetGroup | 2 | Thuiswonende ouderen met ondersteuning zijn vaak alleenstaand en lopen een groot risico op eenzaamheid.
langer_thuis -- wmo_grip | conflicts | 2 | Door de vergrijzing groeit de vraag naar Wmo-ondersteuning, terwijl het budget onder druk staat.
hulpmiddelen -- wmo_grip | sharedBudget | 2 | Hulpmiddelen en woningaanpassingen komen uit hetzelfde Wmo-budget dat de gemeente beheersbaar wil houden.
dagbesteding -- sociale_basis | reinforces | 2 | Laagdrempelige inloop in de sociale basis kan voor een deel van de inwoners geïndiceerde dagbesteding vervangen.
mantelzorg -- dagbesteding | reinforces | 2 | Dagbesteding en respijtzorg geven mantelzorgers de adempauze die overbelasting voorkomt.
mantelzorg -- vrijwilligers | reinforces | 1 | Vrijwillige thuishulp en oppas door vrijwilligers ontlasten mantelzorgers.
inclusieagenda -- sportdeelname | reinforces | 1 | Aangepast sporten en toegankelijke sportverenigingen zijn een concreet onderdeel van de lokale inclusieagenda.
jeugdhulp_lokaal -- jeugdhulp_verblijf | reinforces | 3 | Tijdige hulp in de buurt voorkomt dat problemen escaleren tot jeugdhulp met verblijf.
jeugdhulp_verblijf -- jeugd_grip | sharedBudget | 3 | Jeugdhulp met verblijf is de duurste vorm van jeugdhulp en bepaalt grotendeels of de gemeente binnen het jeugdbudget blijft.
jeugdhulp_lokaal -- jeugd_grip | sharedBudget | 2 | Investeren in lichte hulp dichtbij moet binnen hetzelfde jeugdbudget worden gevonden dat de gemeente wil beheersen.
jeugdbescherming -- jeugdhulp_verblijf | sharedTargetGroup | 2 | Kinderen met een beschermingsmaatregel worden vaak uit huis geplaatst in jeugdhulp met verblijf.
jeugdbescherming -- huiselijk_geweld | sharedTargetGroup | 3 | Meldingen bij Veilig Thuis over kindermishandeling leiden geregeld tot onderzoek door de Raad voor de Kinderbescherming en een beschermingsmaatregel.
jeugd_grip -- sluitende_begroting | sharedBudget | 3 | Jeugdhulp is een open-einderegeling en al jaren een van de grootste oorzaken van tekorten in de gemeentebegroting.
jongerenwerk -- jeugdcriminaliteit | reinforces | 2 | Jongerenwerkers kennen de jongeren op straat en zijn een belangrijke schakel in de preventie van jeugdcriminaliteit.
jongerenwerk -- mentale_gezondheid | sharedTargetGroup | 2 | Jongerenwerk bereikt jongeren met somberheid en prestatiedruk die zelf niet snel hulp zoeken.
jongerenwerk -- ontmoeting | reinforces | 1 | Jongerenwerk heeft een eigen plek in de wijk nodig, en een jongerenruimte in het buurthuis maakt ontmoeting mogelijk.
jeugdhulp_lokaal -- schoolverlaten | sharedTargetGroup | 2 | Veel thuiszitters hebben ook jeugdhulp nodig, zodat school, leerplicht en jeugdhulp samen een plan moeten maken.
kansrijke_start -- jeugdhulp_lokaal | reinforces | 2 | De jeugdgezondheidszorg signaleert opvoed- en ontwikkelproblemen vroeg, zodat lichte hulp kan volstaan.
kansrijke_start -> vve | prerequisite | 2 | Het consultatiebureau stelt vast welke peuters doelgroeppeuter zijn en leidt hen naar voorschoolse educatie.
kansrijke_start -- huiselijk_geweld | sharedTargetGroup | 1 | Kwetsbare zwangeren en jonge gezinnen in Kansrijke start hebben vaker te maken met huiselijk geweld.
gezondheidsverschillen -- leefstijl | reinforces | 2 | Leefstijlprogramma's dragen pas bij aan kleinere verschillen als ze gericht worden ingezet in de wijken met de laagste gezondheid.
gezondheidsverschillen -- wijkaanpak | reinforces | 2 | Gezondheidsachterstanden concentreren zich in de wijken van de wijkaanpak en vragen daar één gezamenlijke aanpak.
gezondheidsverschillen -- minimaregelingen | sharedTargetGroup | 2 | Mensen met een laag inkomen leven gemiddeld jaren korter in goede gezondheid, dus armoede- en gezondheidsbeleid richten zich op dezelfde groepen.
leefstijl -- sportdeelname | reinforces | 3 | Meer sport en beweging is de kern van een gezonde leefstijl en van de JOGG-aanpak.
leefstijl -- buurtsportcoach | reinforces | 2 | Buurtsportcoaches voeren het beweegdeel van de gezondheidsaanpak uit op scholen en in wijken.
mentale_gezondheid -- eenzaamheid | reinforces | 2 | Eenzaamheid en psychische klachten versterken elkaar, bij jongeren en bij ouderen.
mentale_gezondheid -- onbegrepen_gedrag | sharedTargetGroup | 2 | Een deel van de meldingen over onbegrepen gedrag gaat over mensen met psychische problemen die geen passende zorg krijgen.
ggd_taken -- kansrijke_start | sharedBudget | 2 | De GGD voert hier ook de jeugdgezondheidszorg uit, betaald uit dezelfde bijdrage aan de gemeenschappelijke regeling als de andere GGD-taken.
ggd_taken -- veiligheidsregio | reinforces | 1 | GGD en veiligheidsregio werken via de GHOR samen bij rampen en infectieziektecrises.
ggd_taken -> gezondheid_meewegen | prerequisite | 2 | Het meewegen van gezondheid in ruimtelijke besluiten steunt op de kennis en adviezen van de GGD.
eenzaamheid -- ontmoeting | reinforces | 3 | Laagdrempelige ontmoetingsplekken in de wijk zijn een van de meest directe middelen tegen eenzaamheid.
eenzaamheid -- vrijwilligers | reinforces | 2 | Vrijwilligers zoals maatjes en bezoekdiensten bereiken eenzame inwoners, en het werk geeft henzelf ook contact.
mantelzorg -- eenzaamheid | sharedTargetGroup | 1 | Zwaarbelaste mantelzorgers hebben weinig tijd voor hun eigen contacten en raken zelf vaak geïsoleerd.
sociale_basis -- ontmoeting | reinforces | 2 | Het sociaal werk organiseert de activiteiten in de buurthuizen en huiskamers die samen de sociale basis vormen.
sociale_basis -- wmo_grip | reinforces | 2 | Investeren in preventie en voorliggende voorzieningen is een van de weinige manieren om de groei van Wmo-maatwerk af te remmen.
sociale_basis -- jeugd_grip | reinforces | 2 | Een sterke sociale basis met opvoedsteun en jongerenwerk beperkt de instroom in geïndiceerde jeugdhulp.
vrijwilligers -- bewonersinitiatieven | reinforces | 2 | Bewonersinitiatieven draaien op vrijwilligers, en wijkbudgetten helpen hen hun plannen uit te voeren.
ontmoeting -- wijkaanpak | reinforces | 2 | Een buurthuis is in de wijkaanpak de vaste plek waar bewoners, sociaal werk en wijkteam elkaar treffen.
vve -- ihp_scholen | reinforces | 2 | Integrale kindcentra uit het huisvestingsplan brengen voorschoolse educatie en basisschool onder één dak, wat de doorgaande lijn versterkt.
ihp_scholen -- investeringsagenda | sharedBudget | 3 | Nieuwbouw en renovatie van scholen behoren tot de grootste investeringen in de meerjarenbegroting en bepalen de kapitaallasten.
ihp_scholen -- sportaccommodaties | reinforces | 1 | Een nieuwe school met gymzaal die na schooltijd door verenigingen wordt gebruikt, spaart een aparte sportzaal uit.
leerlingenvervoer -- doelgroepenvervoer | sharedBudget | 2 | Leerlingenvervoer en Wmo-vervoer worden vaak samen aanbesteed en delen busjes, chauffeurs en budget.
sportaccommodaties -- investeringsagenda | sharedBudget | 2 | Renovatie van het zwembad en de sporthallen weegt zwaar op de investeringsagenda.
sportaccommodaties -- vastgoed_verduurzamen | sharedBudget | 2 | Het zwembad en de sporthallen behoren tot de grootste energieverbruikers in het gemeentelijk vastgoed, dus verduurzaming bespaart op beide budgetten.
sportdeelname -- buurtsportcoach | reinforces | 2 | Buurtsportcoaches brengen juist de inwoners in beweging die niet bij een vereniging sporten.
buurtsportcoach -- speelplekken | reinforces | 2 | Een buurtsportcoach maakt van een beweegplek een plek waar ook echt wordt gesport en gespeeld.
`);

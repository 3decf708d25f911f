import { parseLinks } from './rows';

/**
 * Links where the physical and the social domain meet: housing for vulnerable groups and elderly people, and the
 * Omgevingswet's health and accessibility interests (kind `omgevingswet` where an Omgevingswet instrument or art. 2.1
 * interest is what ties the two).
 */
export const LINKS_WONEN_ZORG = parseLinks(`
aandachtsgroepen -> uitstroom_bw | prerequisite | 3 | Uitstroom uit beschermd wonen stokt zonder betaalbare woningen voor aandachtsgroepen, en cliënten blijven dan langer dan nodig in een instelling.
aandachtsgroepen -> dakloosheid | prerequisite | 3 | Housing first werkt alleen als er zelfstandige woningen beschikbaar zijn voor dak- en thuisloze mensen.
aandachtsgroepen -> beschermd_thuis | prerequisite | 2 | Beschermd thuis betekent begeleiding in een eigen woning, dus het programma Wonen en zorg moet voor deze groep woningen reserveren.
aandachtsgroepen -- veilige_wijken | conflicts | 2 | Een concentratie van kwetsbare bewoners in enkele buurten kan tot overlast en spanning leiden; spreiding over de wijken voorkomt dat.
aandachtsgroepen -- omgevingsvisie | omgevingswet | 2 | De omgevingsvisie legt vast hoe de gemeente de huisvesting van aandachtsgroepen over de wijken spreidt.
sociale_huur -> aandachtsgroepen | prerequisite | 3 | Woningen voor aandachtsgroepen komen vooral uit de sociale huurvoorraad, zodat groei van die voorraad een voorwaarde is.
aandachtsgroepen -- statushouders | conflicts | 2 | Statushouders en andere urgent woningzoekenden doen een beroep op dezelfde schaarse sociale huurwoningen.
aandachtsgroepen -- huiselijk_geweld | sharedTargetGroup | 2 | Vrouwen en kinderen die de vrouwenopvang verlaten, hebben met urgentie een eigen woning nodig.
aandachtsgroepen -- onbegrepen_gedrag | sharedTargetGroup | 1 | Een deel van de mensen met onbegrepen gedrag woont zelfstandig zonder passende begeleiding, wat het programma Wonen en zorg moet meewegen.
ouderenhuisvesting -> langer_thuis | prerequisite | 3 | Zonder levensloopbestendige woningen is langer zelfstandig thuis wonen voor veel ouderen niet haalbaar.
ouderenhuisvesting -- doorstroming | reinforces | 3 | Ouderen die naar een passende woning verhuizen, maken eengezinswoningen vrij voor gezinnen.
ouderenhuisvesting -- hulpmiddelen | reinforces | 2 | Een nultredenwoning voorkomt dure woningaanpassingen uit de Wmo.
ouderenhuisvesting -- eenzaamheid | reinforces | 2 | Geclusterde woonvormen met een gemeenschappelijke ruimte verminderen eenzaamheid onder ouderen.
woningbouw -- aandachtsgroepen | reinforces | 2 | Een deel van de nieuwbouw wordt gereserveerd voor aandachtsgroepen, zodat hun huisvesting niet alleen uit bestaande woningen komt.
woningbouw -- sociale_huur | reinforces | 3 | De groei van de sociale huurvoorraad komt grotendeels uit nieuwbouw in de woningbouwprogrammering.
woningbouw -- ouderenhuisvesting | reinforces | 2 | Nieuwbouw is de kans om levensloopbestendig en geclusterd voor ouderen te bouwen.
sociale_huur -- isolatie | reinforces | 2 | In de prestatieafspraken spreken gemeente en corporaties af welke huurwoningen als eerste worden geïsoleerd.
doorstroming -- sociale_huur | reinforces | 2 | Doorstroming van huishoudens met een middeninkomen naar middenhuur maakt sociale huurwoningen vrij.
herstructurering_ploeg -- wijkaanpak | reinforces | 3 | De fysieke herstructurering van De Ploeg en de sociale wijkaanpak richten zich op dezelfde straten en bewoners.
herstructurering_ploeg -- isolatie | reinforces | 2 | Renovatie in De Ploeg is het moment om woningen in één keer te isoleren en van het gas te halen.
herstructurering_ploeg -- gezondheidsverschillen | omgevingswet | 2 | Een gezonder ingerichte wijk met meer groen en minder verkeer draagt bij aan kleinere gezondheidsverschillen in De Ploeg.
herstructurering_ploeg -- aandachtsgroepen | conflicts | 1 | Bij sloop-nieuwbouw moeten zittende kwetsbare huurders tijdelijk elders wonen, wat de druk op woningen voor aandachtsgroepen vergroot.
goed_verhuurderschap -- veilige_wijken | reinforces | 2 | Overbewoning en slecht verhuurderschap veroorzaken woonoverlast in buurten.
goed_verhuurderschap -- ondermijning | reinforces | 2 | Malafide kamerverhuur is geregeld verweven met ondermijnende criminaliteit, zodat beide aanpakken elkaar versterken.
gezondheidsverschillen -- omgevingsvisie | omgevingswet | 3 | De Omgevingswet vraagt een gezonde fysieke leefomgeving, en de omgevingsvisie richt die ambitie op de wijken met de grootste gezondheidsachterstand.
gezondheidsverschillen -- groen_wijken | omgevingswet | 2 | Groen in versteende wijken nodigt uit tot bewegen en vermindert stress, en verkleint zo gezondheidsverschillen.
leefstijl -- fietsroutes | omgevingswet | 1 | Veilige fietsroutes maken fietsen naar school en werk gewoon en dragen zo bij aan een gezonde leefstijl.
ggd_taken -- programma_gezond | omgevingswet | 2 | De medische milieukunde van de GGD adviseert over geluid, lucht en bodem in het programma Gezonde leefomgeving.
gezondheid_meewegen -- omgevingsplan | omgevingswet | 3 | Bij het toedelen van functies aan locaties in het omgevingsplan moet de gemeente het belang van de gezondheid meewegen (art. 2.1 lid 4 Omgevingswet).
gezondheid_meewegen -- omgevingsvergunning | omgevingswet | 2 | Ook bij een omgevingsvergunning voor een activiteit die afwijkt van het omgevingsplan weegt het gezondheidsbelang mee, met advies van de GGD.
gezondheid_meewegen -- omgevingsvisie | omgevingswet | 2 | Gezondheid meewegen begint bij de omgevingsvisie, die gezondheid als kernwaarde voor alle ruimtelijke keuzes vastlegt.
eenzaamheid -- toegankelijke_ruimte | omgevingswet | 2 | Een toegankelijke openbare ruimte met bankjes en goede looproutes houdt ouderen mobiel en in contact met de buurt.
eenzaamheid -- doelgroepenvervoer | reinforces | 1 | Wie niet meer zelf kan reizen raakt snel geïsoleerd, en doelgroepenvervoer maakt bezoek en activiteiten bereikbaar.
toegankelijke_ruimte -- inclusieagenda | omgevingswet | 3 | Obstakelvrije looproutes en toegankelijke voorzieningen zijn een kern van de inclusieagenda en een belang dat de Omgevingswet noemt.
toegankelijke_ruimte -- langer_thuis | omgevingswet | 2 | Wie met een rollator de straat op kan, kan langer zelfstandig thuis blijven wonen.
omgevingsvisie -- toegankelijke_ruimte | omgevingswet | 2 | De toegankelijkheid van de openbare buitenruimte is een belang uit de Omgevingswet dat de omgevingsvisie als kernwaarde meeneemt.
doelgroepenvervoer -- langer_thuis | reinforces | 2 | Vervoer naar dagbesteding, huisarts en familie is voor veel thuiswonende ouderen een voorwaarde om mee te blijven doen.
doelgroepenvervoer -> dagbesteding | prerequisite | 2 | Dagbesteding is voor veel deelnemers alleen bereikbaar met het Wmo-vervoer.
doelgroepenvervoer -- wmo_grip | sharedBudget | 2 | Wmo-vervoer is een flinke en groeiende kostenpost in het Wmo-budget.
programma_gezond -- leefstijl | omgevingswet | 2 | Een beweegvriendelijke inrichting uit het programma Gezonde leefomgeving maakt gezond gedrag de makkelijke keuze.
programma_gezond -- hittestress | omgevingswet | 2 | Hitte is een gezondheidsrisico, vooral voor ouderen en zieken, en hoort daarom in het programma Gezonde leefomgeving.
hittestress -- langer_thuis | sharedTargetGroup | 2 | Thuiswonende ouderen met een zorgvraag lopen het grootste risico bij hitte, dus hitteplan en thuiszorg moeten op elkaar aansluiten.
hittestress -- gezondheidsverschillen | omgevingswet | 2 | Hittestress is vaak het grootst in versteende wijken waar inwoners al een slechtere gezondheid hebben.
speelplekken -- inclusieagenda | reinforces | 1 | Inclusieve speeltoestellen laten ook kinderen met een beperking meespelen.
verkeersveiligheid -- ihp_scholen | reinforces | 1 | Bij nieuwbouw van een school wordt de schoolomgeving meteen verkeersveilig ingericht.
energiearmoede -- warmteprogramma | conflicts | 1 | De overstap naar een warmtenet mag voor huishoudens met weinig geld niet tot hogere woonlasten leiden.
ontmoeting -- vastgoed_verduurzamen | sharedBudget | 1 | Buurthuizen zijn gemeentelijk vastgoed, zodat hun onderhoud en verduurzaming uit het vastgoedbudget komen.
onbegrepen_gedrag -- uitstroom_bw | sharedTargetGroup | 2 | Wie zonder passende begeleiding uit beschermd wonen vertrekt, komt geregeld in beeld via meldingen over onbegrepen gedrag.
onbegrepen_gedrag -- wijkteams | reinforces | 2 | Politie en wijkteam moeten snel kunnen schakelen, zodat een melding over onbegrepen gedrag tot zorg leidt en niet tot een cel.
onbegrepen_gedrag -- dakloosheid | sharedTargetGroup | 2 | Dakloze mensen met psychische of verslavingsproblemen veroorzaken een deel van de overlast op straat en hebben vooral zorg en een woning nodig.
huiselijk_geweld -- wijkteams | reinforces | 2 | Wijkteams signaleren huiselijk geweld vaak als eerste en werken met Veilig Thuis aan veiligheid in het gezin.
`);

import { parseLinks } from './rows';

/** Links around bestaanszekerheid: bijstand, werk, armoede, schulden, inburgering, arbeidsmarkt, energiearmoede. */
export const LINKS_BESTAANSZEKERHEID = parseLinks(`
bijstand_uitstroom -- bijstand_uitkering | reinforces | 2 | Elke uitstroom naar werk verlaagt het aantal bijstandsuitkeringen en houdt het BUIG-budget in balans.
werkgeversservicepunt -> bijstand_uitstroom | prerequisite | 3 | Zonder werkgevers die via het werkgeversservicepunt vacatures openstellen, lopen veel re-integratietrajecten dood.
bijstand_uitstroom -- leven_lang_ontwikkelen | reinforces | 2 | Omscholing naar tekortsectoren als zorg en techniek vergroot de kans op duurzaam werk voor bijstandsgerechtigden.
bijstand_uitstroom -- inburgering | sharedTargetGroup | 3 | Statushouders zijn een flink deel van het bijstandsbestand, dus inburgering en re-integratie moeten op dezelfde mensen aansluiten.
laaggeletterdheid -> bijstand_uitstroom | prerequisite | 2 | Wie niet goed kan lezen en schrijven vindt moeilijk werk, zodat taalscholing vaak aan re-integratie voorafgaat.
schuldhulp -> bijstand_uitstroom | prerequisite | 2 | Beslag op loon en geldstress maken werken minder lonend, dus een schuldregeling gaat vaak vooraf aan duurzame uitstroom.
ips_werk -- mentale_gezondheid | reinforces | 2 | Werk draagt bij aan herstel bij psychische problemen, en IPS koppelt re-integratie aan de behandeling in de ggz.
ips_werk -- uitstroom_bw | sharedTargetGroup | 2 | Cliënten die uitstromen uit beschermd wonen hebben vaak een psychische kwetsbaarheid en hebben baat bij een IPS-traject.
beschut_werk -- dagbesteding | sharedTargetGroup | 2 | Beschut werk en Wmo-dagbesteding bedienen mensen op de grens van arbeidsvermogen, die zonder afstemming tussen wal en schip vallen.
beschut_werk -- participatieplekken | reinforces | 2 | Een doorlopende lijn van participatieplek via beschut werk naar regulier werk laat mensen stap voor stap groeien.
participatieplekken -- vrijwilligers | reinforces | 2 | Vrijwilligerswerk is voor mensen ver van de arbeidsmarkt vaak de eerste stap in hun participatietraject.
participatieplekken -- eenzaamheid | reinforces | 2 | Een participatieplek geeft mensen in de bijstand dagritme en sociale contacten, wat eenzaamheid tegengaat.
jongeren_werk -- schoolverlaten | sharedTargetGroup | 3 | Voortijdig schoolverlaters zonder startkwalificatie zijn precies de jongeren die leerplicht, RMC en jongerenloket naar school of werk moeten leiden.
jongeren_werk -- jongerenwerk | reinforces | 2 | Jongerenwerkers bereiken jongeren die buiten beeld zijn en leiden ze naar het jongerenloket voor werk of scholing.
jongeren_werk -- jeugdcriminaliteit | sharedTargetGroup | 2 | Jongeren zonder school of werk lopen meer risico om in de criminaliteit te belanden; een baan of opleiding is een belangrijke bescherming.
jongeren_werk -- werkgeversservicepunt | reinforces | 1 | Leerwerkplekken bij werkgevers van het werkgeversservicepunt helpen jongeren aan een startkwalificatie en werk.
bijstand_uitkering -- minimaregelingen | sharedTargetGroup | 3 | Bijstandsgerechtigden zijn de grootste groep met recht op minimaregelingen en bijzondere bijstand.
bijstand_uitkering -- kwijtschelding | sharedTargetGroup | 2 | Huishoudens met een bijstandsuitkering komen in de regel in aanmerking voor kwijtschelding van gemeentelijke belastingen.
bijstand_uitkering -- sluitende_begroting | sharedBudget | 2 | Een tekort op het BUIG-budget moet uit de algemene middelen worden bijgepast en drukt direct op de begroting.
bijstand_uitkering -- ontzorging | sharedTargetGroup | 2 | Statushouders starten meestal in de bijstand, waaruit de gemeente bij ontzorging huur en energie rechtstreeks betaalt.
vroegsignalering -- schuldhulp | reinforces | 3 | Vroegsignalering brengt huishoudens met achterstanden in beeld, zodat schuldhulp begint voordat de schulden problematisch zijn.
vroegsignalering -- sociale_huur | reinforces | 2 | In de prestatieafspraken leggen gemeente en corporaties vast dat huurachterstanden vroeg worden gemeld, zodat huisuitzetting wordt voorkomen.
vroegsignalering -- energiearmoede | sharedTargetGroup | 2 | Energieleveranciers melden betalingsachterstanden voor vroegsignalering, vaak bij dezelfde huishoudens die energiearmoede ervaren.
vroegsignalering -- dakloosheid | reinforces | 3 | Wie huurachterstanden vroeg aanpakt, voorkomt huisuitzettingen en daarmee een belangrijke oorzaak van dakloosheid.
schuldhulp -- financiele_weerbaarheid | reinforces | 2 | Budgetcursussen en hulp bij formulieren voorkomen dat mensen na een schuldregeling opnieuw schulden maken.
schuldhulp -- mentale_gezondheid | sharedTargetGroup | 2 | Schulden en psychische klachten versterken elkaar, en veel mensen in de schuldhulp hebben ook psychische problemen.
schuldhulp -- wijkteams | reinforces | 2 | Het wijkteam is voor veel inwoners de plek waar geldzorgen het eerst op tafel komen en waar ze naar schuldhulp worden geleid.
schuldhulp -- kwijtschelding | reinforces | 1 | Kwijtschelding voorkomt dat gemeentelijke belastingen de schulden van huishoudens in een schuldtraject verder laten oplopen.
minimaregelingen -- kindpakket | sharedBudget | 2 | Het kindpakket en de minimaregelingen worden uit hetzelfde armoedebudget en dezelfde bijzondere bijstand betaald.
minimaregelingen -- kwijtschelding | sharedTargetGroup | 3 | Kwijtschelding en minimaregelingen richten zich op dezelfde huishoudens rond het sociaal minimum, met vergelijkbare inkomenstoetsen.
minimaregelingen -- energiearmoede | sharedTargetGroup | 2 | Huishoudens met een minimuminkomen geven naar verhouding het meest uit aan energie en zijn de doelgroep van energiecoaches.
minimaregelingen -- sluitende_begroting | conflicts | 2 | Een ruimer minimabeleid kost structureel geld dat bij een krappe begroting elders moet worden gevonden.
kindpakket -- sportdeelname | reinforces | 2 | Het kindpakket betaalt contributie en sportkleding, zodat kinderen uit gezinnen met weinig geld kunnen sporten.
kindpakket -- kansrijke_start | sharedTargetGroup | 1 | Armoede in het gezin is een risico voor de ontwikkeling van jonge kinderen, de doelgroep van Kansrijke start.
kindpakket -- vve | sharedTargetGroup | 2 | Peuters uit gezinnen met weinig geld hebben vaker een risico op achterstand en zijn doelgroep van de voorschoolse educatie.
kindpakket -- jeugdhulp_lokaal | sharedTargetGroup | 2 | Geldstress in gezinnen vergroot de kans op opvoedproblemen en daarmee op een beroep op jeugdhulp.
financiele_weerbaarheid -- laaggeletterdheid | sharedTargetGroup | 2 | Laaggeletterden raken vaker in de schulden omdat brieven, contracten en formulieren moeilijk te begrijpen zijn.
inburgering -- ontzorging | reinforces | 2 | Financiële ontzorging geeft statushouders de rust om zich op taal en werk te richten.
ontzorging -- schuldhulp | reinforces | 1 | Ontzorging in het eerste half jaar voorkomt dat statushouders met betalingsachterstanden bij de schuldhulp belanden.
inburgering -- laaggeletterdheid | sharedTargetGroup | 2 | Anderstalige volwassenen vallen onder de inburgering én onder de aanpak van laaggeletterdheid, dus de taaltrajecten moeten op elkaar aansluiten.
inburgering -- werkgeversservicepunt | reinforces | 2 | De Wet inburgering 2021 combineert taal en werk, en werkgevers die via het werkgeversservicepunt werkplekken bieden maken die combinatie mogelijk.
statushouders -> inburgering | prerequisite | 3 | De inburgering in de gemeente begint pas echt als de statushouder hier een woning heeft gekregen.
maatschappelijke_begeleiding -- vrijwilligers | reinforces | 2 | Vrijwilligers zoals taalmaatjes dragen een groot deel van de maatschappelijke begeleiding van nieuwkomers.
maatschappelijke_begeleiding -- ontmoeting | reinforces | 1 | Buurthuizen en huiskamers zijn de plekken waar nieuwkomers buurtbewoners leren kennen.
werkgeversservicepunt -- ondernemers | reinforces | 2 | Het werkgeversservicepunt is voor lokale ondernemers de ingang voor personeel en loonkostensubsidie.
leven_lang_ontwikkelen -- ondernemers | reinforces | 2 | Tekorten aan technici en zorgpersoneel remmen lokale bedrijven en zorgaanbieders, en omscholing helpt beide.
werkgeversservicepunt -- bedrijventerrein | reinforces | 1 | Nieuwe bedrijven op het bedrijventerrein brengen vacatures die het werkgeversservicepunt met werkzoekenden uit de gemeente kan vervullen.
leven_lang_ontwikkelen -- werkgeversservicepunt | reinforces | 2 | Het werkgeversservicepunt weet welke vaardigheden werkgevers vragen, zodat omscholing daarop kan aansluiten.
laaggeletterdheid -> leven_lang_ontwikkelen | prerequisite | 2 | Lezen, rekenen en digitale vaardigheden zijn nodig om mee te kunnen doen aan omscholing.
energiearmoede -- isolatie | reinforces | 3 | Isolatie verlaagt de energierekening blijvend en is daarom de duurzaamste oplossing voor energiearmoede.
energiearmoede -- schuldhulp | sharedTargetGroup | 2 | Energieschulden komen veel voor, en dreigende afsluiting is een bedreigende situatie waarin de Wgs snelle hulp voorschrijft.
kwijtschelding -- lokale_lasten | reinforces | 1 | Kwijtschelding dempt het effect van stijgende lokale lasten voor huishoudens met een minimuminkomen.
kwijtschelding -- sluitende_begroting | sharedBudget | 1 | Ruimere kwijtschelding kost inkomsten uit belastingen en heffingen die binnen de begroting moeten worden opgevangen.
`);

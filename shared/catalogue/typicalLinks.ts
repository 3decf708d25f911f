import { LINK_KINDS, type LinkKind } from '../model/link';
import { TYPICAL_LINK_REFERENCES, type LinkReference, type LinkReferenceKey } from './typicalLinkReferences';

/** A link that policy practice and public sources describe between two catalogue subjects. */
export interface TypicalLink {
  /** "<source>--<target>": stable while the pair stays, so a project can remember which catalogue link it took. */
  id: string;
  /** Catalogue subject ids. For a prerequisite the source is what the target needs; otherwise source < target. */
  source: string;
  target: string;
  kind: LinkKind;
  /** 1 weak, 2 clear, 3 strong, as for drawn links. */
  strength: 1 | 2 | 3;
  /** One sentence in our own words; the reference is where the relation is described. */
  rationale: { nl: string; en: string };
  reference: LinkReference;
  referenceKey: LinkReferenceKey;
}

// The typical links as a table an advisor can review and edit: one block per link, sorted by id.
//   <source> -- <target> | <kind> | <strength> | <reference key>      ("->" for a prerequisite: source is needed)
//     nl: <rationale in Dutch>
//     en: <rationale in English>
// Keep it selective: a link belongs here only when a public source describes it and an advisor would draw it in
// most municipalities (a test keeps the linked pairs under a fifth of all pairs).
const TABLE = `
arbeidsmarkt -- economie | reinforces | 2 | gelderlander-arbeidsmarkt
  nl: Bedrijven kunnen alleen groeien als er genoeg geschikte mensen beschikbaar zijn, waardoor het vestigingsklimaat mede afhangt van de regionale arbeidsmarkt.
  en: Businesses can only grow if enough suitable people are available, so the business climate partly depends on the regional labour market.
arbeidsmarkt -- onderwijs | reinforces | 2 | educatieve-agenda-limburg
  nl: Een groeiende mismatch tussen wat het onderwijs aanbiedt en wat de regionale arbeidsmarkt vraagt, maakt afstemming tussen onderwijsbeleid en arbeidsmarktbeleid nodig.
  en: A growing mismatch between what education offers and what the regional labour market needs calls for education and labour-market policy to be aligned.
arbeidsmarkt -- regionale-samenwerking | reinforces | 1 | gelderlander-arbeidsmarkt
  nl: De arbeidsmarkt is regionaal, dus gemeenten moeten in hun arbeidsmarktregio samen met werkgevers, onderwijs en UWV optrekken.
  en: The labour market is regional, so municipalities have to act together with employers, education and the benefits agency within their labour-market region.
arbeidsmarkt -- werk-en-inkomen | reinforces | 3 | gelderlander-arbeidsmarkt
  nl: Werkgevers met openstaande vacatures en mensen in de bijstand die met scholing of begeleiding aan de slag kunnen, komen pas bij elkaar als arbeidsmarktbeleid en re-integratie samen worden aangestuurd.
  en: Employers with open vacancies and people on social assistance who could work with training or coaching only come together when labour-market policy and re-integration are steered jointly.
armoede-en-schulden -- duurzaamheid-en-energie | sharedTargetGroup | 2 | platform31-energiearmoede
  nl: Huishoudens met een laag inkomen in slecht geïsoleerde woningen lopen het meeste risico op energiearmoede, zodat de energietransitie en het armoedebeleid dezelfde mensen moeten bereiken.
  en: Low-income households in poorly insulated homes run the highest risk of energy poverty, so the energy transition and poverty policy need to reach the same people.
armoede-en-schulden -- jeugd | sharedTargetGroup | 2 | divosa-armoede
  nl: Kinderen uit gezinnen met weinig geld doen minder mee op school, bij sport en cultuur, wat hun ontwikkeling en latere kansen schaadt.
  en: Children from low-income families take less part in school, sport and culture, which harms their development and later chances.
armoede-en-schulden -- volksgezondheid | sharedTargetGroup | 2 | pharos-missie
  nl: Mensen met weinig geld of een lage opleiding leven korter en minder jaren in goede gezondheid, dus armoedebeleid en gezondheidsbeleid richten zich op dezelfde groepen.
  en: People with little money or little schooling live shorter lives and fewer years in good health, so poverty and health policy target the same groups.
armoede-en-schulden -- welzijn | reinforces | 2 | kst-24515-643
  nl: Geldzorgen leiden tot stress, schaamte en eenzaamheid, en het sociaal werk en vrijwilligers in de wijk zijn vaak de plek waar die zorgen het eerst opvallen.
  en: Money worries lead to stress, shame and loneliness, and neighbourhood social work and volunteers are often where those worries are first noticed.
armoede-en-schulden -- werk-en-inkomen | sharedTargetGroup | 3 | kst-24515-643
  nl: Wie van een uitkering of een laag loon leeft, loopt het meeste risico op geldzorgen en schulden, dus inkomensondersteuning, werk en schuldhulp bereiken grotendeels dezelfde huishoudens.
  en: People living on benefits or low wages run the greatest risk of money worries and debt, so income support, work and debt help largely reach the same households.
armoede-en-schulden -- wonen | sharedTargetGroup | 2 | wgs
  nl: De Wet gemeentelijke schuldhulpverlening noemt dreigende huisuitzetting als reden voor snelle hulp, dus schuldhulp en woonbeleid delen de huishoudens die hun huur niet meer kunnen betalen.
  en: The Municipal Debt Assistance Act names an imminent eviction as a reason for fast help, so debt assistance and housing policy share the households who can no longer pay their rent.
asiel-en-opvang -- integratie-en-inburgering | sharedTargetGroup | 2 | kst-32824-452
  nl: Statushouders wachten vaak lang in de asielopvang op een woning, en wat ze daar aan taal en werk doen bepaalt hoe soepel hun inburgering in de gemeente verloopt.
  en: Status holders often wait a long time in asylum reception for a home, and what they do there in language and work shapes how smoothly their civic integration in the municipality goes.
beschermd-wonen-en-opvang -- zorg-en-ondersteuning | sharedTargetGroup | 2 | wmo2015
  nl: Beschermd wonen en opvang vallen onder dezelfde Wmo 2015 als de overige ondersteuning, en cliënten gaan over van verblijf naar begeleiding thuis.
  en: Sheltered housing and shelter fall under the same Social Support Act 2015 as other support, and clients move from residential care to support at home.
binnenstad -- economie | reinforces | 3 | dnws-binnenstad
  nl: Een levendige binnenstad met winkels, horeca en cultuur is een belangrijke motor van de lokale economie en vraagt samenwerking tussen gemeente en ondernemers.
  en: A lively town centre with shops, cafés and culture is a key driver of the local economy and requires cooperation between the municipality and businesses.
brandweer-en-crisisbeheersing -- openbare-orde-en-veiligheid | reinforces | 2 | vr-brabant-noord
  nl: Brandweer, rampenbestrijding en crisisbeheersing staan via de veiligheidsregio onder één bestuurlijke regie van de burgemeesters.
  en: Fire services, disaster response and crisis management come under one administrative lead of the mayors through the safety region.
brandweer-en-crisisbeheersing -- regionale-samenwerking | sharedBudget | 2 | vr-brabant-noord
  nl: De brandweer is ondergebracht in een gemeenschappelijke regeling, zodat de gemeente haar brandweerzorg via de regionale samenwerking bekostigt en aanstuurt.
  en: The fire service sits in a joint arrangement, so the municipality funds and steers its fire cover through regional cooperation.
burgerzaken -- dienstverlening | reinforces | 2 | vng-digitale-overheid
  nl: Paspoorten, verhuizingen en andere burgerzaken zijn de producten waarmee de meeste inwoners de gemeentelijke dienstverlening ervaren.
  en: Passports, changes of address and other civil-affairs products are how most residents experience municipal service.
cultuur -- onderwijs | reinforces | 1 | cmk
  nl: Cultuureducatie op school vraagt een vaste samenwerking tussen scholen en culturele instellingen, die gemeenten vaak mede bekostigen.
  en: Arts education at school calls for lasting cooperation between schools and cultural institutions, which municipalities often co-fund.
duurzaamheid-en-energie -- ruimtelijke-ordening | conflicts | 2 | pbl-wind
  nl: Windturbines en zonnevelden vragen veel ruimte in het landschap en in de directe leefomgeving van mensen, wat botst met andere ruimtelijke wensen.
  en: Wind turbines and solar fields take up a lot of space in the landscape and in people's immediate surroundings, which clashes with other spatial wishes.
duurzaamheid-en-energie -- vastgoed | sharedBudget | 2 | vng-maatschappelijk-vastgoed
  nl: Gemeenten moeten hun eigen gebouwen verduurzamen, wat de vastgoedbegroting en de klimaatdoelen aan elkaar koppelt.
  en: Municipalities have to make their own buildings sustainable, which ties the property budget to the climate targets.
duurzaamheid-en-energie -- wonen | reinforces | 3 | rijksoverheid-isolatie
  nl: Het isoleren en aardgasvrij maken van woningen is een kernopgave van zowel het woonbeleid als het energiebeleid, met dezelfde eigenaren, corporaties en subsidies.
  en: Insulating homes and taking them off natural gas is a core task of both housing and energy policy, involving the same owners, housing associations and subsidies.
economie -- grondbeleid | sharedBudget | 2 | bronckhorst-grondbeleid
  nl: Nieuwe bedrijventerreinen komen via het grondbeleid tot stand, zodat economische groei en grondbeleid dezelfde gronden en middelen delen.
  en: New business parks come about through land policy, so economic growth and land policy share the same land and funds.
economie -- mobiliteit | reinforces | 2 | stadszaken-bereikbaarheid
  nl: Bereikbaarheid weegt voor bedrijven het zwaarst bij de keuze waar ze zich vestigen, dus verkeersbeleid is ook economisch beleid.
  en: Accessibility weighs most for businesses choosing where to locate, so transport policy is economic policy too.
economie -- recreatie-en-toerisme | reinforces | 2 | monumentengemeenten-toerisme
  nl: Bezoekers besteden geld in winkels, horeca, hotels en musea, wat banen oplevert en de lokale economie versterkt.
  en: Visitors spend money in shops, cafés, hotels and museums, which creates jobs and strengthens the local economy.
erfgoed -- omgevingswet | omgevingswet | 2 | rce-omgevingsplan
  nl: Gemeenten moeten cultureel erfgoed beschermen via het omgevingsplan, waardoor monumentenzorg deel wordt van de afweging over de fysieke leefomgeving.
  en: Municipalities must protect cultural heritage through the environmental plan, which makes heritage care part of the trade-offs about the physical environment.
erfgoed -- recreatie-en-toerisme | reinforces | 2 | monumentengemeenten-toerisme
  nl: Monumenten en de verhalen erachter trekken bezoekers, zodat erfgoedbeleid en toeristische promotie op elkaar voortbouwen.
  en: Monuments and the stories behind them draw visitors, so heritage policy and tourism promotion build on each other.
evenementen -- recreatie-en-toerisme | reinforces | 2 | brummen-evenementen
  nl: Evenementen maken een gemeente levendig en leveren extra bestedingen op bij winkels, horeca en verblijfsrecreatie.
  en: Events make a municipality lively and bring extra spending in shops, cafés and holiday accommodation.
financien -- grondbeleid | sharedBudget | 3 | gemeentenu-grondbeleid
  nl: Grondposities brengen financiële risico's mee waarvoor voorzieningen nodig zijn die direct op de begroting drukken.
  en: Land holdings carry financial risks that require provisions weighing directly on the budget.
gebiedsontwikkeling -- ruimtelijke-ordening | reinforces | 2 | ow-kerninstrumenten
  nl: Gebiedsontwikkeling werkt de ruimtelijke koers uit voor één gebied, vaak als gebiedsgericht programma onder de Omgevingswet.
  en: Area development works out the spatial course for one area, often as an area programme under the Environment and Planning Act.
gebiedsontwikkeling -- wonen | reinforces | 2 | platform31-wetten-wijkaanpak
  nl: Herstructurering van wijken verandert de woningvoorraad en is een van de sterkste middelen om de leefbaarheid te verbeteren.
  en: Restructuring neighbourhoods changes the housing stock and is one of the strongest tools to improve liveability.
groen -- klimaatadaptatie | reinforces | 2 | gezondeleefomgeving-groen
  nl: Groen geeft schaduw en verkoeling en houdt regenwater vast, waardoor vergroening zowel hitte als wateroverlast tegengaat.
  en: Green space provides shade and cooling and holds rainwater, so greening counters both heat and flooding.
groen -- openbare-ruimte | sharedBudget | 2 | rheden-openbare-ruimte
  nl: Groenonderhoud en het beheer van straten en pleinen vallen in dezelfde meerjarenplanning en vaak in hetzelfde onderhoudsbudget.
  en: Green-space upkeep and the management of streets and squares fall in the same multi-year plan and often the same maintenance budget.
groen -- volksgezondheid | omgevingswet | 2 | gemeentenu-groen
  nl: Groen in de woonomgeving heeft een gunstig effect op de lichamelijke en mentale gezondheid en nodigt uit tot bewegen en ontmoeten.
  en: Green space near homes benefits physical and mental health and invites people to exercise and meet.
grondbeleid -- ruimtelijke-ordening | reinforces | 3 | bronckhorst-grondbeleid
  nl: Met grondbeleid stuurt de gemeente welk gebruik er op welke grond komt, zodat het bepaalt hoe het ruimtelijk beleid wordt uitgevoerd.
  en: Through land policy the municipality steers which use comes on which land, so it decides how spatial policy is carried out.
grondbeleid -> wonen | prerequisite | 2 | kst-34682-230
  nl: Actief grondbeleid geeft de gemeente regie en tempo bij woningbouw en ruimte voor een betaalbaar woonprogramma.
  en: Active land policy gives the municipality control and pace in housebuilding and room for an affordable housing programme.
handhaving -- openbare-orde-en-veiligheid | reinforces | 3 | regioburgemeesters-handhaving
  nl: Gemeentelijke boa's en de politie werken samen aan veiligheid en leefbaarheid, waarbij de boa's de kleinere overlast aanpakken en de politie de openbare orde handhaaft.
  en: Municipal enforcement officers and the police work together on safety and liveability, with the officers tackling minor nuisance and the police keeping public order.
handhaving -- vergunningen-en-bouwtoezicht | reinforces | 2 | vng-vth
  nl: Vergunningverlening, toezicht en handhaving vormen één keten met gezamenlijke kwaliteitseisen, zodat wat vergund wordt ook gecontroleerd kan worden.
  en: Permitting, inspection and enforcement form one chain with shared quality standards, so what is permitted can also be checked.
ict-en-digitalisering -> dienstverlening | prerequisite | 2 | vng-digitale-overheid
  nl: Inwoners krijgen het recht om alle aanvragen digitaal te doen, wat de dienstverlening afhankelijk maakt van veilige en goed ingerichte ICT.
  en: Residents are getting the right to file every application digitally, which makes public service depend on secure, well-designed ICT.
inclusie -- openbare-ruimte | omgevingswet | 2 | adsmdow-toegankelijkheid
  nl: De Omgevingswet vraagt aandacht voor een toegankelijke openbare buitenruimte, zodat de inrichting van straten en pleinen bepaalt of mensen met een beperking mee kunnen doen.
  en: The Environment and Planning Act asks for an accessible outdoor public space, so the design of streets and squares decides whether people with disabilities can take part.
inclusie -- zorg-en-ondersteuning | sharedTargetGroup | 2 | vng-vn-verdrag
  nl: Het VN-verdrag handicap vraagt gemeenten mensen met een beperking volwaardig te laten meedoen, en de Wmo-ondersteuning is daarvoor een van de belangrijkste middelen.
  en: The UN disability convention asks municipalities to let people with disabilities take full part, and Social Support Act support is one of the main means to that end.
integratie-en-inburgering -- volwasseneneducatie | sharedTargetGroup | 2 | hetbegintmettaal
  nl: Taallessen voor volwassenen, de aanpak van laaggeletterdheid en inburgering vormen één werkveld met dezelfde aanbieders en deels dezelfde deelnemers.
  en: Language classes for adults, tackling low literacy and civic integration form one field of work with the same providers and partly the same participants.
integratie-en-inburgering -- werk-en-inkomen | sharedTargetGroup | 3 | kst-32824-376
  nl: De Wet inburgering 2021 wil dat nieuwkomers zo snel mogelijk meedoen, het liefst via betaald werk, en statushouders krijgen hun uitkering en begeleiding naar werk van dezelfde gemeente.
  en: The Civic Integration Act 2021 wants newcomers to take part as soon as possible, preferably through paid work, and status holders receive their benefit and guidance to work from the same municipality.
jeugd -- onderwijs | reinforces | 3 | jeugdwet
  nl: De Jeugdwet verplicht gemeenten de toegang tot jeugdhulp af te stemmen met het onderwijs, omdat passend onderwijs en jeugdhulp vaak dezelfde kinderen ondersteunen.
  en: The Youth Act obliges municipalities to align access to youth care with education, because inclusive education and youth care often support the same children.
jeugd -- openbare-orde-en-veiligheid | sharedTargetGroup | 2 | kst-28741-86
  nl: Jongeren die in criminaliteit afglijden hebben vaak ook problemen thuis, op school of met geld, dus jeugdhulp en veiligheidsbeleid richten zich op dezelfde jongeren.
  en: Young people drifting into crime often also have problems at home, at school or with money, so youth care and safety policy target the same young people.
jeugd -- volksgezondheid | sharedTargetGroup | 2 | wpg
  nl: De jeugdgezondheidszorg uit de Wet publieke gezondheid ziet alle kinderen en signaleert vroeg, waardoor zij een vaste schakel naar jeugdhulp is.
  en: Youth health care under the Public Health Act sees every child and spots problems early, which makes it a fixed link to youth care.
klimaatadaptatie -- openbare-ruimte | reinforces | 2 | rvo-openbare-ruimte
  nl: Bij een geplande herinrichting of groot onderhoud van straten kan klimaatadaptatie tegen lage extra kosten worden meegenomen.
  en: A planned redesign or major maintenance of streets is a low-cost moment to build in climate adaptation.
klimaatadaptatie -- water-en-riolering | reinforces | 3 | rioned-dpra
  nl: Het riool kan hevige buien niet alleen verwerken, dus waterberging in straten, tuinen en parken is nodig om wateroverlast te beperken.
  en: Sewers cannot handle heavy downpours alone, so water storage in streets, gardens and parks is needed to limit flooding.
landbouw-en-platteland -- milieu-en-afval | conflicts | 2 | nplg
  nl: Stikstof en mest uit de landbouw drukken op natuur, water en bodem, zodat milieudoelen en de ruimte voor agrarische bedrijven met elkaar botsen.
  en: Nitrogen and manure from farming put pressure on nature, water and soil, so environmental targets and room for farms clash.
landbouw-en-platteland -- ruimtelijke-ordening | omgevingswet | 2 | nplg-ontwerp
  nl: De toekomst van het landelijk gebied vraagt ruimtelijke keuzes over waar landbouw, natuur en water voorrang krijgen, omdat niet elke functie op elke plek past.
  en: The future of the countryside calls for spatial choices about where farming, nature and water come first, because not every function fits every place.
milieu-en-afval -- omgevingswet | omgevingswet | 2 | ow-kerninstrumenten
  nl: Milieuregels en het milieubeleidsplan gaan op in het omgevingsplan en de omgevingsvisie, zodat milieubeleid binnen dezelfde afweging valt.
  en: Environmental rules and the environmental policy plan are absorbed into the environmental plan and vision, so environmental policy falls within the same trade-off.
milieu-en-afval -- volksgezondheid | omgevingswet | 2 | ggdghor-thema-omgevingswet
  nl: Luchtkwaliteit, geluid en bodem hebben directe gevolgen voor de gezondheid, zodat milieubeleid ook gezondheidsbeleid is.
  en: Air quality, noise and soil directly affect health, so environmental policy is health policy too.
mobiliteit -- omgevingswet | omgevingswet | 2 | ow-kerninstrumenten
  nl: Het verkeers- en vervoersplan gaat op in de omgevingsvisie, zodat keuzes over mobiliteit samen met de rest van de fysieke leefomgeving worden gemaakt.
  en: The traffic and transport plan is absorbed into the environmental vision, so mobility choices are made together with the rest of the physical environment.
mobiliteit -- openbare-ruimte | sharedBudget | 3 | rheden-openbare-ruimte
  nl: Wegen, fietspaden, verlichting en verkeersveiligheid worden in één meerjarenplanning met het onderhoud van de openbare ruimte uitgevoerd.
  en: Roads, cycle paths, lighting and road safety are carried out in one multi-year plan together with public-space maintenance.
omgevingswet -- participatie-en-democratie | omgevingswet | 2 | vng-participatie-ow
  nl: De Omgevingswet verplicht gemeenten tot participatiebeleid en tot uitleg hoe inwoners betrokken zijn bij omgevingsvisie, omgevingsplan en vergunningen.
  en: The Environment and Planning Act obliges municipalities to have a participation policy and to explain how residents were involved in the environmental vision, plan and permits.
omgevingswet -- ruimtelijke-ordening | omgevingswet | 3 | ow-kerninstrumenten
  nl: Het omgevingsplan vervangt de bestemmingsplannen en de omgevingsvisie de structuurvisie, dus ruimtelijke ordening werkt nu met de instrumenten van de Omgevingswet.
  en: The environmental plan replaces the zoning plans and the environmental vision the structure vision, so spatial planning now works through the instruments of the Environment and Planning Act.
omgevingswet -- vergunningen-en-bouwtoezicht | omgevingswet | 3 | ow-kerninstrumenten
  nl: De omgevingsvergunning is een kerninstrument van de Omgevingswet, dus vergunningverlening toetst aanvragen aan de regels van het omgevingsplan.
  en: The environmental permit is a core instrument of the Environment and Planning Act, so permitting checks applications against the rules of the environmental plan.
omgevingswet -- volksgezondheid | omgevingswet | 3 | ggdghor-omgevingswet
  nl: Een veilige en gezonde fysieke leefomgeving is een van de doelen van de Omgevingswet, dus gezondheid moet gelijkwaardig meewegen in omgevingsvisie en omgevingsplan.
  en: A safe and healthy physical environment is one of the aims of the Environment and Planning Act, so health must weigh equally in the environmental vision and plan.
openbare-orde-en-veiligheid -> evenementen | prerequisite | 2 | wormerland-evenementen
  nl: Een evenement mag alleen doorgaan als de openbare orde, de veiligheid en de gezondheid voldoende zijn geborgd.
  en: An event may only go ahead when public order, safety and health are sufficiently secured.
openbare-orde-en-veiligheid -- zorg-en-ondersteuning | sharedTargetGroup | 2 | rijksoverheid-verward-gedrag
  nl: Bij mensen met verward gedrag gaan een zorgvraag en overlast vaak samen, waardoor de burgemeester en de zorgwethouder dezelfde personen in beeld hebben.
  en: With people showing confused behaviour, a need for care and public nuisance often go together, so the mayor and the care alderman deal with the same people.
openbare-ruimte -- sport | omgevingswet | 1 | ggdhn-omgevingswet
  nl: Een openbare ruimte die uitnodigt tot spelen, wandelen en fietsen is een goedkope manier om inwoners meer te laten bewegen.
  en: A public space that invites play, walking and cycling is a cheap way to get residents moving more.
openbare-ruimte -- water-en-riolering | sharedBudget | 2 | rheden-openbare-ruimte
  nl: Rioolvervanging bepaalt vaak wanneer een straat open gaat, dus riolering en herinrichting van de openbare ruimte worden samen gepland en betaald.
  en: Sewer replacement often decides when a street is dug up, so sewerage and public-space redesign are planned and paid for together.
openbare-ruimte -- wijk-en-kerngericht-werken | reinforces | 2 | platform31-wetten-wijkaanpak
  nl: Een schone, hele en veilige openbare ruimte is een basisvoorwaarde voor de leefbaarheid waar wijkgericht werken om draait.
  en: A clean, intact and safe public space is a basic condition for the liveability that neighbourhood-based working is about.
participatie-en-democratie -- wijk-en-kerngericht-werken | reinforces | 3 | platform31-wetten-wijkaanpak
  nl: Wijkgericht werken zet bewoners centraal als gelijkwaardige partners, dus participatie is de kern van de wijk- en kernenaanpak.
  en: Neighbourhood-based working puts residents at the centre as equal partners, so participation is the core of the neighbourhood and village approach.
ruimtelijke-ordening -- volksgezondheid | omgevingswet | 2 | ggdhn-omgevingswet
  nl: Hoe wijken worden ingericht, met groen, fietsroutes, ontmoetingsplekken en afstand tot hinder, bepaalt mede hoe gezond de bewoners leven.
  en: How neighbourhoods are laid out, with green space, cycle routes, meeting places and distance from nuisance, partly determines how healthily residents live.
ruimtelijke-ordening -> wonen | prerequisite | 3 | bronckhorst-grondbeleid
  nl: Nieuwe woningen kunnen pas gebouwd worden als het ruimtelijk beleid er locaties voor aanwijst en de regels dat toestaan.
  en: New homes can only be built once spatial policy designates locations for them and the rules allow it.
sport -- volksgezondheid | reinforces | 3 | allesoversport-preventieakkoord
  nl: Meer bewegen is een van de sterkste middelen tegen overgewicht en chronische ziekte, en het lokale sport- en preventieakkoord brengt beide beleidsvelden samen.
  en: More exercise is one of the strongest tools against obesity and chronic illness, and the local sport and prevention agreement brings both policy fields together.
toegang-sociaal-domein -> jeugd | prerequisite | 3 | vng-wijkteams
  nl: Jeugdhulp begint meestal bij het wijk- of jeugdteam, dat vroeg signaleert en doorverwijst, dus de toegang stuurt de vraag naar zwaardere jeugdhulp.
  en: Youth care usually starts with the neighbourhood or youth team, which spots problems early and refers on, so access steers the demand for heavier youth care.
toegang-sociaal-domein -> zorg-en-ondersteuning | prerequisite | 3 | vng-wijkteams
  nl: Inwoners komen bij Wmo-voorzieningen via het wijkteam of het loket, dus hoe de toegang is ingericht bepaalt wie welke ondersteuning krijgt.
  en: Residents reach Social Support Act provisions through the neighbourhood team or front desk, so how access is organised decides who gets which support.
volksgezondheid -- welzijn | reinforces | 2 | pharos-missie
  nl: Gezondheid hangt samen met eenzaamheid, zelfredzaamheid en meedoen, zodat preventie in het welzijnswerk en het gezondheidsbeleid elkaar versterken.
  en: Health is tied up with loneliness, self-reliance and taking part, so prevention in community work and health policy reinforce each other.
volwasseneneducatie -- werk-en-inkomen | reinforces | 2 | kst-basisvaardigheden-2025
  nl: Wie beter leert lezen, rekenen en digitaal werken, vindt makkelijker werk en de weg naar inkomensondersteuning, zodat basisvaardigheden en re-integratie elkaar versterken.
  en: Those who learn to read, count and work digitally better find work and the way to income support more easily, so basic skills and re-integration reinforce each other.
welzijn -- werk-en-inkomen | reinforces | 2 | participatiewet
  nl: De Participatiewet laat het college ook sociale activering inzetten, zodat vrijwilligerswerk en meedoen in de buurt een opstap naar werk worden voor wie nog ver van de arbeidsmarkt staat.
  en: The Participation Act lets the municipality use social activation too, so volunteering and taking part in the neighbourhood become a step towards work for people still far from the labour market.
welzijn -- wijk-en-kerngericht-werken | reinforces | 2 | platform31-wijkaanpak
  nl: In kwetsbare wijken vraagt een goede aanpak dat sociaal werk, zorg en fysieke partners per gebied samenwerken in plaats van ieder vanuit het eigen domein.
  en: In vulnerable neighbourhoods a good approach needs social work, care and physical partners to work together by area rather than each from its own domain.
welzijn -- zorg-en-ondersteuning | reinforces | 3 | wmo2015
  nl: De Wmo 2015 rekent sociale samenhang, mantelzorg en vrijwilligerswerk tot maatschappelijke ondersteuning, en een sterke sociale basis beperkt de vraag naar individuele voorzieningen.
  en: The Social Support Act 2015 counts social cohesion, informal care and volunteering as social support, and a strong social base limits the demand for individual provisions.
wonen -> beschermd-wonen-en-opvang | prerequisite | 3 | hu-beschermd-wonen
  nl: Mensen kunnen alleen uit beschermd wonen en de opvang doorstromen als er gewone, betaalbare woningen in de wijk beschikbaar zijn.
  en: People can only move on from sheltered housing and shelters when ordinary, affordable homes are available in the neighbourhood.
wonen -> integratie-en-inburgering | prerequisite | 2 | kst-32847-994
  nl: Statushouders kunnen pas echt met inburgeren beginnen als de gemeente hen een woning heeft gegeven, dus de huisvestingstaakstelling bepaalt het tempo van de integratie.
  en: Status holders can only really start civic integration once the municipality has housed them, so the housing quota sets the pace of integration.
wonen -- zorg-en-ondersteuning | reinforces | 3 | vijfheerenlanden-wwz
  nl: Ouderen en mensen met een beperking blijven langer thuis wonen, wat vraagt om geschikte woningen en ondersteuning die samen in een woon-zorgvisie worden gepland.
  en: Older people and people with disabilities live at home for longer, which calls for suitable homes and support planned together in a housing-and-care vision.
`;

const HEAD = /^(\S+) (--|->) (\S+) \| (\w+) \| ([123]) \| (\S+)$/;

function parse(table: string): TypicalLink[] {
  const lines = table.split('\n').filter((l) => l.trim() !== '');
  const links: TypicalLink[] = [];
  for (let i = 0; i < lines.length; i += 3) {
    const head = HEAD.exec(lines[i]!);
    const nl = /^ {2}nl: (.+)$/.exec(lines[i + 1] ?? '');
    const en = /^ {2}en: (.+)$/.exec(lines[i + 2] ?? '');
    // A malformed table is a bug in this file, caught by the unit tests at import.
    if (!head || !nl || !en) throw new Error(`typical links: malformed block at "${lines[i]}"`);
    const [, source, arrow, target, kind, strength, key] = head;
    if (!(LINK_KINDS as readonly string[]).includes(kind!)) throw new Error(`typical links: unknown kind ${kind}`);
    if (!Object.hasOwn(TYPICAL_LINK_REFERENCES, key!)) throw new Error(`typical links: unknown reference ${key}`);
    if ((arrow === '->') !== (kind === 'prerequisite'))
      throw new Error(`typical links: arrow and kind differ: ${lines[i]}`);
    const referenceKey = key as LinkReferenceKey;
    links.push({
      id: `${source}--${target}`,
      source: source!,
      target: target!,
      kind: kind as LinkKind,
      strength: Number(strength) as 1 | 2 | 3,
      rationale: { nl: nl[1]!, en: en[1]! },
      reference: TYPICAL_LINK_REFERENCES[referenceKey],
      referenceKey,
    });
  }
  return links;
}

export const TYPICAL_LINKS: readonly TypicalLink[] = parse(TABLE);

/** The typical links whose two ends are both among the given catalogue subject ids (what a project takes over). */
export function typicalLinksAmong(catalogueIds: Iterable<string>): TypicalLink[] {
  const ids = new Set(catalogueIds);
  return TYPICAL_LINKS.filter((l) => ids.has(l.source) && ids.has(l.target));
}

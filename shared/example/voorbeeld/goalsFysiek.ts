import { parseGoals } from './rows';

/**
 * Goals of the physical domain, per subject, with the Omgevingswet instruments they use (omgevingsvisie,
 * omgevingsplan, programma's, omgevingsvergunning) and the art. 2.1 interests they serve. Budgets in millions of euros
 * a year; the omgevingsvisie, omgevingsplan and programma's are booked on taakveld 8.1, permits on 8.3.
 */
export const GOALS_FYSIEK = parseGoals(`
# wonen | 5 Wonen en ruimte
woningbouw | 8.3 | woningwet, omgevingswet | 1.2 | wonen | -: wonen | 1.800 woningen erbij tot 2030, twee derde betaalbaar
sociale_huur | 8.3 | woningwet | 0.15 | wonen | - | Sociale huurvoorraad laten groeien met prestatieafspraken met de corporaties
aandachtsgroepen | 8.3 | woningwet, wmo2015, omgevingswet | 0.25 | wonen, kwetsbare groepen | programma: wonen | Programma Wonen en zorg: woningen voor aandachtsgroepen in elke wijk
statushouders | 8.3 | woningwet | 0.1 | wonen, nieuwkomers | - | Statushouders huisvesten volgens de halfjaarlijkse taakstelling
ouderenhuisvesting | 8.3 | woningwet | 0.2 | wonen, ouderen | - | Levensloopbestendige en geclusterde woningen voor ouderen
doorstroming | 8.3 | - | 0.1 | wonen | - | Doorstroming op de woningmarkt bevorderen met de huisvestingsverordening

# ruimtelijke-ordening | 5 Wonen en ruimte
stationsgebied | 8.1, 8.2 | omgevingswet | 1.5 | wonen, mobiliteit | programma: wonen, mobiliteit | Stationsgebied transformeren tot gemengd woon-werkgebied
transformatie | 8.1 | omgevingswet | 0.2 | wonen | -: wonen | Leegstaande kantoren en winkels ombouwen tot woningen
buitengebied | 8.1 | omgevingswet | 0.15 | buitengebied | -: natuur, erfgoed | Vitaal buitengebied: nieuwe functies voor vrijkomende agrarische bebouwing
herstructurering_ploeg | 8.1, 8.3 | omgevingswet, woningwet | 0.9 | wijk, wonen | programma: wonen, gezondheid | Herstructurering De Ploeg: renovatie en sloop-nieuwbouw met de corporatie

# omgevingswet | 5 Wonen en ruimte
omgevingsvisie | 8.1 | omgevingswet | 0.35 | gezondheid, wonen | omgevingsvisie: gezondheid, wonen, toegankelijkheid, klimaat | Omgevingsvisie met gezondheid, wonen en toegankelijkheid als kernwaarden
omgevingsplan | 8.1 | omgevingswet | 0.9 | gezondheid | omgevingsplan: gezondheid, veiligheid, milieu | Van het tijdelijke deel naar één nieuw omgevingsplan voor de hele gemeente
omgevingsvergunning | 8.3 | omgevingswet | 1.6 | vergunningen | omgevingsvergunning: veiligheid | Omgevingsvergunningen binnen de wettelijke termijn
participatie_ow | 8.1 | omgevingswet | 0.1 | wijk | - | Participatie van inwoners en bedrijven bij omgevingsplan en initiatieven
programma_gezond | 8.1, 7.4 | omgevingswet | 0.3 | gezondheid | programma: gezondheid, milieu | Programma Gezonde leefomgeving: geluid, lucht en een beweegvriendelijke inrichting

# grondbeleid | 5 Wonen en ruimte
grondexploitaties | 8.2 | - | 9.0 | financiën | - | Grondexploitaties sluitend en hun risico's beheerst
strategische_aankopen | 8.2 | - | 2.0 | wonen | - | Strategische grondaankopen voor betaalbare woningbouw
bedrijventerrein | 3.2 | - | 1.2 | economie | - | Uitbreiding van bedrijventerrein De Hoek voor lokale bedrijven

# mobiliteit | 6 Duurzaam en bereikbaar
fietsroutes | 2.1 | omgevingswet | 1.8 | mobiliteit, gezondheid | programma: mobiliteit, gezondheid | Veilige, snelle fietsroutes naar scholen en werk (mobiliteitsprogramma)
doelgroepenvervoer | 2.5, 6.60 | wmo2015 | 2.3 | vervoer, ouderen | - | Doelgroepenvervoer en buurtbus samen organiseren
verkeersveiligheid | 2.1 | - | 1.1 | mobiliteit, veiligheid | - | Verkeersveilige wijken: 30 km/u in de bebouwde kom en veilige schoolomgevingen
parkeren | 2.2 | - | 0.6 | mobiliteit | - | Parkeerbeleid dat ruimte maakt voor groen en woningbouw
laadinfra | 2.1 | - | 0.3 | mobiliteit, energie | - | Laadpalen voor elektrisch vervoer in elke buurt

# duurzaamheid-en-energie | 6 Duurzaam en bereikbaar
isolatie | 7.4 | - | 2.4 | energie, armoede | - | Woningen isoleren, eerst in buurten met veel energiearmoede
energiearmoede | 7.4, 6.3 | - | 0.6 | energie, armoede, bestaanszekerheid | - | Energiearmoede aanpakken met energiecoaches en fixteams
warmteprogramma | 7.4 | omgevingswet | 0.5 | energie | programma: klimaat | Warmteprogramma: wijk voor wijk van het aardgas af
duurzame_opwek | 7.4 | omgevingswet | 0.3 | energie | -: klimaat, natuur | Zon op daken en zoekgebieden voor zon en wind uit de regionale energiestrategie
vastgoed_verduurzamen | 0.3, 7.4 | - | 1.1 | energie | - | Gemeentelijk vastgoed verduurzamen

# openbare-ruimte | 6 Duurzaam en bereikbaar
toegankelijke_ruimte | 2.1 | omgevingswet | 0.8 | toegankelijkheid, ouderen | -: toegankelijkheid | Toegankelijke openbare ruimte: obstakelvrije looproutes en rustplekken
beheer_op_niveau | 2.1 | - | 6.2 | beheer | - | Wegen, bruggen en verlichting op beheerniveau
speelplekken | 5.7 | - | 0.7 | jeugd, sport | - | Speel- en beweegplekken in elke buurt
schoon_heel | 2.1, 7.3 | - | 1.9 | wijk | - | Schone en hele straten: zwerfafval en onderhoud per wijk

# groen | 6 Duurzaam en bereikbaar
groen_wijken | 5.7 | omgevingswet | 1.4 | gezondheid, klimaat | -: gezondheid, natuur, klimaat | Meer groen in versteende wijken volgens de 3-30-300-regel
bomen | 5.7 | - | 0.9 | klimaat | - | Meer en grotere bomen: het bomenbestand groeit en wordt beschermd

# klimaatadaptatie | 6 Duurzaam en bereikbaar
hittestress | 5.7 | omgevingswet | 0.3 | klimaat, gezondheid | -: klimaat, gezondheid | Hittestress verminderen, eerst waar kwetsbare bewoners wonen
wateroverlast | 7.2 | - | 2.8 | klimaat | - | Wateroverlast bij hevige buien voorkomen met afkoppelen en wadi's
klimaatadaptief_bouwen | 8.1 | omgevingswet | 0.05 | klimaat | omgevingsplan: klimaat | Klimaatadaptief bouwen als regel in het omgevingsplan
`);

import { parseGoals } from './rows';

/**
 * Goals of the social domain, per subject. Budgets are yearly lasten in millions of euros, in the order of magnitude
 * of a municipality of 61,000 inhabitants (bijstand for about 1,300 households, jeugd and Wmo each near € 18 mln);
 * `-` where the goal is about control rather than spending. Taakvelden from the Iv3 list of 2025.
 */
export const GOALS_SOCIAAL = parseGoals(`
# werk-en-inkomen | 2 Iedereen doet mee
bijstand_uitkering | 6.3 | participatiewet | 21.5 | bestaanszekerheid | - | Bijstandsuitkeringen tijdig en rechtmatig verstrekken
bijstand_uitstroom | 6.5 | participatiewet | 3.1 | werk, bestaanszekerheid | - | Meer mensen uit de bijstand naar betaald werk
beschut_werk | 6.4 | participatiewet | 7.8 | werk | - | Beschut werk en sociale werkvoorziening voor wie niet regulier kan werken
ips_werk | 6.5 | participatiewet, wmo2015 | 0.6 | werk, kwetsbare groepen | - | Re-integratie met ggz-begeleiding (IPS) voor mensen met psychische kwetsbaarheid
jongeren_werk | 6.5, 4.3 | participatiewet | 0.5 | werk, jeugd | - | Jongeren zonder startkwalificatie naar school of werk
participatieplekken | 6.5 | participatiewet | 0.9 | werk, eenzaamheid | - | Meedoen naar vermogen: participatieplekken voor mensen ver van de arbeidsmarkt

# armoede-en-schulden | 2 Iedereen doet mee
vroegsignalering | 6.3 | wgs | 0.35 | schulden, bestaanszekerheid | - | Betalingsachterstanden op huur, energie en zorgverzekering vroeg signaleren
schuldhulp | 6.3 | wgs | 1.3 | schulden, bestaanszekerheid | - | Schuldhulpverlening zonder wachtlijst: eerste gesprek binnen vier weken
minimaregelingen | 6.3 | participatiewet | 2.6 | armoede, bestaanszekerheid | - | Bereik van minimaregelingen en bijzondere bijstand vergroten
kindpakket | 6.3 | participatiewet | 0.7 | armoede, jeugd | - | Kinderen in armoede doen mee: kindpakket voor school, sport en cultuur
financiele_weerbaarheid | 6.3, 6.1 | wgs | 0.3 | schulden | - | Financiële weerbaarheid: budgetcursussen en hulp bij formulieren

# integratie-en-inburgering | 2 Iedereen doet mee
inburgering | 6.1, 6.5 | inburgering | 1.6 | nieuwkomers, werk | - | Inburgering met taal en werk tegelijk (Wet inburgering 2021)
ontzorging | 6.1, 6.3 | inburgering, participatiewet | 0.2 | nieuwkomers, schulden | - | Financiële ontzorging van statushouders in het eerste half jaar
maatschappelijke_begeleiding | 6.1 | inburgering | 0.4 | nieuwkomers, wijk | - | Nieuwkomers thuis in de wijk: maatschappelijke begeleiding en taalmaatjes

# zorg-en-ondersteuning | 3 Gezond en zorgzaam
langer_thuis | 6.711, 6.712 | wmo2015 | 11.2 | ouderen, wonen | - | Ouderen wonen langer zelfstandig thuis met passende ondersteuning
hulpmiddelen | 6.60 | wmo2015 | 3.4 | ouderen, toegankelijkheid | - | Hulpmiddelen en woningaanpassingen snel geleverd
dagbesteding | 6.713 | wmo2015 | 2.9 | ouderen | - | Dagbesteding dichtbij huis, ook voor mensen met dementie
wmo_grip | 6.91 | wmo2015 | - | financiën | - | Wmo-uitgaven beheersbaar houden ondanks vergrijzing en abonnementstarief
inclusieagenda | 6.1, 6.91 | wmo2015 | 0.2 | toegankelijkheid | - | Lokale inclusieagenda VN-verdrag Handicap uitvoeren

# toegang-sociaal-domein | 3 Gezond en zorgzaam
wijkteams | 6.21, 6.22, 6.23 | wmo2015, jeugdwet | 5.2 | wijk | - | Sociaal wijkteam als één herkenbare toegang voor Wmo, jeugd en geldzorgen
clientondersteuning | 6.21 | wmo2015 | 0.3 | toegankelijkheid | - | Onafhankelijke cliëntondersteuning bekend en bereikbaar

# volksgezondheid | 3 Gezond en zorgzaam
gezondheidsverschillen | 7.1 | wpg | 0.6 | gezondheid, wijk | - | Gezondheidsverschillen tussen wijken verkleinen
kansrijke_start | 7.1 | wpg | 2.2 | gezondheid, jeugd | - | Kansrijke start en jeugdgezondheidszorg voor elk kind
mentale_gezondheid | 7.1 | wpg | 0.4 | gezondheid | - | Mentale gezondheid van jongeren en volwassenen versterken
leefstijl | 7.1 | wpg | 0.35 | gezondheid | - | Gezonde leefstijl: JOGG-aanpak, rookvrije generatie en minder alcohol
ggd_taken | 7.1 | wpg | 1.9 | gezondheid | - | GGD-taken op orde: infectieziektebestrijding en medische milieukunde
gezondheid_meewegen | 7.1, 8.1 | wpg, omgevingswet | 0.1 | gezondheid | -: gezondheid | Gezondheid meewegen in ruimtelijke besluiten, met advies van de GGD

# welzijn | 3 Gezond en zorgzaam
eenzaamheid | 6.1 | wmo2015 | 0.5 | eenzaamheid, ouderen | - | Eenzaamheid terugdringen, onder ouderen en onder jongeren
mantelzorg | 6.1 | wmo2015 | 0.8 | ouderen | - | Mantelzorgers ontlasten met respijtzorg en ondersteuning
vrijwilligers | 6.1 | wmo2015 | 0.4 | wijk | - | Vrijwilligerswerk en informele zorg versterken
ontmoeting | 6.1 | wmo2015 | 1.2 | eenzaamheid, wijk | - | Een ontmoetingsplek in elke wijk: buurthuizen en huiskamers
sociale_basis | 6.1 | wmo2015 | 3.6 | wijk | - | Sterke sociale basis: sociaal werk en preventie vóór maatwerk

# beschermd-wonen-en-opvang | 3 Gezond en zorgzaam
uitstroom_bw | 6.811 | wmo2015 | 4.1 | kwetsbare groepen, wonen | - | Uitstroom uit beschermd wonen naar een eigen woning met begeleiding
dakloosheid | 6.812 | wmo2015 | 1.4 | kwetsbare groepen, wonen | - | Dakloosheid voorkomen en beëindigen volgens housing first
huiselijk_geweld | 6.812 | wmo2015 | 0.9 | veiligheid | - | Huiselijk geweld en kindermishandeling eerder stoppen, met Veilig Thuis
beschermd_thuis | 6.811 | wmo2015 | 1.6 | kwetsbare groepen, wonen | - | Beschermd thuis: begeleiding in de eigen woning in plaats van in een instelling

# jeugd | 4 Kansrijk opgroeien
jeugdhulp_lokaal | 6.751 | jeugdwet | 6.5 | jeugd | - | Lichte jeugdhulp dichtbij, via wijkteam en praktijkondersteuner jeugd
jeugdhulp_verblijf | 6.761, 6.762 | jeugdwet | 9.8 | jeugd | - | Minder jeugdhulp met verblijf, meer hulp in het gezin
jeugdbescherming | 6.821, 6.822 | jeugdwet | 2.1 | jeugd, veiligheid | - | Jeugdbescherming en jeugdreclassering zonder wachtlijst
jeugd_grip | 6.92 | jeugdwet | - | jeugd, financiën | - | Jeugdhulp binnen budget: regionale inkoop en een heldere reikwijdte
jongerenwerk | 6.1 | jeugdwet | 0.9 | jeugd, wijk | - | Jongerenwerk en preventie in elke wijk

# onderwijs | 4 Kansrijk opgroeien
ihp_scholen | 4.2 | - | 6.8 | onderwijs | - | Schoolgebouwen vernieuwen volgens het integraal huisvestingsplan
vve | 4.3 | - | 1.7 | onderwijs, jeugd | - | Voor- en vroegschoolse educatie voor peuters met risico op achterstand
schoolverlaten | 4.3 | - | 0.45 | onderwijs, jeugd | - | Thuiszitten en voortijdig schoolverlaten voorkomen (leerplicht en RMC)
leerlingenvervoer | 4.3 | - | 1.4 | onderwijs, vervoer | - | Leerlingenvervoer passend en betaalbaar
laaggeletterdheid | 4.3 | - | 0.3 | onderwijs, bestaanszekerheid | - | Laaggeletterdheid onder volwassenen verminderen

# sport | 3 Gezond en zorgzaam
sportaccommodaties | 5.2 | - | 4.6 | sport | - | Toekomstbestendige en duurzame sportaccommodaties en zwembad
sportdeelname | 5.1 | - | 0.6 | sport, gezondheid | - | Meer inwoners bewegen, ook met een kleine beurs of een beperking
buurtsportcoach | 5.1 | - | 0.5 | sport, wijk | - | Buurtsportcoaches in wijken en op scholen
`);

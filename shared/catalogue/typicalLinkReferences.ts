export interface LinkReference {
  title: string;
  /** Who wrote or published it; "(kopie op …)" when only a copy on another site could be read. */
  publisher: string;
  url: string;
}

// The public material each typical link rests on, by key (typicalLinks.ts names the key). Sorted by key.
export const TYPICAL_LINK_REFERENCES = {
  'adsmdow-toegankelijkheid': {
    title: 'Toegankelijkheid voor personen met een handicap',
    publisher: 'Aan de slag met de Omgevingswet (VNG, IPO, UvW en Rijk)',
    url: 'https://aandeslagmetdeomgevingswet.nl/thema/toegankelijkheid/personen-handicap/',
  },
  'allesoversport-preventieakkoord': {
    title: 'Nationaal Preventieakkoord: kansen voor de sport',
    publisher: 'Allesoversport.nl',
    url: 'https://www.allesoversport.nl/thema/beleid/nationaal-preventieakkoord-kansen-voor-de-sport/',
  },
  'bronckhorst-grondbeleid': {
    title: 'Paragraaf grondbeleid, inleiding (jaarstukken 2018)',
    publisher: 'Gemeente Bronckhorst',
    url: 'https://jaarstukken.bronckhorst.nl/xmlpages/page/jaarstukken-2018/jaarverslag/paragrafen/paragraaf-grondbeleid/inleiding',
  },
  'brummen-evenementen': {
    title: 'Nota Evenementenbeleid gemeente Brummen',
    publisher: 'Gemeente Brummen',
    url: 'https://lokaleregelgeving.overheid.nl/CVDR451587/2',
  },
  cmk: {
    title: 'Cultuureducatie met Kwaliteit',
    publisher: 'Fonds voor Cultuurparticipatie',
    url: 'http://www.cultuurparticipatie.nl/subsidies/cultuureducatie-met-kwaliteit/',
  },
  'divosa-armoede': {
    title: 'Armoede en sociale uitsluiting',
    publisher: 'Divosa',
    url: 'https://www.divosa.nl/onderwerpen/armoede-en-sociale-uitsluiting',
  },
  'dnws-binnenstad': {
    title: 'Samenwerking maakt de nieuwe binnenstad',
    publisher: 'Platform De Nieuwe Winkelstraat',
    url: 'https://www.dnws.nl/kennis-en-inspiratie/samenwerking-maakt-de-nieuwe-binnenstad/',
  },
  'educatieve-agenda-limburg': {
    title: 'Op weg naar werk',
    publisher: 'Educatieve Agenda Limburg',
    url: 'https://www.educatieveagendalimburg.nl/limburg-leert-samen/op-weg-naar-werk',
  },
  'gelderlander-arbeidsmarkt': {
    title: 'Veel meer mensen moeten aan het werk in de Achterhoek, want vrijwel alle bedrijven hebben personeel nodig',
    publisher: 'De Gelderlander',
    url: 'https://www.gelderlander.nl/achterhoek/veel-meer-mensen-moeten-aan-het-werk-in-de-achterhoek-want-vrijwel-alle-bedrijven-hebben-personeel-nodig~abbff3bb/',
  },
  'gemeentenu-groen': {
    title: 'Zo belangrijk is groen in de wijk (over de RIVM-kennisbundel Groen en gezondheid)',
    publisher: 'Gemeente.nu',
    url: 'https://www.gemeente.nu/ruimte-milieu/leefomgeving/zo-belangrijk-is-groen-in-de-wijk/',
  },
  'gemeentenu-grondbeleid': {
    title: 'Rijkssteun voor lokaal grondbeleid moet woningbouw versnellen',
    publisher: 'Gemeente.nu',
    url: 'https://www.gemeente.nu/ruimte-milieu/wonen/rijkssteun-voor-lokaal-grondbeleid-moet-woningbouw-versnellen/',
  },
  'gezondeleefomgeving-groen': {
    title: 'Groen en gezonde leefomgeving',
    publisher: 'Kennisplein Gezonde Leefomgeving',
    url: 'https://gezondeleefomgeving.nl/thema/groen-intro',
  },
  'ggdghor-omgevingswet': {
    title: 'Over de Omgevingswet',
    publisher: 'GGD GHOR Nederland',
    url: 'https://ggdghor.nl/actueel-bericht/over-de-omgevingswet/',
  },
  'ggdghor-thema-omgevingswet': {
    title: 'Omgevingswet: een gezonde en veilige leefomgeving',
    publisher: 'GGD GHOR Nederland',
    url: 'https://ggdghor.nl/thema/omgevingswet/',
  },
  'ggdhn-omgevingswet': {
    title: 'Gezondheid in de Omgevingswet',
    publisher: 'GGD Hollands Noorden',
    url: 'https://www.ggdhollandsnoorden.nl/systeem/footernavigatie/gemeenten/omgevingswet.aspx',
  },
  hetbegintmettaal: {
    title: 'Begrippenlijst volwasseneneducatie, laaggeletterdheid en inburgering',
    publisher: 'Het Begint met Taal en Steunpunt Basisvaardigheden',
    url: 'https://hetbegintmettaal.nl/begrippenlijst',
  },
  'hu-beschermd-wonen': {
    title: 'Thuis in de samenleving: transformatie beschermd wonen en maatschappelijke opvang',
    publisher: 'Hogeschool Utrecht, Kenniscentrum Sociale Innovatie',
    url: 'https://husite.nl/kus/programmas/thuis-in-de-samenleving-transformatie-beschermd-wonen-en-maatschappelijke-opvang/',
  },
  jeugdwet: {
    title: 'Jeugdwet (BWBR0034925), artikel 2.9',
    publisher: 'Rijksoverheid, wetten.overheid.nl',
    url: 'https://wetten.overheid.nl/BWBR0034925',
  },
  'kst-24515-643': {
    title:
      'Kamerbrief "Niemand aan de kant in Nederland" over de aanpak van geldzorgen, armoede en schulden (24 515, nr. 643)',
    publisher: 'Tweede Kamer der Staten-Generaal',
    url: 'https://www.officielebekendmakingen.nl/kst-24515-643.html',
  },
  'kst-28741-86': {
    title: 'Kamerbrief over de preventieve aanpak van jeugdcriminaliteit (28 741, nr. 86)',
    publisher: 'Tweede Kamer der Staten-Generaal',
    url: 'https://zoek.officielebekendmakingen.nl/kst-28741-86.html',
  },
  'kst-32824-376': {
    title: 'Kamerbrief over de uitvoering en monitoring van de Wet inburgering 2021 (32 824, nr. 376)',
    publisher: 'Tweede Kamer der Staten-Generaal',
    url: 'https://zoek.officielebekendmakingen.nl/dossier/kst-32824-376.html',
  },
  'kst-32824-452': {
    title:
      'Kabinetsreactie op het inspectierapport over inburgering van statushouders die langdurig in de asielopvang verblijven (32 824, nr. 452)',
    publisher: 'Tweede Kamer der Staten-Generaal',
    url: 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D17418&id=2025D17418',
  },
  'kst-32847-994': {
    title: 'Beleidsreactie op het advies "Een thuis voor statushouders" van de Adviesraad Migratie (32 847, nr. 994)',
    publisher: 'Tweede Kamer der Staten-Generaal',
    url: 'https://zoek.officielebekendmakingen.nl/kst-32847-994.html',
  },
  'kst-34682-230': {
    title: 'Kamerbrief Inzet grondbeleid voor woningbouw (34 682, nr. 230)',
    publisher: 'Tweede Kamer der Staten-Generaal (kopie op berthub.eu)',
    url: 'https://berthub.eu/tkconv/document.html?nummer=2025D33661',
  },
  'kst-basisvaardigheden-2025': {
    title: 'Kamerbrief Versterking basisvaardigheden volwassenen vanaf 2025',
    publisher: 'Tweede Kamer der Staten-Generaal (kopie op berthub.eu)',
    url: 'https://berthub.eu/tkconv/document.html?nummer=2025D33397',
  },
  'monumentengemeenten-toerisme': {
    title: 'Erfgoed, promotie en toerisme',
    publisher: 'Kennisbank monumentengemeenten',
    url: 'https://kennisbank.monumentengemeenten.nl/erfgoed-als-factor/erfgoed-promotie-en-toerisme/',
  },
  nplg: {
    title: 'Nationaal Programma Landelijk Gebied',
    publisher: 'Rijksoverheid, aanpakstikstof.nl',
    url: 'https://www.aanpakstikstof.nl/de-stikstofaanpak/nationaal-programma-landelijk-gebied',
  },
  'nplg-ontwerp': {
    title: 'Ontwerp Nationaal Programma Landelijk Gebied',
    publisher: 'Rijksoverheid, onslevendlandschap.nl',
    url: 'https://www.onslevendlandschap.nl/documenten/publicaties/2023/12/15/20231215-ontwerp-nplg',
  },
  'ow-kerninstrumenten': {
    title: 'Kerninstrumenten van de Omgevingswet',
    publisher: 'Omgevingswetportaal (Rijksoverheid)',
    url: 'https://www.omgevingswetportaal.nl/wet-en-regelgeving/wet/kerninstrumenten',
  },
  participatiewet: {
    title: 'Participatiewet (BWBR0015703), artikel 7',
    publisher: 'Rijksoverheid, wetten.overheid.nl',
    url: 'https://wetten.overheid.nl/BWBR0015703',
  },
  'pbl-wind': {
    title: 'PBL: inpassing duurzame energie in leefomgeving burgers verdient meer aandacht (over Wind-op-land)',
    publisher: 'Gebiedsontwikkeling.nu, over een studie van het Planbureau voor de Leefomgeving',
    url: 'https://www.gebiedsontwikkeling.nu/artikelen/inpassing-duurzame-energie-dagelijkse-leefomgeving-van-burgers-verdient-meer-beleidsaandacht/',
  },
  'pharos-missie': {
    title: 'Missie en visie',
    publisher: 'Pharos, expertisecentrum gezondheidsverschillen',
    url: 'https://www.pharos.nl/over-pharos/missie-en-visie/',
  },
  'platform31-energiearmoede': {
    title: 'Gemeenten aan de randen van het land kiezen voor brede aanpak energiearmoede',
    publisher: 'Platform31',
    url: 'https://platform31.nl/artikelen/gemeenten-aan-de-randen-van-het-land-kiezen-voor-brede-aanpak-energiearmoede',
  },
  'platform31-wetten-wijkaanpak': {
    title: 'Wijkengids: "Wetten van de wijkenaanpak"',
    publisher: 'Platform31',
    url: 'https://www.platform31.nl/wijkengids/2-de-wijkaanpak-door-de-jaren-heen/2-4-5-wetten-van-de-wijkenaanpak',
  },
  'platform31-wijkaanpak': {
    title: 'Domeinen koppelen in de gebiedsgerichte aanpak van kwetsbare wijken',
    publisher: 'Platform31',
    url: 'https://platform31.nl/artikelen/domeinen-koppelen-in-de-gebiedsgerichte-aanpak-van-kwetsbare-wijken',
  },
  'rce-omgevingsplan': {
    title: 'Cultureel erfgoed in het omgevingsplan',
    publisher: 'Rijksdienst voor het Cultureel Erfgoed',
    url: 'https://www.cultureelerfgoed.nl/onderwerpen/omgevingswet/omgevingsplan',
  },
  'regioburgemeesters-handhaving': {
    title: 'Toezicht en handhaving openbare ruimte',
    publisher: 'Regioburgemeesters',
    url: 'https://regioburgemeesters.nl/thema/openbare-orde-maatschappelijke-onrust-en-zorg/openbare-orde/toezicht-en-handhaving-openbare-ruimte/',
  },
  'rheden-openbare-ruimte': {
    title: 'Openbare ruimte (begroting 2018)',
    publisher: 'Gemeente Rheden',
    url: 'https://rheden.begroting-2018.nl/p11118/openbare-ruimte',
  },
  'rijksoverheid-isolatie': {
    title: 'Subsidie voor isolatie 200.000 woningen in 337 gemeenten tegen energiearmoede',
    publisher: 'Rijksoverheid',
    url: 'https://www.rijksoverheid.nl/actueel/nieuws/2023/11/27/subsidie-voor-isolatie-200.000-woningen-in-337-gemeenten-tegen-energiearmoede',
  },
  'rijksoverheid-verward-gedrag': {
    title: 'Zorg en ondersteuning voor mensen met verward gedrag',
    publisher: 'Rijksoverheid',
    url: 'https://www.rijksoverheid.nl/onderwerpen/geestelijke-gezondheidszorg/zorg-en-ondersteuning-voor-mensen-met-verward-gedrag',
  },
  'rioned-dpra': {
    title: 'Deltaplan Ruimtelijke Adaptatie',
    publisher: 'Stichting RIONED (riool.net)',
    url: 'https://www.riool.net/deltaplan-ruimtelijke-adaptatie',
  },
  'rvo-openbare-ruimte': {
    title: 'Inrichting en groot onderhoud openbare ruimte (incl. riolering, groen, wegen)',
    publisher: 'Rijksdienst voor Ondernemend Nederland',
    url: 'https://www.rvo.nl/onderwerpen/klimaatadaptatie-dossier/financiering/slim-combineren/inrichtinggroot-onderhoud',
  },
  'stadszaken-bereikbaarheid': {
    title: 'Vraaggestuurd ov moet bereikbaarheid van bedrijventerrein verbeteren',
    publisher: 'Stadszaken.nl',
    url: 'https://stadszaken.nl/artikel/2569/vraaggestuurd-ov-moet-bereikbaarheid-van-bedrijventerrein-verbeteren',
  },
  'vijfheerenlanden-wwz': {
    title: 'Visie Wonen, Welzijn en Zorg Vijfheerenlanden 2025 (Gemeenteblad 2025, 240377)',
    publisher: 'Gemeente Vijfheerenlanden',
    url: 'https://zoek.officielebekendmakingen.nl/gmb-2025-240377.html',
  },
  'vng-digitale-overheid': {
    title: 'Digitale overheid: communiceren als Coolblue',
    publisher: 'VNG Magazine',
    url: 'https://vng.nl/artikelen/digitale-overheid-communiceren-als-coolblue',
  },
  'vng-maatschappelijk-vastgoed': {
    title: 'Maatschappelijk vastgoed en Green Deal Scholen',
    publisher: 'VNG',
    url: 'https://vng.nl/artikelen/maatschappelijk-vastgoed-en-green-deal-scholen',
  },
  'vng-participatie-ow': {
    title: 'Raadgever Participatie in de Omgevingswet',
    publisher: 'VNG',
    url: 'https://vng.nl/raadgevers/fysieke-leefomgeving/participatie-in-de-omgevingswet',
  },
  'vng-vn-verdrag': {
    title: 'Wat betekent het VN-verdrag handicap voor mijn gemeente?',
    publisher: 'VNG',
    url: 'https://vng.nl/wat-betekent-dit-voor-mijn-gemeente',
  },
  'vng-vth': {
    title: 'Wet Vergunningverlening, Toezicht en Handhaving (VTH)',
    publisher: 'VNG',
    url: 'https://vng.nl/artikelen/wetsvoorstel-vergunningverlening-toezicht-en-handhaving-vth',
  },
  'vng-wijkteams': {
    title: 'Sociale wijkteams in ontwikkeling: inrichting, aansturing en bekostiging',
    publisher: 'VNG, TransitieBureau Wmo en TransitieBureau Jeugd (kopie op docplayer.nl)',
    url: 'http://docplayer.nl/1594487-Sociale-wijkteams-in-ontwikkeling.html',
  },
  'vr-brabant-noord': {
    title: 'Gemeenschappelijke regeling Veiligheidsregio Brabant-Noord 2021',
    publisher: 'Gemeenten in de Veiligheidsregio Brabant-Noord',
    url: 'https://lokaleregelgeving.overheid.nl/CVDR651418/1',
  },
  wgs: {
    title: 'Wet gemeentelijke schuldhulpverlening (BWBR0031331), artikel 4',
    publisher: 'Rijksoverheid, wetten.overheid.nl',
    url: 'https://wetten.overheid.nl/BWBR0031331',
  },
  wmo2015: {
    title: 'Wet maatschappelijke ondersteuning 2015 (BWBR0035362), artikel 1.1.1',
    publisher: 'Rijksoverheid, wetten.overheid.nl',
    url: 'https://wetten.overheid.nl/BWBR0035362',
  },
  'wormerland-evenementen': {
    title: 'Evenementen: hoe wordt mijn aanvraag getoetst?',
    publisher: 'Gemeente Wormerland',
    url: 'https://wormerland.nl/evenementen-ondernemers/hoe-wordt-mijn-aanvraag-getoetst',
  },
  wpg: {
    title: 'Wet publieke gezondheid (BWBR0024705), artikel 5 (jeugdgezondheidszorg)',
    publisher: 'Rijksoverheid, wetten.overheid.nl',
    url: 'https://wetten.overheid.nl/BWBR0024705',
  },
} as const satisfies Record<string, LinkReference>;

export type LinkReferenceKey = keyof typeof TYPICAL_LINK_REFERENCES;

import { parseLinks } from './rows';

/** Links of openbare orde en veiligheid, handhaving, the wijkaanpak and the municipal finances. */
export const LINKS_VEILIGHEID_FINANCIEN = parseLinks(`
ondermijning -- vth_toezicht | reinforces | 2 | Integrale controles combineren bouw- en milieutoezicht met politie en Belastingdienst om ondermijning op bedrijventerreinen te vinden.
ondermijning -- jeugdcriminaliteit | reinforces | 2 | Criminele netwerken ronselen jongeren als koerier, zodat de ondermijningsaanpak en de jeugdpreventie dezelfde netwerken in beeld moeten hebben.
ondermijning -- centrum | reinforces | 2 | Een Bibob-toets bij horeca- en exploitatievergunningen helpt criminele geldstromen uit het centrum te weren.
jeugdcriminaliteit -- jeugdbescherming | sharedTargetGroup | 2 | Jongeren die met justitie in aanraking komen, krijgen vaak jeugdreclassering, zodat strafrechtketen en jeugdhulp samen moeten optrekken.
jeugdcriminaliteit -- schoolverlaten | sharedTargetGroup | 2 | Schooluitval is een bekende risicofactor voor jeugdcriminaliteit, dus leerplicht en jeugdpreventie zien vaak dezelfde jongeren.
veilige_wijken -- wijkaanpak | reinforces | 2 | Leefbaarheid en veiligheid zijn in de wijkaanpak twee kanten van dezelfde opgave.
veilige_wijken -- boa | reinforces | 2 | Boa's en wijkagenten zijn voor bewoners het aanspreekpunt bij overlast in de buurt.
boa -- centrum | reinforces | 2 | Zichtbare handhaving in het centrum maakt winkelen en uitgaan veiliger en aantrekkelijker.
veiligheidsregio -- sluitende_begroting | sharedBudget | 1 | De bijdrage aan de veiligheidsregio is een vaste last die de gemeente nauwelijks kan beïnvloeden.
vth_toezicht -- programma_gezond | omgevingswet | 1 | Toezicht op bedrijven houdt geluid en uitstoot binnen de normen die de gemeente voor een gezonde leefomgeving stelt.
bewonersinitiatieven -- wijkaanpak | reinforces | 2 | Wijkbudgetten geven bewoners in de wijkaanpak een eigen rol en eigen middelen.
grondexploitaties -- sluitende_begroting | sharedBudget | 3 | Tegenvallers in grondexploitaties moeten direct als verlies worden genomen en raken dan de begroting en de reserves.
grondexploitaties -- weerstandsvermogen | sharedBudget | 2 | Het weerstandsvermogen moet de risico's van de grondexploitaties kunnen opvangen.
strategische_aankopen -- investeringsagenda | sharedBudget | 2 | Grondaankopen vragen voorfinanciering die de rentelasten en de financieringsruimte van de gemeente raakt.
sluitende_begroting -- lokale_lasten | conflicts | 3 | Een sluitende begroting na het ravijnjaar vraagt bezuinigingen of hogere lasten, wat botst met de belofte de lasten te beperken.
sluitende_begroting -- weerstandsvermogen | reinforces | 2 | Structurele tekorten eten de reserves op en verlagen zo het weerstandsvermogen.
sluitende_begroting -- investeringsagenda | conflicts | 2 | Elke investering brengt jarenlange kapitaallasten mee die de ruimte in de meerjarenbegroting verkleinen.
sluitende_begroting -- wmo_grip | sharedBudget | 2 | De groei van de Wmo-kosten door vergrijzing en het abonnementstarief drukt structureel op de begroting.
schuldquote -- investeringsagenda | conflicts | 2 | Investeringen worden grotendeels met leningen betaald en laten de schuldquote oplopen.
schuldquote -- strategische_aankopen | conflicts | 1 | Grondaankopen worden met geleend geld gedaan en verhogen de schuld tot de grond weer is verkocht.
schuldquote -- weerstandsvermogen | reinforces | 1 | Een beperkte schuld en een stevig weerstandsvermogen bepalen samen hoeveel financiële tegenvallers de gemeente kan dragen.
verbonden_partijen -- ggd_taken | sharedBudget | 2 | De GGD is een gemeenschappelijke regeling, zodat de gemeente haar bijdrage en taken alleen samen met de andere gemeenten bijstuurt.
verbonden_partijen -- veiligheidsregio | sharedBudget | 2 | De bijdrage aan de veiligheidsregio wordt in de gemeenschappelijke regeling vastgesteld, waar de raad via zienswijzen op kan sturen.
verbonden_partijen -- beschut_werk | sharedBudget | 2 | Het sociaal werkbedrijf dat beschut werk en de Wsw uitvoert is een gemeenschappelijke regeling, waarvan de gemeenten het tekort samen dragen.
verbonden_partijen -- jeugd_grip | reinforces | 2 | Specialistische jeugdhulp wordt regionaal ingekocht, zodat de gemeente de kosten vooral via de afspraken in de jeugdregio beheerst.
verbonden_partijen -- sluitende_begroting | sharedBudget | 2 | Bijdragen aan verbonden partijen zijn een groot deel van de begroting dat de gemeente niet alleen kan bijsturen.
risicoreserve_sociaal -- jeugd_grip | sharedBudget | 2 | Tegenvallers in de jeugdhulp worden eerst opgevangen in de risicoreserve sociaal domein.
risicoreserve_sociaal -- wmo_grip | sharedBudget | 2 | Schommelingen in de Wmo-uitgaven worden uit dezelfde risicoreserve sociaal domein opgevangen.
risicoreserve_sociaal -- weerstandsvermogen | reinforces | 2 | De risicoreserve sociaal domein telt mee in de weerstandscapaciteit die de risico's van de gemeente moet dekken.
risicoreserve_sociaal -- bijstand_uitkering | sharedBudget | 1 | Het eigen risico op het bijstandsbudget, tot de drempel van de vangnetregeling, wordt uit dezelfde risicoreserve gedekt.
`);

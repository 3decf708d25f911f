import { parseGoals } from './rows';

/**
 * Goals of economy, safety, governance and finance, per subject. The burgemeester's openbare orde en veiligheid is
 * here; financial goals about control carry no budget of their own (`-`).
 */
export const GOALS_MIDDELEN = parseGoals(`
# economie | 7 Werk en economie
ondernemers | 3.3, 3.1 | - | 0.4 | economie | - | Eén bedrijvenloket en ruimte voor lokale ondernemers
centrum | 3.1 | - | 0.6 | economie | - | Een compact en levendig centrum met minder leegstand
circulair | 3.1, 7.3 | - | 0.2 | economie, energie | - | Circulaire economie en duurzame bedrijventerreinen

# arbeidsmarkt | 7 Werk en economie
werkgeversservicepunt | 6.5, 3.1 | participatiewet | 0.5 | werk | - | Werkgeversservicepunt koppelt vacatures aan werkzoekenden
leven_lang_ontwikkelen | 3.1, 6.5 | - | 0.3 | werk | - | Leven lang ontwikkelen: omscholing naar zorg, techniek en onderwijs

# openbare-orde-en-veiligheid | 1 Veilig en dichtbij
ondermijning | 1.2 | gemeentewet | 0.6 | veiligheid | - | Ondermijning aanpakken met Bibob en integrale controles
onbegrepen_gedrag | 1.2 | wmo2015, gemeentewet | 0.4 | veiligheid, kwetsbare groepen | - | Personen met onbegrepen gedrag: zorg en veiligheid samen, dag en nacht
jeugdcriminaliteit | 1.2 | - | 0.3 | veiligheid, jeugd | - | Jongeren weghouden uit de criminaliteit
veilige_wijken | 1.2 | gemeentewet | 0.3 | veiligheid, wijk | - | Minder woonoverlast: buurtbemiddeling en snelle aanpak van overlast
veiligheidsregio | 1.1 | - | 3.9 | veiligheid | - | Brandweerzorg en crisisbeheersing op orde via de veiligheidsregio

# handhaving | 1 Veilig en dichtbij
boa | 1.2 | - | 1.3 | veiligheid, wijk | - | Zichtbare handhaving door boa's in wijken en centrum
vth_toezicht | 8.3, 7.4 | omgevingswet | 1.7 | veiligheid | -: veiligheid, milieu | Toezicht op bouwen en milieu volgens het VTH-beleid, met de omgevingsdienst
goed_verhuurderschap | 8.3, 1.2 | - | 0.2 | wonen, veiligheid | - | Goed verhuurderschap handhaven tegen huisjesmelkers en overbewoning

# wijk-en-kerngericht-werken | 1 Veilig en dichtbij
wijkaanpak | 0.1, 6.1 | - | 0.8 | wijk | - | Wijkaanpak in De Ploeg en Oosterkwartier: bewoners, corporatie, zorg en politie aan één tafel
bewonersinitiatieven | 6.1 | - | 0.3 | wijk | - | Wijkbudgetten en ruimte voor bewonersinitiatieven

# financien | 8 Financieel gezond
sluitende_begroting | 0.7, 0.8 | gemeentewet | - | financiën | - | Structureel sluitende meerjarenbegroting, ook na het ravijnjaar 2026
lokale_lasten | 0.61, 0.64 | - | - | financiën | - | Lokale lasten stijgen niet harder dan de inflatie
kwijtschelding | 0.64 | - | 0.45 | financiën, armoede | - | Kwijtschelding van gemeentelijke belastingen voor minima
weerstandsvermogen | 0.10 | - | - | financiën | - | Weerstandsvermogen op peil: een ratio van minstens 1,4
investeringsagenda | 0.5 | - | - | financiën | - | Investeringsagenda voor scholen, sport en vastgoed betaalbaar houden
schuldquote | 0.5 | - | - | financiën | - | Netto schuldquote onder de 100 procent houden
verbonden_partijen | 0.1, 0.8 | gemeentewet | - | financiën | - | Grip op verbonden partijen: GGD, veiligheidsregio, sociaal werkbedrijf en jeugdregio
risicoreserve_sociaal | 0.10 | - | - | financiën | - | Risicoreserve sociaal domein om schommelingen in jeugd, Wmo en bijstand op te vangen
`);

// A large goals CSV as a municipality's Excel sheet would hold it, the same bytes on every run (seeded), for the
// import benchmarks. Rows carry realistic descriptions (about 450 characters) so that 10 MB stays well under
// LIMITS.goals rows, and Dutch accents and Windows-1252's 0x80–0x9F characters (€ ‘ ’ “ ” –) so that both
// encodings have real work to do.
import { encodeWindows1252 } from '../../shared/io/decodeText';

const SUBJECTS = [
  'Inwoners met schulden',
  'Jongeren zonder startkwalificatie',
  'Ouderen die alleen wonen',
  'Mantelzorgers',
  'Statushouders',
  'Gezinnen met een laag inkomen',
  'Mensen met een beperking',
  'Buurtbewoners in de oude wijken',
  'Ondernemers in het centrum',
  'Kinderen in de basisschoolleeftijd',
];
const AIMS = [
  'krijgen eerder hulp via één loket in de wijk',
  'vinden sneller werk of een passende dagbesteding',
  'wonen langer zelfstandig in een geschikte woning',
  'bewegen meer en leven gezonder',
  'doen mee aan activiteiten in het buurthuis',
  'hebben een veilige route naar school en werk',
  'ervaren minder geluidsoverlast en hittestress',
  'krijgen een betaalbare woning binnen de gemeente',
];
const MEANS = [
  'De gemeente werkt hiervoor samen met de GGD, het wijkteam en de woningcorporaties; zij delen signalen vroeg.',
  'Het budget dekt de inzet van consulenten, een “vliegende brigade” en de subsidie voor vrijwilligers.',
  'De aanpak sluit aan op het omgevingsplan (gezondheid, wonen) en op de afspraken in het coalitieakkoord.',
  'We meten elk jaar het aantal huishoudens met betalingsachterstanden en rapporteren aan de raad.',
  'Café-bijeenkomsten, een ‘open inloop’ en huisbezoeken maken de drempel laag – ook voor wie geen Nederlands spreekt.',
  'De uitvoering loopt via het sociaal domein; de ruimtelijke kant via het programma Gezonde Leefomgeving.',
  'Voor 2027 is € 250.000 extra gereserveerd; daarna beslist de raad op basis van de evaluatie.',
  'Scholen, sportverenigingen en de bibliotheek doen mee; de coördinatie ligt bij één regisseur per wijk.',
];
const THEMES = ['armoede', 'schulden', 'wonen', 'zorg', 'jeugd', 'gezondheid', 'werk', 'eenzaamheid', 'klimaat'];
const TAAKVELDEN = ['6.1', '6.3', '6.4', '7.1', '2.1', '8.3', '5.2', '0.1'];
const LAWS = ['Wmo 2015', 'Jeugdwet', 'Participatiewet', 'Wgs', 'Omgevingswet', 'Wpg', 'Woningwet'];
const DOMAINS = ['Sociaal', 'Fysiek', 'Financieel'];

/** mulberry32: small, fast and the same in every engine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** Goals CSV text of about `targetBytes` (as UTF-8), `;`-separated with CRLF as Dutch Excel writes it. */
export function goalsCsvText(targetBytes: number, seed = 1): { text: string; rows: number } {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const lines = ['titel;omschrijving;domein;themas;taakvelden;wetten;budget;bron'];
  let bytes = lines[0]!.length + 2;
  let rows = 0;
  while (bytes < targetBytes) {
    rows++;
    const subject = pick(SUBJECTS);
    const aim = pick(AIMS);
    const description = `${subject} ${aim}. ${pick(MEANS)} ${pick(MEANS)} ${pick(MEANS)}`;
    const budget = Math.floor(next() * 5_000) * 1_000;
    const cells = [
      `${subject} ${aim} (${rows})`,
      description,
      pick(DOMAINS),
      `${pick(THEMES)} | ${pick(THEMES)}`,
      `${pick(TAAKVELDEN)}|${pick(TAAKVELDEN)}`,
      `${pick(LAWS)} | ${pick(LAWS)}`,
      budget.toLocaleString('nl-NL'),
      `Coalitieakkoord §${1 + Math.floor(next() * 9)}.${1 + Math.floor(next() * 9)}`,
    ];
    const line = cells.map(quote).join(';');
    lines.push(line);
    bytes += new TextEncoder().encode(line).length + 2;
  }
  return { text: `${lines.join('\r\n')}\r\n`, rows };
}

/** The same sheet as UTF-8 (no BOM, as many tools write it) and as Windows-1252 (Dutch Excel's CSV). */
export function goalsCsvBytes(
  targetBytes: number,
  seed = 1,
): { utf8: Uint8Array; windows1252: Uint8Array; rows: number } {
  const { text, rows } = goalsCsvText(targetBytes, seed);
  return { utf8: new TextEncoder().encode(text), windows1252: encodeWindows1252(text), rows };
}

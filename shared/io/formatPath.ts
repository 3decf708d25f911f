export type IoLocale = 'nl' | 'en';

/** Collection and field names as the user knows them; anything not listed is shown as stored. */
const DUTCH: Readonly<Record<string, string>> = {
  project: 'project',
  goals: 'doelen',
  goal: 'doel',
  links: 'verbanden',
  link: 'verband',
  divisions: 'verdelingen',
  division: 'verdeling',
  portfolios: 'portefeuilles',
  portfolio: 'portefeuille',
  domains: 'domeinen',
  domain: 'domein',
  title: 'titel',
  description: 'omschrijving',
  domainId: 'domein',
  themes: 'themas',
  taakvelden: 'taakvelden',
  laws: 'wetten',
  omgevingswet: 'omgevingswet',
  instrument: 'instrument',
  aspects: 'aspecten',
  budget: 'budget',
  source: 'van',
  target: 'naar',
  kind: 'soort',
  strength: 'sterkte',
  rationale: 'toelichting',
  name: 'naam',
  municipality: 'gemeente',
  taakveldList: 'taakveldlijst',
  createdAt: 'aangemaakt',
  updatedAt: 'gewijzigd',
  colour: 'kleur',
  classic: 'klassieke indeling',
  holder: 'houder',
  role: 'rol',
  party: 'partij',
  fte: 'fte',
  portfolioIds: 'portefeuilles',
  assignments: 'toewijzingen',
  locked: 'vastgezet',
  notes: 'notities',
  mapPositions: 'kaartposities',
  format: 'formaat',
  version: 'versie',
};

const CSV_WORDS: Record<IoLocale, { row: string; column: string }> = {
  nl: { row: 'Rij', column: 'kolom' },
  en: { row: 'Row', column: 'column' },
};

/** Words of the exchange import's locations: a sheet's rows, a graph file's nodes, edges and their attributes. */
const EXCHANGE_WORDS: Record<IoLocale, Record<string, string>> = {
  nl: {
    row: 'rij',
    column: 'kolom',
    node: 'knoop',
    edge: 'lijn',
    element: 'element',
    connection: 'verbinding',
    attribute: 'attribuut',
    field: 'veld',
  },
  en: {
    row: 'row',
    column: 'column',
    node: 'node',
    edge: 'edge',
    element: 'element',
    connection: 'connection',
    attribute: 'attribute',
    field: 'field',
  },
};

/**
 * `['sheet', sheet, row, column?]` → "Doelen, rij 14, kolom ‘budget’"; `['graph', format, kind, id, attribute?]` →
 * "GraphML, knoop n14, attribuut ‘budget’" (Kumu's are fields: "Kumu, element x, veld ‘Label’").
 */
function exchangePath(path: readonly (string | number)[], locale: IoLocale): string {
  const w = EXCHANGE_WORDS[locale];
  const parts = [String(path[1] ?? '')];
  if (path[0] === 'sheet') {
    if (path[2] !== undefined) parts.push(`${w.row} ${path[2]}`);
    if (path[3] !== undefined) parts.push(`${w.column} ‘${path[3]}’`);
  } else {
    const kind = String(path[2] ?? '');
    if (path[3] !== undefined) parts.push(`${Object.hasOwn(w, kind) ? w[kind] : kind} ${path[3]}`);
    if (path[4] !== undefined) parts.push(`${path[1] === 'Kumu' ? w.field : w.attribute} ‘${path[4]}’`);
  }
  return parts.join(', ');
}

/**
 * A problem path as readable text: `['goals', 3, 'title']` → "doelen[3].titel" (nl) or "goals[3].title" (en).
 * Indexes stay 0-based like the JSON they point into. CSV paths (`['csv', row, column]`) read
 * "Rij 4, kolom ‘sterkte’", the row numbered as Excel shows it; the exchange import's sheet and graph paths read
 * "Doelen, rij 14, kolom ‘budget’" and "GraphML, knoop n14". The UI may pass ' → ' as separator.
 */
export function formatPath(path: readonly (string | number)[] | undefined, locale: IoLocale, separator = '.'): string {
  if (!path || path.length === 0) return '';
  if (path[0] === 'csv') {
    const w = CSV_WORDS[locale];
    const parts: string[] = [];
    if (path[1] !== undefined) parts.push(`${w.row} ${path[1]}`);
    if (path[2] !== undefined) parts.push(`${w.column} ‘${path[2]}’`);
    return parts.join(', ');
  }
  if (path[0] === 'sheet' || path[0] === 'graph') return exchangePath(path, locale);
  let out = '';
  path.forEach((seg, i) => {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      // Record keys (a goal id under `assignments`) are data, not field names.
      const isKey = path[i - 1] === 'assignments';
      const name = locale === 'nl' && !isKey && Object.hasOwn(DUTCH, seg) ? DUTCH[seg]! : seg;
      out += out ? `${separator}${name}` : name;
    }
  });
  return out;
}

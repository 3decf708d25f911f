import {
  LawSchema,
  LinkKindSchema,
  OwAspectSchema,
  OwInstrumentSchema,
  type GoalInput,
  type LinkInput,
  type LinkKind,
  type OwAspect,
  type OwInstrument,
} from '../../model';

/**
 * The example's goals and links are written as tables an advisor can review line by line (as the catalogue's typical
 * links are); these parsers turn them into model input. Ids stay readable (`goal_schuldhulp`, `subj_wonen`) so tests,
 * screenshots and the tour can name them. A malformed line is a bug in the table and throws at import.
 */

export const goalId = (id: string): string => `goal_${id}`;
export const subjectId = (catalogueId: string): string => `subj_${catalogueId}`;

export const AGREEMENT = 'Coalitieakkoord 2026–2030 “Samen verder”, hoofdstuk';

export interface GoalRow {
  id: string;
  subject: string;
  chapter: string;
  title: string;
  taakvelden: string[];
  laws: GoalInput['laws'];
  /** Yearly lasten in euros; absent when the goal is about control rather than spending (unknown, not zero). */
  budget?: number;
  themes: string[];
  omgevingswet?: { instrument?: OwInstrument; aspects: OwAspect[] };
}

const list = (cell: string): string[] =>
  cell === '-'
    ? []
    : cell
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');

function fail(what: string, line: string): never {
  throw new Error(`voorbeeld: malformed ${what}: "${line}"`);
}

/**
 * Goal tables: a block per subject opens with `# <catalogue id> | <chapter of the coalition agreement>`, then one
 * goal a line: `id | taakvelden | laws | budget in mln | themes | omgevingswet | title`. Lists are comma-separated,
 * `-` is empty; budget `-` is unknown; omgevingswet is `-`, or `<instrument or ->: <aspects>`.
 */
export function parseGoals(table: string): GoalRow[] {
  const rows: GoalRow[] = [];
  let subject = '';
  let chapter = '';
  for (const raw of table.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('#')) {
      const head = /^# (\S+) \| (.+)$/.exec(line) ?? fail('subject head', line);
      [, subject, chapter] = head as unknown as [string, string, string];
      continue;
    }
    const cells = line.split(' | ');
    if (cells.length !== 7 || subject === '') fail('goal', line);
    const [id, tv, laws, budget, themes, ow, title] = cells as [string, string, string, string, string, string, string];
    const mln = budget === '-' ? undefined : Number(budget);
    if (mln !== undefined && !Number.isFinite(mln)) fail('budget', line);
    const row: GoalRow = {
      id,
      subject,
      chapter,
      title,
      taakvelden: list(tv),
      laws: list(laws).map((l) => LawSchema.parse(l)),
      themes: list(themes),
      ...(mln === undefined ? {} : { budget: Math.round(mln * 1e6) }),
    };
    if (ow !== '-') {
      const [instrument, aspects] = ow.split(':').map((s) => s.trim()) as [string, string | undefined];
      if (aspects === undefined) fail('omgevingswet cell', line);
      row.omgevingswet = {
        ...(instrument === '-' ? {} : { instrument: OwInstrumentSchema.parse(instrument) }),
        aspects: list(aspects).map((a) => OwAspectSchema.parse(a)),
      };
    }
    rows.push(row);
  }
  return rows;
}

export function goalInputs(rows: readonly GoalRow[], domainOf: (subject: string) => string): GoalInput[] {
  return rows.map((r) => ({
    id: goalId(r.id),
    title: r.title,
    domainId: domainOf(r.subject),
    themes: r.themes,
    taakvelden: r.taakvelden,
    laws: r.laws,
    ...(r.omgevingswet ? { omgevingswet: r.omgevingswet } : {}),
    ...(r.budget === undefined ? {} : { budget: r.budget }),
    source: `${AGREEMENT} ${r.chapter}`,
    subjectId: subjectId(r.subject),
  }));
}

export interface LinkRow {
  source: string;
  target: string;
  kind: LinkKind;
  strength: number;
  rationale: string;
}

/**
 * Link tables: one link a line, `source -- target | kind | strength | rationale` between goal ids; `->` only for a
 * prerequisite, whose source is what the target needs.
 */
export function parseLinks(table: string): LinkRow[] {
  const rows: LinkRow[] = [];
  for (const raw of table.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const m = /^(\S+) (--|->) (\S+) \| (\w+) \| ([123]) \| (.+)$/.exec(line) ?? fail('link', line);
    const [, source, arrow, target, kind, strength, rationale] = m as unknown as string[];
    const k = LinkKindSchema.parse(kind);
    if ((arrow === '->') !== (k === 'prerequisite')) fail('link arrow', line);
    rows.push({ source: source!, target: target!, kind: k, strength: Number(strength), rationale: rationale! });
  }
  return rows;
}

export function linkInputs(prefix: string, rows: readonly LinkRow[]): LinkInput[] {
  return rows.map((r, i) => ({
    id: `link_${prefix}_${String(i + 1).padStart(3, '0')}`,
    source: goalId(r.source),
    target: goalId(r.target),
    kind: r.kind,
    strength: r.strength,
    rationale: r.rationale,
  }));
}

import type { ColumnDef } from '../io/csvColumns';
import { KIND_VOCABULARY, LAW_VOCABULARY, OW_ASPECT_VOCABULARY, OW_INSTRUMENT_VOCABULARY } from '../io/csvVocabulary';
import { domainCell, joinThemes } from '../io/exportGoalsCsv';
import type { IoLocale } from '../io/formatPath';
import { GOAL_COLUMNS, type GoalColumn } from '../io/goalColumns';
import { LINK_COLUMNS, type LinkColumn } from '../io/linkColumns';
import type { Project } from '../model';
import type { Cell } from './cells';
import { column, layOut, type ExchangeTable } from './table';

const LIST = ' | ';

/** The goals sheet's one column beyond the goals CSV: the subject a goal hangs under, by name. */
export const GOAL_SUBJECT_COLUMN = column('subject', 'onderwerp', 'subject');

export interface GoalsTableOptions {
  locale: IoLocale;
  /**
   * Add the subject column (the workbook does, when the project has subjects). The goals CSV keeps exactly the
   * columns `importGoalsCsv` reads, so that it imports as it always did.
   */
  withSubject?: boolean;
}

/** A domain's cell as the goals CSV writes it (its name where that finds it back, else its id). */
function domainCellOf(project: Project): (domainId: string) => string {
  const byId = new Map(project.domains.map((d) => [d.id, d]));
  return (id) => {
    const d = byId.get(id);
    return d ? domainCell(project.domains, d) : id;
  };
}

/** The goals with the documented goal columns (shared/io/README.md); the budget as a number. */
export function goalsTable(project: Project, options: GoalsTableOptions): ExchangeTable {
  const { locale } = options;
  const domain = domainCellOf(project);
  const subjectName = new Map(project.subjects.map((s) => [s.id, s.name]));
  const columns: ColumnDef<GoalColumn | 'subject'>[] = [...GOAL_COLUMNS];
  if (options.withSubject) columns.push(GOAL_SUBJECT_COLUMN);
  const records = project.goals.map((g): Record<GoalColumn | 'subject', Cell> => ({
    id: g.id,
    title: g.title,
    description: g.description,
    domain: domain(g.domainId),
    themes: joinThemes(g.themes),
    taakvelden: g.taakvelden.join(LIST),
    // Law names are proper names; Dutch in every export, as in the goals CSV.
    laws: g.laws.map((l) => LAW_VOCABULARY.nameOf(l, 'nl')).join(LIST),
    owInstrument: g.omgevingswet?.instrument ? OW_INSTRUMENT_VOCABULARY.nameOf(g.omgevingswet.instrument, locale) : '',
    owAspects: (g.omgevingswet?.aspects ?? []).map((a) => OW_ASPECT_VOCABULARY.nameOf(a, locale)).join(LIST),
    budget: g.budget ?? null,
    source: g.source,
    subject: g.subjectId === undefined ? '' : (subjectName.get(g.subjectId) ?? g.subjectId),
  }));
  return layOut('goals', columns, records, locale);
}

type SubjectColumn = 'id' | 'name' | 'domain' | 'taakvelden' | 'description' | 'goals';

export const SUBJECT_COLUMNS: readonly ColumnDef<SubjectColumn>[] = [
  column('id', 'id', 'id'),
  column('name', 'naam', 'name'),
  column('domain', 'domein', 'domain'),
  column('taakvelden', 'taakvelden', 'taakvelden'),
  column('description', 'omschrijving', 'description'),
  // Informative: how many goals hang under the subject (the goals sheet says which).
  { ...column('goals', 'doelen', 'goals'), informative: true },
];

export function subjectsTable(project: Project, locale: IoLocale): ExchangeTable {
  const domain = domainCellOf(project);
  const goalCount = new Map<string, number>();
  for (const g of project.goals)
    if (g.subjectId !== undefined) goalCount.set(g.subjectId, (goalCount.get(g.subjectId) ?? 0) + 1);
  const records = project.subjects.map((s): Record<SubjectColumn, Cell> => ({
    id: s.id,
    name: s.name,
    domain: domain(s.domainId),
    taakvelden: s.taakvelden.join(LIST),
    description: s.description,
    goals: goalCount.get(s.id) ?? 0,
  }));
  return layOut('subjects', SUBJECT_COLUMNS, records, locale);
}

/**
 * Every link with the documented link columns: ends as ids, then both ends' titles for people reading the file (a
 * subject end by its name); the strength as a number.
 */
export function linksTable(project: Project, locale: IoLocale): ExchangeTable {
  const title = new Map<string, string>();
  for (const s of project.subjects) title.set(s.id, s.name);
  for (const g of project.goals) title.set(g.id, g.title);
  const records = project.links.map((l): Record<LinkColumn, Cell> => ({
    id: l.id,
    source: l.source,
    target: l.target,
    kind: KIND_VOCABULARY.nameOf(l.kind, locale),
    strength: l.strength,
    rationale: l.rationale,
    sourceTitle: title.get(l.source) ?? '',
    targetTitle: title.get(l.target) ?? '',
  }));
  return layOut('links', LINK_COLUMNS, records, locale);
}

import { IdSchema, newId, problem, type Domain, type Problem, type Project, type z } from '../../model';
import { csvZodProblems } from '../../io/csvZodProblems';
import { resolveDomain } from '../../io/resolveGoalCells';
import { warning } from '../../io/capProblems';
import type { ImportRecord, ImportTable } from './records';
import { shortText, textOf } from './values';
import { locate, relocate, type Where } from './where';

/** The column or attribute of a field as the file spells it (the field's key when the file has none). */
export function columnOf<K extends string>(table: ImportTable<K>, key: K): string {
  return table.name[key] ?? key;
}

/** Where a record's problems go: located at the record and the field's column. */
export function recordProblems<K extends string>(table: ImportTable<K>, rec: ImportRecord<K>) {
  const problems: Problem[] = [];
  return {
    problems,
    add(p: Problem, key?: K) {
      problems.push(locate(p, rec.where, key === undefined ? undefined : columnOf(table, key)));
    },
    /** Problems shared/io's cell helpers made at ['csv', row, column]. */
    addCsv(more: readonly Problem[]) {
      for (const p of relocate(more, rec.where)) problems.push(p);
    },
  };
}

/**
 * The id of a record: the file's (checked: letters, digits and `_ . : -`, as every id in a project), or a new one
 * when the file gives none.
 */
export function readId<K extends string>(
  table: ImportTable<K>,
  rec: ImportRecord<K>,
  idKey: K,
  prefix: string,
  out: ReturnType<typeof recordProblems<K>>,
): { id: string; given: boolean } {
  const text = textOf(rec.values[idKey]);
  if (text === '') return { id: newId(prefix), given: false };
  if (!IdSchema.safeParse(text).success) out.add(problem('exchangeBadId', { value: shortText(text) }), idKey);
  return { id: text, given: true };
}

/** Rows (or graph items) that name the same id: the second one is a problem, naming the first where it can. */
export function duplicateIdChecker<K extends string>() {
  const first = new Map<string, Where>();
  return (id: string, where: Where, out: ReturnType<typeof recordProblems<K>>, idKey: K) => {
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, where);
      return false;
    }
    out.add(
      'sheet' in earlier && 'sheet' in where && earlier.sheet === where.sheet
        ? problem('csvDuplicateId', { id, otherRow: earlier.row })
        : problem('exchangeDuplicateId', { id }),
      idKey,
    );
    return true;
  };
}

/**
 * A goal's or subject's domain: by id or name as the goals CSV reads it; empty or absent on a new entity, the first
 * domain, counted for the summary (`defaulted`).
 */
export function readDomain<K extends string>(
  project: Project,
  table: ImportTable<K>,
  rec: ImportRecord<K>,
  key: K,
  out: ReturnType<typeof recordProblems<K>>,
): { id?: string; defaulted: boolean } {
  const text = textOf(rec.values[key]);
  const fallback: Domain = project.domains[0]!;
  if (text === '') return { id: fallback.id, defaulted: true };
  const row = 'sheet' in rec.where ? rec.where.row : 0;
  const d = resolveDomain(project.domains, text, row, columnOf(table, key));
  out.addCsv(d.problems);
  return { id: d.id ?? fallback.id, defaulted: false };
}

/** zod's issues on a record's entity, pointed at the fields they came from (shared/io's csvZodProblems). */
export function zodAt<K extends string>(
  error: z.ZodError,
  table: ImportTable<K>,
  rec: ImportRecord<K>,
  fieldKey: Readonly<Record<string, K>>,
  fallback: K,
  out: ReturnType<typeof recordProblems<K>>,
): void {
  const keyOf = (field: string) => (Object.hasOwn(fieldKey, field) ? fieldKey[field]! : fallback);
  out.addCsv(
    csvZodProblems(
      error,
      0,
      (field) => columnOf(table, keyOf(field)),
      (field) => shortText(rec.values[keyOf(field)]),
    ),
  );
}

/** A default the file left to the import, said once for the file with how often and for which records. */
export class Defaults {
  private readonly counts = new Map<string, { params: Problem['params']; wheres: Where[] }>();

  note(code: string, where: Where, params: Problem['params'] = {}): void {
    const entry = this.counts.get(code) ?? { params, wheres: [] };
    entry.wheres.push(where);
    this.counts.set(code, entry);
  }

  problems(): Problem[] {
    return [...this.counts].map(([code, { params, wheres }]) =>
      warning(code, { ...params, count: wheres.length, examples: examplesOf(wheres) }),
    );
  }
}

/** The first few records a notice concerns, as their ids or row numbers: "n3, n7, n12" or "rij 4, 9". */
function examplesOf(wheres: readonly Where[]): string {
  const shown = wheres.slice(0, 3).map((w) => ('sheet' in w ? String(w.row) : w.id));
  return wheres.length > 3 ? `${shown.join(', ')}, …` : shown.join(', ');
}

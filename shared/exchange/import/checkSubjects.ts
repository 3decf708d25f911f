import { problem, SubjectSchema, type Problem, type Project, type Subject } from '../../model';
import { resolveTaakvelden } from '../../io/resolveGoalCells';
import { appendProblems, hasErrors } from '../../io/capProblems';
import { columnOf, Defaults, duplicateIdChecker, readDomain, readId, recordProblems, zodAt } from './checkCommon';
import type { ImportTable, Incoming, SubjectField } from './records';
import { textOf } from './values';

const SUBJECT_FIELD: Readonly<Record<string, SubjectField>> = {
  id: 'id',
  name: 'name',
  domainId: 'domain',
  taakvelden: 'taakvelden',
  description: 'description',
};

/**
 * Subjects from a file: a new one for an id the project does not have (or none), an update of the project's subject
 * with that id otherwise, changing only the fields the file carries. Every problem at its record and field.
 */
export function checkSubjects(
  project: Project,
  table: ImportTable<SubjectField>,
  defaults: Defaults,
): { subjects: Incoming<Subject>[]; problems: Problem[] } {
  const byId = new Map(project.subjects.map((s) => [s.id, s]));
  const goalIds = new Set(project.goals.map((g) => g.id));
  const duplicate = duplicateIdChecker<SubjectField>();
  const subjects: Incoming<Subject>[] = [];
  const problems: Problem[] = [];
  for (const rec of table.records) {
    const out = recordProblems(table, rec);
    const { id } = readId(table, rec, 'id', 'subject', out);
    duplicate(id, rec.where, out, 'id');
    if (goalIds.has(id)) out.add(problem('exchangeIdIsGoal', { id }), 'id');
    const before = byId.get(id);
    const has = (k: SubjectField) => table.present.has(k);
    const input: Record<string, unknown> = before ? { ...before } : { id };
    const name = textOf(rec.values.name);
    if (has('name') || !before) {
      if (!name) out.add(problem('csvRequiredValue'), 'name');
      input.name = name;
    }
    if (has('domain') || !before) {
      const domain = readDomain(project, table, rec, 'domain', out);
      // An update keeps its domain when the cell is empty; a new subject takes the first domain.
      if (!(domain.defaulted && before)) input.domainId = domain.id;
      if (domain.defaulted && !before)
        defaults.note('exchangeDefaultDomain', rec.where, { domain: project.domains[0]!.name });
    }
    if (has('taakvelden')) {
      const row = 'sheet' in rec.where ? rec.where.row : 0;
      const tv = resolveTaakvelden(
        project.taakveldList,
        textOf(rec.values.taakvelden),
        row,
        columnOf(table, 'taakvelden'),
      );
      out.addCsv(tv.problems);
      input.taakvelden = tv.codes;
    }
    if (has('description')) input.description = textOf(rec.values.description);
    if (!hasErrors(out.problems)) {
      const parsed = SubjectSchema.safeParse(input);
      if (parsed.success) subjects.push({ where: rec.where, entity: parsed.data, before });
      else zodAt(parsed.error, table, rec, SUBJECT_FIELD, 'name', out);
    }
    appendProblems(problems, out.problems);
  }
  return { subjects, problems };
}

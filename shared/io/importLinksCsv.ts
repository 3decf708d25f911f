import {
  LinkSchema,
  MAX_STRENGTH,
  MIN_STRENGTH,
  linkKey,
  newId,
  problem,
  type Goal,
  type Link,
  type LinkInput,
  type Problem,
  type Project,
} from '../model';
import { appendProblems, capProblems, hasErrors } from './capProblems';
import { matchColumns } from './csvColumns';
import { KIND_VOCABULARY } from './csvVocabulary';
import { csvZodProblems } from './csvZodProblems';
import { rowProgress, type CsvImportOptions, type CsvImportResult } from './importGoalsCsv';
import { checkProjectSize } from './checkLimits';
import { LINK_COLUMNS, LINK_FIELD_COLUMN, type LinkColumn } from './linkColumns';
import { parseNumber } from './parseNumber';
import { cellProblem, readCsvTable } from './readCsvTable';

const titleKey = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** Finds a goal by exact id, else by title ignoring case and extra spaces. */
function goalFinder(goals: readonly Goal[]) {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const byTitle = new Map<string, Goal[]>();
  for (const g of goals) {
    const k = titleKey(g.title);
    const same = byTitle.get(k);
    if (same) same.push(g);
    else byTitle.set(k, [g]);
  }
  return (cell: string): { goal?: Goal; candidates?: Goal[] } => {
    const hit = byId.get(cell);
    if (hit) return { goal: hit };
    const titled = byTitle.get(titleKey(cell)) ?? [];
    if (titled.length === 1) return { goal: titled[0]! };
    return titled.length ? { candidates: titled } : {};
  };
}

/**
 * Links from a CSV file whose ends name goals of the project (or of `extraGoals`, goals being imported in the
 * same step) by id or by title. Self-links, repeats within the file and links the project already has are
 * problems; the links come back only when there is no error.
 */
export function importLinksCsv(
  project: Project,
  bytes: Uint8Array,
  extraGoals: readonly Goal[] = [],
  options: CsvImportOptions = {},
): CsvImportResult<Link[]> {
  const read = readCsvTable(bytes);
  if (!read.value) return { problems: read.problems };
  const table = read.value;
  // Each row adds one link: an import that would overflow the project is refused before its rows are checked.
  const tooMany = checkProjectSize({ links: project.links.length + table.rows.length });
  if (tooMany.length) return { problems: tooMany };
  const cols = matchColumns(table.header, LINK_COLUMNS, table.headerRow);
  const problems: Problem[] = [...read.problems, ...cols.problems];
  if (hasErrors(cols.problems)) return { problems: capProblems(problems) };
  const { index, name } = cols.value;
  const findGoal = goalFinder([...project.goals, ...extraGoals]);
  const existingKeys = new Set(project.links.map(linkKey));
  const existingIds = new Set(project.links.map((l) => l.id));
  const rowOfKey = new Map<string, number>();
  const rowOfId = new Map<string, number>();
  const links: Link[] = [];
  const progress = rowProgress(options, table.rows.length);
  let checked = 0;

  for (const r of table.rows) {
    progress(checked++);
    const rowProblems: Problem[] = [];
    const cell = (k: LinkColumn) => {
      const i = index[k];
      return i === undefined ? '' : (r.cells[i] ?? '');
    };
    const at = (code: string, k: LinkColumn, params?: Problem['params']) =>
      rowProblems.push(cellProblem(code, r.row, name[k], params));
    const input: Partial<LinkInput> = { id: cell('id') || newId('link'), rationale: cell('rationale') };
    const ends: Partial<Record<'source' | 'target', Goal>> = {};
    for (const end of ['source', 'target'] as const) {
      const value = cell(end);
      if (!value) {
        at('csvRequiredValue', end);
        continue;
      }
      const { goal, candidates } = findGoal(value);
      if (goal) {
        ends[end] = goal;
        input[end] = goal.id;
      } else if (candidates) at('csvAmbiguousGoal', end, { value, ids: candidates.map((g) => g.id).join(', ') });
      else at('csvUnknownGoal', end, { value });
    }
    const kindCell = cell('kind');
    const kind = kindCell ? KIND_VOCABULARY.lookup(kindCell) : undefined;
    if (!kindCell) at('csvRequiredValue', 'kind');
    else if (!kind)
      at('csvUnknownKind', 'kind', {
        value: kindCell,
        known: KIND_VOCABULARY.known('nl'),
        knownEn: KIND_VOCABULARY.known('en'),
      });
    else input.kind = kind;
    const strengthCell = cell('strength');
    if (strengthCell) {
      const n = parseNumber(strengthCell, table.decimal);
      if (n === undefined || n < MIN_STRENGTH || n > MAX_STRENGTH)
        at('csvBadStrength', 'strength', { value: strengthCell, min: MIN_STRENGTH, max: MAX_STRENGTH });
      else input.strength = n;
    }

    const id = input.id!;
    if (existingIds.has(id)) at('csvLinkIdExists', 'id', { id });
    const idRow = rowOfId.get(id);
    if (idRow !== undefined) at('csvDuplicateId', 'id', { id, otherRow: idRow });
    else rowOfId.set(id, r.row);

    const { source, target } = ends;
    if (source && target && kind) {
      if (source.id === target.id) at('csvSelfLink', 'target', { title: source.title });
      else {
        const key = linkKey({ source: source.id, target: target.id, kind });
        const params = { from: source.title, to: target.title, kind: kindCell };
        const earlier = rowOfKey.get(key);
        if (existingKeys.has(key)) at('csvLinkExists', 'kind', params);
        else if (earlier !== undefined) at('csvDuplicateLink', 'kind', { ...params, otherRow: earlier });
        else rowOfKey.set(key, r.row);
      }
    }
    appendProblems(problems, rowProblems);
    if (hasErrors(rowProblems)) continue;
    const parsed = LinkSchema.safeParse(input);
    if (parsed.success) links.push(parsed.data);
    else
      appendProblems(
        problems,
        csvZodProblems(
          parsed.error,
          r.row,
          (field) => name[LINK_FIELD_COLUMN[field] ?? 'kind'],
          (field) => cell(LINK_FIELD_COLUMN[field] ?? 'kind'),
        ),
      );
  }
  progress(checked);
  if (!table.rows.length) problems.push(problem('csvNoRows'));
  const capped = capProblems(problems);
  const { encoding } = table;
  return hasErrors(problems) ? { problems: capped, encoding } : { value: links, problems: capped, encoding };
}

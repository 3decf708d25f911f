import { problem, type Goal, type Problem, type Project, type Subject } from '../../model';
import { appendProblems, capProblems, hasErrors, warning } from '../../io/capProblems';
import { checkProjectSize } from '../../io/checkLimits';
import { LIMITS } from '../../io/limits';
import { applyExchangeImport, sameHoldings, type ExchangeImport } from './apply';
import { Defaults } from './checkCommon';
import { checkDivision, type DivisionField } from './checkDivision';
import { checkGoals } from './checkGoals';
import { checkLinks } from './checkLinks';
import { checkSubjects } from './checkSubjects';
import { nodeFinder, subjectFinder } from './finders';
import type { GraphData } from './graphData';
import { graphTables } from './graphTables';
import { readKumuJson, readKumuSheets } from './kumu';
import { readWorkbook } from './readWorkbook';
import {
  emptyTable,
  type GoalField,
  type ImportTable,
  type Incoming,
  type LinkField,
  type SubjectField,
} from './records';
import { workbookTables } from './workbookTables';
import { checkExchangeSize, exchangeFormatOf } from './formats';
import { textOf } from './values';
import type { ExchangeFormat } from './where';

export interface ExchangeResult {
  /** Present only when no problem is an error: the whole file is right. */
  value?: ExchangeImport;
  problems: Problem[];
}

export interface ExchangeImportOptions {
  /** The name of the draft a division sheet becomes (the caller's words: "Verdeling uit <file>"). */
  divisionName: string;
}

export interface ImportTables {
  goals?: ImportTable<GoalField>;
  subjects?: ImportTable<SubjectField>;
  links?: ImportTable<LinkField>;
  division?: ImportTable<DivisionField>;
}

function withUpdates<T extends { id: string }>(list: readonly T[], incoming: readonly Incoming<T>[]): T[] {
  const byId = new Map(incoming.map((i) => [i.entity.id, i.entity]));
  const out = list.map((e) => byId.get(e.id) ?? e);
  const had = new Set(list.map((e) => e.id));
  for (const i of incoming) if (!had.has(i.entity.id)) out.push(i.entity);
  return out;
}

/** Ids of the file's goal and subject records that were refused (a link naming one is not reported as unknown). */
function refusedIds(
  tables: readonly (ImportTable<GoalField> | ImportTable<SubjectField> | undefined)[],
  accepted: readonly Incoming<{ id: string }>[],
): Set<string> {
  const ok = new Set(accepted.map((i) => i.entity.id));
  const out = new Set<string>();
  for (const t of tables)
    for (const r of t?.records ?? []) {
      const id = textOf(r.values.id);
      if (id && !ok.has(id)) out.add(id);
    }
  return out;
}

/**
 * Checks the file's tables against the project, all of them before anything is returned: subjects first (goals name
 * them), then goals, links (whose ends may be goals or subjects of the file) and the division. The import comes back
 * only when no problem is an error; warnings say what was assumed or left out.
 */
export function importTables(
  project: Project,
  tables: ImportTables,
  format: ExchangeFormat,
  options: ExchangeImportOptions,
  readProblems: readonly Problem[] = [],
): ExchangeResult {
  const problems: Problem[] = [...readProblems];
  const incomingRows =
    (tables.goals?.records.length ?? 0) + (tables.subjects?.records.length ?? 0) + (tables.links?.records.length ?? 0);
  if (incomingRows === 0 && !tables.division?.records.length) {
    problems.push(problem('exchangeNothing'));
    return { problems: capProblems(problems) };
  }
  // Every record could add one entity: a file that would take the project over its limits is refused at once.
  const tooMany = checkProjectSize({
    goals: project.goals.length + (tables.goals?.records.length ?? 0),
    links: project.links.length + (tables.links?.records.length ?? 0),
  });
  if (tooMany.length) return { problems: tooMany };
  const defaults = new Defaults();
  const subjects = checkSubjects(project, tables.subjects ?? emptyTable(false), defaults);
  const findSubject = subjectFinder(
    project.subjects,
    subjects.subjects.map((s) => s.entity),
  );
  const goals = checkGoals(project, tables.goals ?? emptyTable(false), findSubject, defaults);
  const allGoals: Goal[] = withUpdates(project.goals, goals.goals);
  const allSubjects: Subject[] = withUpdates(project.subjects, subjects.subjects);
  const links = checkLinks(
    project,
    tables.links ?? emptyTable(false),
    nodeFinder(
      allGoals,
      allSubjects,
      refusedIds([tables.goals, tables.subjects], [...goals.goals, ...subjects.subjects]),
    ),
    defaults,
  );
  for (const part of [subjects.problems, goals.problems, links.problems]) appendProblems(problems, part);
  const value: ExchangeImport = {
    format,
    subjects: subjects.subjects,
    goals: goals.goals,
    links: links.links,
    portfolios: [],
  };
  if (tables.division?.records.length) {
    const d = checkDivision(tables.division, {
      goals: allGoals,
      subjects: allSubjects,
      portfolios: project.portfolios,
      findSubject,
      name: options.divisionName,
    });
    appendProblems(problems, d.problems);
    value.portfolios = d.portfolios;
    const same = d.division && project.divisions.find((x) => sameHoldings(d.division!, x, allGoals, allSubjects));
    if (same) value.sameAsDraft = same.name;
    else if (d.division) value.division = d.division;
  }
  appendProblems(problems, defaults.problems());
  if (hasErrors(problems)) return { problems: capProblems(problems) };
  // The model's own rules over the result, as a last check (a rule the checks above did not foresee).
  const applied = applyExchangeImport(project, value);
  if (!applied.ok) return { problems: capProblems([...problems, ...applied.problems]) };
  return { value, problems: capProblems(problems) };
}

/** A graph (GEXF, GraphML, Kumu) checked against the project: nodes as goals (and Samenhang's subjects), edges as links. */
export function importGraph(project: Project, graph: GraphData, options: ExchangeImportOptions): ExchangeResult {
  if (hasErrors(graph.problems)) return { problems: capProblems(graph.problems) };
  if (graph.nodes.length > LIMITS.csvRows || graph.edges.length > LIMITS.csvRows)
    return { problems: [problem('csvTooManyRows', { limit: LIMITS.csvRows })] };
  const t = graphTables(graph);
  const format: ExchangeFormat = graph.format === 'GEXF' ? 'gexf' : graph.format === 'GraphML' ? 'graphml' : 'kumu';
  return importTables(project, t, format, options, [...graph.problems, ...t.problems]);
}

/**
 * A workbook or Kumu blueprint checked against the project (the worker's half; GEXF and GraphML are parsed on the page
 * and come as graph data to `importGraph`). Nothing is stored: the caller applies the result as one step.
 */
export async function importExchangeBytes(
  project: Project,
  fileName: string,
  bytes: Uint8Array,
  options: ExchangeImportOptions,
): Promise<ExchangeResult> {
  const tooLarge = checkExchangeSize(bytes.length);
  if (tooLarge.length) return { problems: tooLarge };
  const format = exchangeFormatOf(fileName);
  if (format === 'kumu') return importGraph(project, readKumuJson(bytes), options);
  if (format !== 'xlsx') return { problems: [problem('exchangeUnknownFormat', { name: fileName })] };
  const read = await readWorkbook(bytes);
  if (!read.sheets) return { problems: read.problems };
  const tables = workbookTables(read.sheets);
  if (tables.kumu && !tables.goals && !tables.links && !tables.subjects)
    return importGraph(project, { ...readKumuSheets(tables.kumu), problems: tables.problems }, options);
  if (tables.kumu) tables.problems.push(warning('exchangeSheetsIgnored', { sheets: 'Elements, Connections' }));
  if (hasErrors(tables.problems)) return { problems: capProblems(tables.problems) };
  return importTables(project, tables, 'xlsx', options, tables.problems);
}

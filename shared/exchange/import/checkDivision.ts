import {
  DivisionSchema,
  PORTFOLIO_PALETTE,
  PortfolioSchema,
  newId,
  problem,
  type Division,
  type Goal,
  type Portfolio,
  type Problem,
  type Subject,
} from '../../model';
import { appendProblems, hasErrors } from '../../io/capProblems';
import { roleOnly } from '../../division/holderHead';
import { DIVISION_LIMITS } from '../../division/publishedDivision';
import { recordProblems } from './checkCommon';
import { nameKey, type SubjectFinder } from './finders';
import type { ImportRecord, ImportTable, Incoming } from './records';
import { numberOf, shortText, textOf, yesNoOf } from './values';
import { holdingsOf, type HolderRows } from './divisionLead';
import type { Where } from './where';

export type DivisionField =
  'holder' | 'role' | 'party' | 'fte' | 'subject' | 'goal' | 'exception' | 'subjectId' | 'goalId';

type Out = ReturnType<typeof recordProblems<DivisionField>>;
type Role = Portfolio['role'];

/** A role in either language, as the division sheet writes it (wethouder/burgemeester, alderman/mayor). */
function readRole(text: string): Role | undefined {
  const dutch = roleOnly(text);
  if (dutch) return dutch.role;
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === 'alderman' || t === 'deputy mayor') return 'wethouder';
  return t === 'mayor' ? 'burgemeester' : undefined;
}

interface Holder {
  name: string;
  role?: Role;
  party?: string;
  fte?: number;
  /** The row that first gave each detail, so a contradiction can name it. */
  given: Partial<Record<'role' | 'party' | 'fte', number>>;
  where: Where;
}

/** A holder's details on one row, checked against what earlier rows said of the same holder. */
function readHolder(
  table: ImportTable<DivisionField>,
  rec: ImportRecord<DivisionField>,
  holders: Map<string, Holder>,
  previous: Holder | undefined,
  out: Out,
): Holder | undefined {
  const name = textOf(rec.values.holder).replace(/\s+/g, ' ');
  const role = textOf(rec.values.role);
  const party = textOf(rec.values.party);
  const fteText = textOf(rec.values.fte);
  if (!name) {
    // A row with only a subject or goal continues the holder above it (what merged cells give).
    if (previous && !role && !party && !fteText) return previous;
    out.add(problem('divisionTableMissingHolder'), 'holder');
    return undefined;
  }
  if (name.length > DIVISION_LIMITS.nameChars)
    out.add(problem('csvTooLong', { maximum: DIVISION_LIMITS.nameChars }), 'holder');
  const key = nameKey(name);
  const holder = holders.get(key) ?? { name, given: {}, where: rec.where };
  holders.set(key, holder);
  const row = 'sheet' in rec.where ? rec.where.row : 0;
  const check = <K extends 'role' | 'party' | 'fte'>(k: K, value: Holder[K] | undefined, shown: string) => {
    if (value === undefined || value === '') return;
    if (holder[k] === undefined) {
      holder[k] = value;
      holder.given[k] = row;
    } else if (holder[k] !== value)
      out.add(
        problem('divisionTableConflict', {
          holder: holder.name,
          value: shown,
          other: String(holder[k]),
          otherRow: holder.given[k] ?? row,
        }),
        k,
      );
  };
  if (role) {
    const r = readRole(role);
    if (r) check('role', r, role);
    else
      out.add(
        problem('divisionTableUnknownRole', {
          value: shortText(role),
          known: 'wethouder, burgemeester, alderman, mayor',
        }),
        'role',
      );
  }
  if (party.length > DIVISION_LIMITS.partyChars)
    out.add(problem('csvTooLong', { maximum: DIVISION_LIMITS.partyChars }), 'party');
  else check('party', party, party);
  if (fteText) {
    const fte = numberOf(rec.values.fte, table.decimal);
    if (typeof fte === 'number' && fte >= DIVISION_LIMITS.fteMin && fte <= DIVISION_LIMITS.fteMax)
      check('fte', fte, fteText);
    else
      out.add(
        problem('divisionTableBadFte', {
          value: shortText(fteText),
          min: DIVISION_LIMITS.fteMin,
          max: DIVISION_LIMITS.fteMax,
        }),
        'fte',
      );
  }
  return holder;
}

export interface DivisionInput {
  goals: readonly Goal[];
  subjects: readonly Subject[];
  portfolios: readonly Portfolio[];
  findSubject: SubjectFinder;
  name: string;
}

export interface DivisionOutcome {
  portfolios: Incoming<Portfolio>[];
  division?: Division;
  problems: Problem[];
}

/** A goal by id (the `doel_id` column) or by its exact title when no other goal has it. */
function goalFinder(goals: readonly Goal[]) {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const byTitle = new Map<string, Goal[]>();
  for (const g of goals) byTitle.set(nameKey(g.title), [...(byTitle.get(nameKey(g.title)) ?? []), g]);
  return (id: string, title: string): { goal?: Goal; problem?: Problem } => {
    if (id) return byId.has(id) ? { goal: byId.get(id)! } : { problem: problem('csvUnknownGoal', { value: id }) };
    const hits = byTitle.get(nameKey(title)) ?? [];
    if (hits.length === 1) return { goal: hits[0]! };
    return hits.length
      ? { problem: problem('csvAmbiguousGoal', { value: title, ids: hits.map((g) => g.id).join(', ') }) }
      : { problem: problem('csvUnknownGoal', { value: title }) };
  };
}

/**
 * A division sheet (the workbook's `Verdeling`, or one of the user's with those columns) as a new draft: its holders
 * as portfolios (one with the same name is reused, its role, party and FTE updated to the sheet's), each subject to
 * the holders that list it, each goal to the holder it is listed under. The sheet does not say who leads a shared
 * subject: the holder with most of its goals does (the first listed on a tie); goals that follow another holder of
 * it are given to that holder, so every goal keeps its holder.
 */
export function checkDivision(table: ImportTable<DivisionField>, input: DivisionInput): DivisionOutcome {
  const problems: Problem[] = [];
  const holders = new Map<string, Holder>();
  const findGoal = goalFinder(input.goals);
  const rowsOf = new Map<Holder, HolderRows>();
  const goalRow = new Set<string>();
  let previous: Holder | undefined;
  for (const rec of table.records) {
    const out = recordProblems(table, rec);
    const holder = readHolder(table, rec, holders, previous, out);
    previous = holder ?? previous;
    const subjectId = readSubject(rec, input.findSubject, out);
    const goal = readGoal(rec, findGoal, out);
    const exception = yesNoOf(rec.values.exception);
    if (exception === undefined)
      out.add(problem('exchangeBadYesNo', { value: shortText(rec.values.exception) }), 'exception');
    if (goal && goalRow.has(goal.id)) out.add(problem('exchangeGoalTwice', { title: shortText(goal.title) }), 'goal');
    else if (goal) goalRow.add(goal.id);
    if (holder && !hasErrors(out.problems)) {
      const rows = rowsOf.get(holder) ?? { subjects: [], goals: [] };
      rowsOf.set(holder, rows);
      if (goal) rows.goals.push({ goalId: goal.id, exception: exception === true });
      else if (subjectId !== undefined) rows.subjects.push(subjectId);
    }
    appendProblems(problems, out.problems);
  }
  if (hasErrors(problems)) return { portfolios: [], problems };
  return build(input, [...holders.values()], rowsOf, problems);
}

function readSubject(rec: ImportRecord<DivisionField>, findSubject: SubjectFinder, out: Out): string | undefined {
  const id = textOf(rec.values.subjectId);
  const name = textOf(rec.values.subject);
  const text = id || name;
  if (!text) return undefined;
  const found = findSubject(text);
  if (found.id !== undefined) return found.id;
  if (found.ambiguous)
    out.add(
      problem('exchangeAmbiguousSubject', { value: shortText(text), ids: found.ambiguous }),
      id ? 'subjectId' : 'subject',
    );
  else out.add(problem('exchangeUnknownSubject', { value: shortText(text) }), id ? 'subjectId' : 'subject');
  return undefined;
}

function readGoal(rec: ImportRecord<DivisionField>, findGoal: ReturnType<typeof goalFinder>, out: Out) {
  const id = textOf(rec.values.goalId);
  const title = textOf(rec.values.goal);
  if (!id && !title) return undefined;
  const found = findGoal(id, title);
  if (found.problem)
    out.add(
      { ...found.problem, params: { ...found.problem.params, value: shortText(id || title) } },
      id ? 'goalId' : 'goal',
    );
  return found.goal;
}

function build(
  input: DivisionInput,
  holders: readonly Holder[],
  rowsOf: ReadonlyMap<Holder, HolderRows>,
  problems: Problem[],
): DivisionOutcome {
  const byName = new Map(input.portfolios.map((p) => [nameKey(p.holder), p]));
  const portfolios: Incoming<Portfolio>[] = [];
  const idOf = new Map<Holder, string>();
  let colours = input.portfolios.length;
  for (const h of holders) {
    const before = byName.get(nameKey(h.name));
    const parsed = PortfolioSchema.safeParse({
      ...(before ?? {
        id: newId('pf'),
        holder: h.name,
        colour: PORTFOLIO_PALETTE[colours++ % PORTFOLIO_PALETTE.length],
      }),
      ...(h.role ? { role: h.role } : {}),
      ...(h.party !== undefined ? { party: h.party } : {}),
      ...(h.fte !== undefined ? { fte: h.fte } : {}),
    });
    if (!parsed.success) {
      problems.push(problem('exchangeBadHolder', { holder: h.name }));
      continue;
    }
    idOf.set(h, parsed.data.id);
    portfolios.push({ where: h.where, entity: parsed.data, before });
  }
  const byHolderId = new Map([...rowsOf].map(([h, rows]) => [idOf.get(h)!, rows]));
  const { subjects, assignments } = holdingsOf(input.goals, byHolderId);
  const parsed = DivisionSchema.safeParse({
    id: newId('div'),
    name: input.name,
    portfolioIds: holders.map((h) => idOf.get(h)!),
    subjects,
    assignments,
  });
  if (!parsed.success) {
    problems.push(problem('exchangeBadHolder', { holder: input.name }));
    return { portfolios, problems };
  }
  return { portfolios, division: parsed.data, problems };
}

import { GoalSchema, problem, type Goal, type Law, type OwAspect, type Problem, type Project } from '../../model';
import { LAW_VOCABULARY, OW_ASPECT_VOCABULARY, OW_INSTRUMENT_VOCABULARY } from '../../io/csvVocabulary';
import { resolveTaakvelden } from '../../io/resolveGoalCells';
import { appendProblems, hasErrors } from '../../io/capProblems';
import { columnOf, Defaults, duplicateIdChecker, readDomain, readId, recordProblems, zodAt } from './checkCommon';
import type { GoalField, ImportRecord, ImportTable, Incoming } from './records';
import type { SubjectFinder } from './finders';
import { listOf, numberOf, shortText, textOf } from './values';

const GOAL_FIELD: Readonly<Record<string, GoalField>> = {
  id: 'id',
  title: 'title',
  description: 'description',
  domainId: 'domain',
  themes: 'themes',
  taakvelden: 'taakvelden',
  laws: 'laws',
  omgevingswet: 'owAspects',
  budget: 'budget',
  source: 'source',
  subjectId: 'subject',
};

const uniq = <T>(items: readonly T[]): T[] => [...new Set(items)];

type Out = ReturnType<typeof recordProblems<GoalField>>;

/** Laws, instrument and aspects by their Dutch or English names, as the goals CSV reads them. */
function readVocabulary(rec: ImportRecord<GoalField>, out: Out) {
  const laws: Law[] = [];
  for (const name of listOf(rec.values.laws)) {
    const law = LAW_VOCABULARY.lookup(name);
    if (law) laws.push(law);
    else out.add(problem('csvUnknownLaw', { value: shortText(name), known: LAW_VOCABULARY.known('nl') }), 'laws');
  }
  const instrumentText = textOf(rec.values.owInstrument);
  const instrument = instrumentText ? OW_INSTRUMENT_VOCABULARY.lookup(instrumentText) : undefined;
  if (instrumentText && !instrument)
    out.add(
      problem('csvUnknownOwInstrument', {
        value: shortText(instrumentText),
        known: OW_INSTRUMENT_VOCABULARY.known('nl'),
        knownEn: OW_INSTRUMENT_VOCABULARY.known('en'),
      }),
      'owInstrument',
    );
  const aspects: OwAspect[] = [];
  for (const name of listOf(rec.values.owAspects)) {
    const aspect = OW_ASPECT_VOCABULARY.lookup(name);
    if (aspect) aspects.push(aspect);
    else
      out.add(
        problem('csvUnknownOwAspect', {
          value: shortText(name),
          known: OW_ASPECT_VOCABULARY.known('nl'),
          knownEn: OW_ASPECT_VOCABULARY.known('en'),
        }),
        'owAspects',
      );
  }
  return { laws: uniq(laws), instrument, aspects: uniq(aspects) };
}

/** The goal's Omgevingswet block from the fields the file carries, the rest as the goal had it. */
function omgevingswetOf(
  has: (k: GoalField) => boolean,
  read: ReturnType<typeof readVocabulary>,
  before: Goal | undefined,
): Goal['omgevingswet'] {
  const instrument = has('owInstrument') ? read.instrument : before?.omgevingswet?.instrument;
  const aspects = has('owAspects') ? read.aspects : (before?.omgevingswet?.aspects ?? []);
  return instrument || aspects.length ? { ...(instrument ? { instrument } : {}), aspects } : undefined;
}

/**
 * Goals from a file, as the goals CSV reads them (same columns, vocabulary and cell rules), plus the subject a goal
 * hangs under (by id or name, among the project's subjects and the file's). A goal with an id the project has is an
 * update: only the fields the file carries change. Every problem at its record and field.
 */
export function checkGoals(
  project: Project,
  table: ImportTable<GoalField>,
  findSubject: SubjectFinder,
  defaults: Defaults,
): { goals: Incoming<Goal>[]; problems: Problem[] } {
  const byId = new Map(project.goals.map((g) => [g.id, g]));
  const subjectIds = new Set(project.subjects.map((s) => s.id));
  const duplicate = duplicateIdChecker<GoalField>();
  const goals: Incoming<Goal>[] = [];
  const problems: Problem[] = [];
  const has = (k: GoalField) => table.present.has(k);
  for (const rec of table.records) {
    const out = recordProblems(table, rec);
    const { id, given } = readId(table, rec, 'id', 'goal', out);
    duplicate(id, rec.where, out, 'id');
    if (subjectIds.has(id) || findSubject.isFileSubject(id)) out.add(problem('exchangeIdIsSubject', { id }), 'id');
    const before = byId.get(id);
    const input: Record<string, unknown> = before ? { ...before } : { id };
    const title = textOf(rec.values.title);
    if (title) input.title = title;
    else if (table.graph && given) {
      // A node without a label: a new goal is titled by its id (said once for the file), an update keeps its title.
      if (!before) {
        input.title = id;
        defaults.note('exchangeDefaultTitle', rec.where);
      }
    } else if (has('title') || !before) out.add(problem('csvRequiredValue'), 'title');
    if (has('domain') || !before) {
      const domain = readDomain(project, table, rec, 'domain', out);
      if (!(domain.defaulted && before)) input.domainId = domain.id;
      if (domain.defaulted && !before)
        defaults.note('exchangeDefaultDomain', rec.where, { domain: project.domains[0]!.name });
    }
    if (has('description')) input.description = textOf(rec.values.description);
    if (has('source')) input.source = textOf(rec.values.source);
    if (has('themes')) input.themes = listOf(rec.values.themes);
    if (has('taakvelden')) {
      const row = 'sheet' in rec.where ? rec.where.row : 0;
      const text = textOf(rec.values.taakvelden);
      const tv = resolveTaakvelden(project.taakveldList, text, row, columnOf(table, 'taakvelden'));
      out.addCsv(tv.problems);
      input.taakvelden = tv.codes;
    }
    const vocabulary = readVocabulary(rec, out);
    if (has('laws')) input.laws = vocabulary.laws;
    if (has('owInstrument') || has('owAspects')) {
      const ow = omgevingswetOf(has, vocabulary, before);
      if (ow) input.omgevingswet = ow;
      else delete input.omgevingswet;
    }
    if (has('budget')) {
      const budget = numberOf(rec.values.budget, table.decimal);
      if (budget === undefined) out.add(problem('csvBadBudget', { value: shortText(rec.values.budget) }), 'budget');
      else if (budget === null) delete input.budget;
      else input.budget = budget;
    }
    if (has('subject')) {
      const text = textOf(rec.values.subject);
      if (text === '') delete input.subjectId;
      else {
        const found = findSubject(text);
        if (found.id !== undefined) input.subjectId = found.id;
        else if (found.ambiguous)
          out.add(problem('exchangeAmbiguousSubject', { value: shortText(text), ids: found.ambiguous }), 'subject');
        else out.add(problem('exchangeUnknownSubject', { value: shortText(text) }), 'subject');
      }
    }
    if (!hasErrors(out.problems)) {
      const parsed = GoalSchema.safeParse(input);
      if (parsed.success) goals.push({ where: rec.where, entity: parsed.data, before });
      else zodAt(parsed.error, table, rec, GOAL_FIELD, 'title', out);
    }
    appendProblems(problems, out.problems);
  }
  return { goals, problems };
}

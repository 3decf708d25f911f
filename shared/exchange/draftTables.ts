import type { ColumnDef } from '../io/csvColumns';
import { KIND_VOCABULARY } from '../io/csvVocabulary';
import type { IoLocale } from '../io/formatPath';
import { DIVISION_COLUMNS } from '../division/parseDivisionTable';
import { strongestLinksFirst } from '../analysis/divisionFigures';
import type { Goal, Portfolio, Project, Subject } from '../model';
import { subjectHolders } from '../model/division';
import type { Cell } from './cells';
import type { DraftFacts } from './draftFacts';
import { column, layOut, type ExchangeTable } from './table';
import { roleWord, word, yesNo } from './words';

type DivisionColumn = 'holder' | 'role' | 'party' | 'fte' | 'subject' | 'goal' | 'exception' | 'subjectId' | 'goalId';

/**
 * The division as it would be published, one row per goal (or per held subject without goals of this holder, or
 * per holder with nothing at all).
 * The first five columns are those the published-division reader takes in (shared/division), with its headers.
 */
export const DIVISION_TABLE_COLUMNS: readonly ColumnDef<DivisionColumn>[] = [
  ...DIVISION_COLUMNS.map((c) => ({ ...c, required: false })),
  column('goal', 'doel', 'goal'),
  column('exception', 'uitzondering', 'exception'),
  column('subjectId', 'onderwerp_id', 'subject_id'),
  column('goalId', 'doel_id', 'goal_id'),
];

export function divisionTable(project: Project, facts: DraftFacts, locale: IoLocale): ExchangeTable {
  const { division } = facts;
  const records: Record<DivisionColumn, Cell>[] = [];
  const row = (h: Portfolio, subject: Subject | undefined, goal: Goal | undefined, exception: boolean) =>
    records.push({
      holder: h.holder,
      role: roleWord(h.role, locale),
      party: h.party,
      fte: h.fte,
      subject: subject?.name ?? '',
      goal: goal?.title ?? '',
      exception: yesNo(exception, locale),
      subjectId: subject?.id ?? '',
      goalId: goal?.id ?? '',
    });
  const subjectById = new Map(project.subjects.map((s) => [s.id, s]));
  const goalsOf = new Map<string, Goal[]>();
  for (const g of project.goals)
    if (g.subjectId !== undefined) goalsOf.set(g.subjectId, [...(goalsOf.get(g.subjectId) ?? []), g]);
  for (const h of facts.holders) {
    const before = records.length;
    const done = new Set<string>();
    // Subjects first, as colleges publish them: each subject the holder holds (alone, leading or sharing it, or
    // given as a node of its own) with the goals that follow it to this holder.
    for (const s of project.subjects) {
      const holders = subjectHolders(division, s.id);
      const held = holders.includes(h.id) || facts.holderOf(s.id)?.id === h.id;
      if (!held) continue;
      const following = (goalsOf.get(s.id) ?? []).filter(
        (g) => facts.holderOf(g.id)?.id === h.id && !facts.isException(g.id),
      );
      if (!following.length) row(h, s, undefined, false);
      for (const g of following) {
        row(h, s, g, false);
        done.add(g.id);
      }
    }
    // Then the goals the holder has apart from those: exceptions, goals without a subject, goals whose subject
    // nobody holds.
    for (const g of project.goals) {
      if (done.has(g.id) || facts.holderOf(g.id)?.id !== h.id) continue;
      const subject = g.subjectId === undefined ? undefined : subjectById.get(g.subjectId);
      row(h, subject, g, facts.isException(g.id));
    }
    // A holder with nothing in this draft is still a member of the college: one row without subject or goal.
    if (records.length === before) row(h, undefined, undefined, false);
  }
  return layOut('division', DIVISION_TABLE_COLUMNS, records, locale);
}

type AgendaColumn =
  | 'holderA'
  | 'holderB'
  | 'pairWeight'
  | 'splitWeight'
  | 'from'
  | 'to'
  | 'kind'
  | 'strength'
  | 'status'
  | 'arrangements'
  | 'rationale'
  | 'linkId';

export const AGENDA_COLUMNS: readonly ColumnDef<AgendaColumn>[] = [
  column('holderA', 'houder_a', 'holder_a'),
  column('holderB', 'houder_b', 'holder_b'),
  column('pairWeight', 'gewicht_paar', 'pair_weight'),
  column('splitWeight', 'gesplitst_gewicht', 'split_weight'),
  column('from', 'van', 'from'),
  column('to', 'naar', 'to'),
  column('kind', 'soort', 'kind'),
  column('strength', 'sterkte', 'strength'),
  column('status', 'status', 'status'),
  column('arrangements', 'afspraken', 'arrangements'),
  column('rationale', 'toelichting', 'rationale'),
  column('linkId', 'verband_id', 'link_id'),
];

/**
 * The coordination agenda of the draft: per pair of holders (heaviest first, as the report orders them) each link
 * they must agree on, strongest first, with how it stands (split and uncovered, covered by an arrangement,
 * deliberately split, or on the agenda because the two share a subject) and its rationale. A pair with no links
 * (a shared subject without links) is one row without a link.
 */
export function agendaTable(project: Project, facts: DraftFacts, locale: IoLocale): ExchangeTable {
  const { report } = facts;
  const holder = new Map(project.portfolios.map((p) => [p.id, p.holder]));
  const title = new Map<string, string>();
  for (const s of project.subjects) title.set(s.id, s.name);
  for (const g of project.goals) title.set(g.id, g.title);
  const linkById = new Map(project.links.map((l) => [l.id, l]));
  const records: Record<AgendaColumn, Cell>[] = [];
  for (const pair of report.agenda) {
    const splitWeight = pair.covered.weight + pair.uncovered.weight + pair.deliberate.weight;
    const base = {
      holderA: holder.get(pair.a) ?? pair.a,
      holderB: holder.get(pair.b) ?? pair.b,
      pairWeight: pair.weight,
      splitWeight,
    };
    const splitHere = new Set(Array.from(pair.splitLinks, (e) => report.linkIds[e]!));
    const links = strongestLinksFirst(report, pair.links, linkById);
    if (!links.length)
      records.push({
        ...base,
        from: '',
        to: '',
        kind: '',
        strength: null,
        status: '',
        arrangements: '',
        rationale: '',
        linkId: '',
      });
    for (const l of links) {
      // A link of a shared subject may be split between other holders: here it is on the agenda as shared.
      const split = splitHere.has(l.id);
      const state = facts.linkState(l.id);
      records.push({
        ...base,
        from: title.get(l.source) ?? l.source,
        to: title.get(l.target) ?? l.target,
        kind: KIND_VOCABULARY.nameOf(l.kind, locale),
        strength: l.strength,
        status: word(split && state !== 'notSplit' ? state : 'shared', locale),
        arrangements: split ? facts.arrangementsOf(l.id).join(' | ') : '',
        rationale: l.rationale,
        linkId: l.id,
      });
    }
  }
  return layOut('agenda', AGENDA_COLUMNS, records, locale);
}

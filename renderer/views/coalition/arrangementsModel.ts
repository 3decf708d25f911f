import {
  arrangementHolders,
  type Arrangement,
  type ArrangementInput,
  type ArrangementKind,
  type Division,
} from '../../../shared/model';

/** What the report says an arrangement covers (SplitCoverage.arrangements): its covered split links. */
export interface ArrangementCoverage {
  arrangementId: string;
  count: number;
  weight: number;
}

/** One row of *Afspraken*. */
export interface ArrangementRow {
  arrangement: Arrangement;
  /** The holders taking part besides the lead. */
  otherHolderIds: string[];
  /** Split links of the draft it covers; null when the report has no coverage to say. */
  covers: { count: number; weight: number } | null;
}

/** The draft's arrangements in its order, each with what it covers of the draft's split links. */
export function arrangementRows(
  division: Pick<Division, 'arrangements'>,
  coverage: readonly ArrangementCoverage[] | undefined,
): ArrangementRow[] {
  const byId = new Map(coverage?.map((c) => [c.arrangementId, c]));
  return division.arrangements.map((arrangement) => {
    const c = byId.get(arrangement.id);
    return {
      arrangement,
      otherHolderIds: arrangementHolders(arrangement).slice(1),
      // An arrangement the report does not list covers nothing, as long as there is a report at all.
      covers: coverage ? { count: c?.count ?? 0, weight: c?.weight ?? 0 } : null,
    };
  });
}

/** The arrangement form's fields. */
export interface ArrangementDraft {
  name: string;
  kind: ArrangementKind;
  leadId: string;
  /** Holders ticked as taking part; the lead may be among them (it takes part anyway). */
  holderIds: string[];
  subjectIds: string[];
  goalIds: string[];
  note: string;
}

/** A new arrangement starts with the draft's first holder as lead and nothing chosen. */
export function arrangementDraftOf(
  a: Arrangement | undefined,
  division: Pick<Division, 'portfolioIds'>,
): ArrangementDraft {
  if (a)
    return {
      name: a.name,
      kind: a.kind,
      leadId: a.leadId,
      holderIds: [...a.holderIds],
      subjectIds: [...a.subjectIds],
      goalIds: [...a.goalIds],
      note: a.note,
    };
  return {
    name: '',
    kind: 'coordinating',
    leadId: division.portfolioIds[0] ?? '',
    holderIds: [],
    subjectIds: [],
    goalIds: [],
    note: '',
  };
}

/**
 * What the form hands to addArrangement / updateArrangement: the other holders without the lead, in the draft's
 * order (the order the checkboxes show), so ticking order does not matter.
 */
export function arrangementInputOf(
  d: ArrangementDraft,
  division: Pick<Division, 'portfolioIds'>,
): Omit<ArrangementInput, 'id'> {
  const ticked = new Set(d.holderIds);
  return {
    name: d.name,
    kind: d.kind,
    leadId: d.leadId,
    holderIds: division.portfolioIds.filter((h) => h !== d.leadId && ticked.has(h)),
    subjectIds: d.subjectIds,
    goalIds: d.goalIds,
    note: d.note,
  };
}

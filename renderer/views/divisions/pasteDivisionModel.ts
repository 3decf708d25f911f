import type { Problem, Project } from '../../../shared/model';
import { CATALOGUE_SUBJECTS } from '../../../shared/catalogue';
import { parsePublishedDivision } from '../../../shared/division/parsePublishedDivision';
import type { PublishedDivision, PublishedHolder } from '../../../shared/division/publishedDivision';
import {
  decisionKey,
  matchPublishedDivision,
  type PublishedSubjectDecision,
  type PublishedSubjectMatch,
} from '../../../shared/division/matchPublishedDivision';
import type {
  ApplyPublishedDivisionInput,
  ApplyPublishedDivisionSummary,
} from '../../../shared/division/applyPublishedDivision';

/** What the dialog reads: pasted (or .txt) text, or a table file already read into holders. */
export type PasteSource =
  { kind: 'text'; text: string } | { kind: 'table'; fileName: string; division: PublishedDivision };

/** The user's word per published text, keyed by decisionKey (so "Zorg" and "zorg" are one decision). */
export type Decisions = Readonly<Record<string, PublishedSubjectDecision>>;

/**
 * What a published text becomes. Without a decision: `matched` (everything named), `partial` (some pieces named
 * nothing), `unmatched` (nothing named). With one: `create`, `pick` (matched by hand), `skip`.
 */
export type TextStatus = 'matched' | 'partial' | 'unmatched' | 'create' | 'pick' | 'skip';

export interface SubjectTarget {
  /** `subject`: already in the project; `catalogue`: added from the catalogue on confirm; `new`: created. */
  kind: 'subject' | 'catalogue' | 'new';
  id: string;
  name: string;
}

export interface PreviewText {
  key: string;
  published: string;
  status: TextStatus;
  targets: SubjectTarget[];
  /** Pieces that named nothing (only while the matcher's proposal stands). */
  leftover: string[];
  holders: string[];
}

export interface PastePreview {
  holders: (PublishedHolder & { reused: boolean })[];
  /** One per distinct published text, in the order the division first names it. */
  texts: PreviewText[];
  /** The texts the user is asked about: those the matcher left (partly) unmatched, and any decided or reopened. */
  toDecide: PreviewText[];
  /** Problems that stop the take-in (not warnings). */
  refused: Problem[];
  warnings: Problem[];
}

/** A read source: parsed and matched once per settled text, so a decision does not match everything again. */
export interface ReadPaste {
  division: PublishedDivision;
  matches: PublishedSubjectMatch[];
}

export function sourceIsEmpty(source: PasteSource): boolean {
  return source.kind === 'text' && source.text.trim() === '';
}

export function readPaste(project: Pick<Project, 'subjects'>, source: PasteSource): ReadPaste {
  const division = source.kind === 'text' ? parsePublishedDivision(source.text) : source.division;
  return { division, matches: matchPublishedDivision(project, division.holders) };
}

const CATALOGUE = new Map(CATALOGUE_SUBJECTS.map((s) => [s.id, s]));

/** A catalogue subject the project already has is shown (and taken in) as that project subject. */
function catalogueTarget(project: Pick<Project, 'subjects'>, id: string, lang: 'nl' | 'en'): SubjectTarget {
  const own = project.subjects.find((s) => s.catalogueId === id);
  if (own) return { kind: 'subject', id: own.id, name: own.name };
  return { kind: 'catalogue', id, name: CATALOGUE.get(id)?.name[lang] ?? id };
}

function subjectTarget(project: Pick<Project, 'subjects'>, id: string): SubjectTarget {
  return { kind: 'subject', id, name: project.subjects.find((s) => s.id === id)?.name ?? id };
}

function targetsOf(
  project: Pick<Project, 'subjects'>,
  d: { subjectIds?: readonly string[]; catalogueIds?: readonly string[] },
  lang: 'nl' | 'en',
): SubjectTarget[] {
  return [
    ...(d.subjectIds ?? []).map((id) => subjectTarget(project, id)),
    ...(d.catalogueIds ?? []).map((id) => catalogueTarget(project, id, lang)),
  ];
}

function textOf(
  project: Pick<Project, 'subjects'>,
  match: PublishedSubjectMatch,
  decision: PublishedSubjectDecision | undefined,
  lang: 'nl' | 'en',
): Omit<PreviewText, 'holders'> {
  const base = { key: decisionKey(match.published), published: match.published };
  if (decision?.kind === 'skip') return { ...base, status: 'skip', targets: [], leftover: [] };
  if (decision?.kind === 'create') {
    const name = (decision.name ?? match.published).trim().replace(/\s+/gu, ' ');
    // An earlier paste may have created it already: then it is reused, as applyPublishedDivision does.
    const existing = project.subjects.find((s) => decisionKey(s.name) === decisionKey(name));
    const target: SubjectTarget = existing
      ? { kind: 'subject', id: existing.id, name: existing.name }
      : { kind: 'new', id: '', name };
    return { ...base, status: 'create', targets: [target], leftover: [] };
  }
  if (decision?.kind === 'match')
    return { ...base, status: 'pick', targets: targetsOf(project, decision, lang), leftover: [] };
  const targets = targetsOf(project, match, lang);
  const status = targets.length === 0 ? 'unmatched' : match.unmatched.length > 0 ? 'partial' : 'matched';
  return { ...base, status, targets, leftover: targets.length === 0 ? [match.published] : match.unmatched };
}

/**
 * The preview of a read source under the user's decisions. `reopened` are matched texts the user asked to change:
 * they join the list to decide on, as does every decided text, so a choice never makes its row jump away.
 */
export function previewOf(
  project: Pick<Project, 'subjects' | 'portfolios'>,
  read: ReadPaste,
  decisions: Decisions,
  reopened: ReadonlySet<string>,
  lang: 'nl' | 'en',
): PastePreview {
  const holdersOf = new Map<string, string[]>();
  for (const h of read.division.holders)
    for (const s of h.subjects) {
      const list = holdersOf.get(decisionKey(s.published)) ?? [];
      if (!list.includes(h.name)) list.push(h.name);
      holdersOf.set(decisionKey(s.published), list);
    }
  const texts = read.matches.map((m) => {
    const key = decisionKey(m.published);
    return { ...textOf(project, m, decisions[key], lang), holders: holdersOf.get(key) ?? [] };
  });
  const asked = (t: PreviewText) => t.status !== 'matched' || Object.hasOwn(decisions, t.key) || reopened.has(t.key);
  const existing = new Set(project.portfolios.map((p) => decisionKey(p.holder)));
  return {
    holders: read.division.holders.map((h) => ({ ...h, reused: existing.has(decisionKey(h.name)) })),
    texts,
    toDecide: texts.filter(asked),
    refused: read.division.problems.filter((p) => p.severity !== 'warning'),
    warnings: read.division.problems.filter((p) => p.severity === 'warning'),
  };
}

/** A decision set with one text decided, or back to the matcher's proposal with null. */
export function decide(decisions: Decisions, key: string, decision: PublishedSubjectDecision | null): Decisions {
  const next = { ...decisions };
  if (decision) next[key] = decision;
  else delete next[key];
  return next;
}

/** Pressing an already pressed "create" or "leave out" takes the choice back. */
export function toggle(decisions: Decisions, key: string, kind: 'create' | 'skip'): Decisions {
  return decide(decisions, key, decisions[key]?.kind === kind ? null : { kind });
}

export interface PickOption {
  value: string;
  label: string;
}

/**
 * The picker's choices: the project's subjects, then the catalogue's subjects the project does not have yet, each
 * group by name. Values say which kind the id is: a project subject's id may equal a catalogue id.
 */
export function pickOptions(
  project: Pick<Project, 'subjects'>,
  lang: 'nl' | 'en',
): { project: PickOption[]; catalogue: PickOption[] } {
  const byLabel = (a: PickOption, b: PickOption) => a.label.localeCompare(b.label, lang);
  const had = new Set(project.subjects.flatMap((s) => (s.catalogueId === undefined ? [] : [s.catalogueId])));
  return {
    project: project.subjects.map((s) => ({ value: `subject:${s.id}`, label: s.name })).sort(byLabel),
    catalogue: CATALOGUE_SUBJECTS.filter((c) => !had.has(c.id))
      .map((c) => ({ value: `catalogue:${c.id}`, label: c.name[lang] }))
      .sort(byLabel),
  };
}

/** The decision a picker value stands for; '' (nothing picked) is the matcher's proposal again. */
export function decisionOfPick(value: string): PublishedSubjectDecision | null {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (!id) return null;
  if (kind === 'subject') return { kind: 'match', subjectIds: [id] };
  if (kind === 'catalogue') return { kind: 'match', catalogueIds: [id] };
  return null;
}

/** The picker value showing a decision: only a hand match of one subject has one. */
export function pickOfDecision(decision: PublishedSubjectDecision | undefined): string {
  if (decision?.kind !== 'match') return '';
  const ids = [...(decision.subjectIds ?? []).map((id) => `subject:${id}`)];
  ids.push(...(decision.catalogueIds ?? []).map((id) => `catalogue:${id}`));
  return ids.length === 1 ? ids[0]! : '';
}

export type Blocker = 'empty' | 'refused' | 'noHolders' | 'noName';

/** Why "Take in division" cannot be pressed yet, or null when it can. */
export function blockerOf(preview: PastePreview | null, name: string): Blocker | null {
  if (!preview) return 'empty';
  if (preview.refused.length > 0) return 'refused';
  if (preview.holders.length === 0) return 'noHolders';
  if (!name.trim()) return 'noName';
  return null;
}

/** The input of applyPublishedDivision: only decisions about texts the division still holds. */
export function takeInInput(
  read: ReadPaste,
  decisions: Decisions,
  divisionName: string,
  lang: 'nl' | 'en',
): ApplyPublishedDivisionInput {
  const keys = new Set(read.matches.map((m) => decisionKey(m.published)));
  const kept = Object.fromEntries(Object.entries(decisions).filter(([k]) => keys.has(k)));
  return { holders: read.division.holders, lang, divisionName: divisionName.trim(), decisions: kept };
}

/** The figures of the live count (aria-live) and the confirm line. */
export function previewCounts(preview: PastePreview): {
  holders: number;
  subjects: number;
  open: number;
  left: number;
} {
  const undecided = preview.texts.filter((t) => t.status === 'unmatched' || t.status === 'partial');
  return {
    holders: preview.holders.length,
    subjects: preview.texts.length,
    open: undecided.length,
    // Texts that will add nothing: undecided unmatched ones and those left out.
    left: preview.texts.filter((t) => t.status === 'unmatched' || t.status === 'skip').length,
  };
}

/** "Gepubliceerde verdeling", or with a number when the project has a draft of that name. */
export function uniqueDraftName(project: Pick<Project, 'divisions'>, base: string): string {
  const taken = new Set(project.divisions.map((d) => d.name));
  if (!taken.has(base)) return base;
  let i = 2;
  while (taken.has(`${base} ${i}`)) i++;
  return `${base} ${i}`;
}

/** The figures of the notice after taking in, from applyPublishedDivision's summary. */
export function summaryParams(summary: ApplyPublishedDivisionSummary, name: string): Record<string, string | number> {
  return {
    name: name.trim(),
    holders: summary.holders.length,
    newHolders: summary.holders.filter((h) => !h.reused).length,
    subjects: summary.addedSubjectIds.length,
    shared: summary.sharedSubjectIds.length,
    links: summary.linksAdded,
    left: summary.unmatched.length + summary.skipped.length,
  };
}

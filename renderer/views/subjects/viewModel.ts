import { subjectHolders, type Division, type Project, type Subject, type SubjectInput } from '../../../shared/model';

/** One row of the *Onderwerpen* table: a subject with what the table shows of it, by id (no React, no names). */
export interface SubjectRow {
  subject: Subject;
  /** Goals hanging under the subject. */
  goalCount: number;
  /** Links drawn to or from the subject itself (its goals' links not counted). */
  linkCount: number;
  /** The subject's holders in the chosen draft, the lead first; empty when the draft gives it to nobody. */
  holderIds: readonly string[];
  /** More than one holder: the college shares the subject. */
  shared: boolean;
}

/** The table's rows in the project's order, for the chosen draft (or none: then no subject has a holder). */
export function subjectRows(
  project: Pick<Project, 'subjects' | 'goals' | 'links'>,
  division: Pick<Division, 'subjects'> | undefined,
): SubjectRow[] {
  const goals = new Map<string, number>();
  for (const g of project.goals)
    if (g.subjectId !== undefined) goals.set(g.subjectId, (goals.get(g.subjectId) ?? 0) + 1);
  const links = new Map<string, number>();
  for (const l of project.links) {
    links.set(l.source, (links.get(l.source) ?? 0) + 1);
    links.set(l.target, (links.get(l.target) ?? 0) + 1);
  }
  return project.subjects.map((subject) => {
    const holderIds = division ? subjectHolders(division, subject.id) : [];
    return {
      subject,
      goalCount: goals.get(subject.id) ?? 0,
      linkCount: links.get(subject.id) ?? 0,
      holderIds,
      shared: holderIds.length > 1,
    };
  });
}

/**
 * The rows for what the user typed in *Zoek in onderwerpen*: the name, a taakveld code or the catalogue name
 * contains it, in any case; an empty query keeps the same array.
 */
export function filterSubjectRows(
  rows: readonly SubjectRow[],
  query: string,
  catalogueName: (catalogueId: string) => string | undefined = () => undefined,
): readonly SubjectRow[] {
  const q = query.trim().toLowerCase();
  if (!q) return rows;
  return rows.filter(({ subject: s }) => {
    const cat = s.catalogueId === undefined ? '' : (catalogueName(s.catalogueId) ?? '');
    return `${s.name} ${s.taakvelden.join(' ')} ${cat}`.toLowerCase().includes(q);
  });
}

/** What deleting a subject takes with it, for the confirm dialog. */
export function removalOf(
  project: Pick<Project, 'goals' | 'links'>,
  subjectId: string,
): { goals: number; links: number } {
  return {
    goals: project.goals.filter((g) => g.subjectId === subjectId).length,
    links: project.links.filter((l) => l.source === subjectId || l.target === subjectId).length,
  };
}

/** What the form hands to addSubject / updateSubject. */
export type SubjectFormInput = Required<Pick<SubjectInput, 'name' | 'domainId' | 'taakvelden' | 'description'>>;

/** The form's editable shape: text fields as typed, turned into the op's input once, on save. */
export interface SubjectDraft {
  name: string;
  domainId: string;
  taakvelden: string;
  description: string;
}

export function subjectDraftOf(s: Subject | undefined, defaultDomainId: string): SubjectDraft {
  return {
    name: s?.name ?? '',
    domainId: s?.domainId ?? defaultDomainId,
    taakvelden: s?.taakvelden.join(', ') ?? '',
    description: s?.description ?? '',
  };
}

/** Taakveld codes as people type them: "6.3, 6.5", "6.3;6.5" or "6.3 6.5". The catalogue id is not the form's. */
export function subjectInputOf(d: SubjectDraft): SubjectFormInput {
  return {
    name: d.name,
    domainId: d.domainId,
    taakvelden: d.taakvelden.split(/[,;|\s]+/).filter(Boolean),
    description: d.description,
  };
}

/** The table's row key: the subject's id. */
export const subjectRowKey = (r: SubjectRow): string => r.subject.id;

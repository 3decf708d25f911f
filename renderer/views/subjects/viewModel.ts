import { subjectHolders, type Division, type Project, type Subject, type SubjectInput } from '../../../shared/model';
import {
  catalogueDomain,
  catalogueSubjectTaakvelden,
  findCatalogueSubject,
  type CatalogueSubject,
} from '../../../shared/catalogue';

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

/** What the form hands to addSubject / updateSubject; `catalogueId` only when the form changed it. */
export type SubjectFormInput = Required<Pick<SubjectInput, 'name' | 'domainId' | 'taakvelden' | 'description'>> &
  Pick<SubjectInput, 'catalogueId'>;

/** The form's editable shape; turned into the op's input once, on save. */
export interface SubjectDraft {
  name: string;
  domainId: string;
  /** Iv3 codes as picked, in the order picked. */
  taakvelden: string[];
  description: string;
  /** The catalogue subject it stands for; '' for none. */
  catalogueId: string;
}

export function subjectDraftOf(s: Subject | undefined, defaultDomainId: string): SubjectDraft {
  return {
    name: s?.name ?? '',
    domainId: s?.domainId ?? defaultDomainId,
    taakvelden: [...(s?.taakvelden ?? [])],
    description: s?.description ?? '',
    catalogueId: s?.catalogueId ?? '',
  };
}

/**
 * The op's input. The catalogue id goes along only when it changed (set, replaced or cleared with `undefined`), so
 * saving an untouched form leaves the subject's catalogue tie exactly as it was.
 */
export function subjectInputOf(d: SubjectDraft, before?: Pick<Subject, 'catalogueId'>): SubjectFormInput {
  const input: SubjectFormInput = {
    name: d.name,
    domainId: d.domainId,
    taakvelden: [...d.taakvelden],
    description: d.description,
  };
  if (d.catalogueId !== (before?.catalogueId ?? '')) input.catalogueId = d.catalogueId || undefined;
  return input;
}

/**
 * What picking a catalogue subject fills in: its taakvelden in the project's list; the project's domain for its
 * catalogue domain (the domain of that id, else the first one the classic split puts it under, so "economie" lands in
 * "fysiek" in a project with only the three classic domains, else the domain the form had); and its name in the
 * interface language, unless the form holds a name of the user's own (one that is not the previous catalogue
 * subject's name): a subject keeps the name its college publishes. `exactDomain` says whether the project has the
 * catalogue's own domain.
 */
export function fillFromCatalogue(
  d: SubjectDraft,
  project: Pick<Project, 'domains' | 'taakveldList'>,
  entry: CatalogueSubject,
  lang: 'nl' | 'en',
): { draft: SubjectDraft; exactDomain: boolean; keptName: boolean } {
  const classic = catalogueDomain(entry.domain).classic;
  const exact = project.domains.find((x) => x.id === entry.domain);
  const domain = exact ?? project.domains.find((x) => x.classic === classic);
  const previous = d.catalogueId ? findCatalogueSubject(d.catalogueId) : undefined;
  const name = d.name.trim();
  const keptName = name !== '' && name !== previous?.name.nl && name !== previous?.name.en;
  return {
    draft: {
      ...d,
      name: keptName ? d.name : entry.name[lang],
      domainId: domain?.id ?? d.domainId,
      taakvelden: [...catalogueSubjectTaakvelden(entry, project.taakveldList)],
      catalogueId: entry.id,
    },
    exactDomain: exact !== undefined,
    keptName,
  };
}

/** The table's row key: the subject's id. */
export const subjectRowKey = (r: SubjectRow): string => r.subject.id;

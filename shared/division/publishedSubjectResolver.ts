import type { Project } from '../model/project';
import type { Domain } from '../model/domain';
import { SubjectSchema, type Subject } from '../model/subject';
import { newId } from '../model/ids';
import { problem, type Problem } from '../model/problem';
import { zodProblems } from '../model/operations/result';
import { CATALOGUE_SUBJECTS, type CatalogueSubject } from '../catalogue/catalogueSubjects';
import { catalogueDomain, type CatalogueDomainId } from '../catalogue/catalogueDomains';
import { decisionKey, type PublishedSubjectDecision, type PublishedSubjectMatch } from './matchPublishedDivision';

export type SubjectOutcome = 'matched' | 'created' | 'skipped' | 'unmatched';

export interface ResolvedSubject {
  subjectIds: string[];
  outcome: SubjectOutcome;
  /** Pieces of the text that named nothing, when the matcher's proposal was taken (empty after a decision). */
  unmatched: string[];
}

/** The collections a division may add to, grown as published subjects are resolved. */
export interface WorkingCollections {
  domains: Domain[];
  subjects: Subject[];
}

const CATALOGUE = new Map<string, CatalogueSubject>(CATALOGUE_SUBJECTS.map((s) => [s.id, s]));

/**
 * Turns each distinct published text (by decisionKey) into project subject ids once, adding the catalogue subjects
 * and domains it needs to `work`, so a text under two holders becomes one (shared) subject. Throws nothing: a
 * decision naming something that does not exist is a problem value.
 */
export function publishedSubjectResolver(
  project: Project,
  work: WorkingCollections,
  options: {
    lang: 'nl' | 'en';
    matches: readonly PublishedSubjectMatch[];
    decisions: Readonly<Record<string, PublishedSubjectDecision>>;
    /** Where a subject created from a published text goes unless its decision says otherwise. */
    newSubjectDomainId: string;
  },
): (published: string) => ResolvedSubject | Problem[] {
  const matches = new Map(options.matches.map((m) => [decisionKey(m.published), m]));
  const decisions = new Map(Object.entries(options.decisions).map(([text, d]) => [decisionKey(text), d]));
  const done = new Map<string, ResolvedSubject | Problem[]>();
  const known = new Set(project.subjects.map((s) => s.id));

  const ensureDomain = (id: CatalogueDomainId): string => {
    if (!work.domains.some((d) => d.id === id)) {
      const c = catalogueDomain(id);
      work.domains.push({ id, name: c.name[options.lang], colour: c.colour, classic: c.classic });
    }
    return id;
  };

  const ensureCatalogueSubject = (entry: CatalogueSubject): string => {
    const existing = work.subjects.find((s) => s.catalogueId === entry.id);
    if (existing) return existing.id;
    const taakvelden =
      project.taakveldList === '2017' ? (entry.taakvelden2017 ?? entry.taakvelden2025) : entry.taakvelden2025;
    const subject: Subject = {
      id: newId('subj'),
      name: entry.name[options.lang],
      domainId: ensureDomain(entry.domain),
      taakvelden: [...taakvelden],
      description: '',
      catalogueId: entry.id,
    };
    work.subjects.push(subject);
    return subject.id;
  };

  const create = (published: string, d: { name?: string; domainId?: string }): ResolvedSubject | Problem[] => {
    const domainId = d.domainId ?? options.newSubjectDomainId;
    if (!work.domains.some((x) => x.id === domainId))
      return [problem('unknownDomain', { id: domainId }, ['decisions', published, 'domainId'])];
    const name = (d.name ?? published).trim().replace(/\s+/gu, ' ');
    // A subject of that name already there (from an earlier paste of the same division) is reused, not doubled.
    const existing = work.subjects.find((s) => decisionKey(s.name) === decisionKey(name));
    if (existing) return { subjectIds: [existing.id], outcome: 'created', unmatched: [] };
    const parsed = SubjectSchema.safeParse({ id: newId('subj'), name, domainId });
    if (!parsed.success) return zodProblems(parsed.error, ['decisions', published]);
    work.subjects.push(parsed.data);
    return { subjectIds: [parsed.data.id], outcome: 'created', unmatched: [] };
  };

  const match = (
    published: string,
    subjectIds: readonly string[],
    catalogueIds: readonly string[],
    unmatched: string[],
  ): ResolvedSubject | Problem[] => {
    const ids: string[] = [];
    for (const id of subjectIds) {
      if (!known.has(id)) return [problem('unknownSubject', { id }, ['decisions', published, 'subjectIds'])];
      ids.push(id);
    }
    for (const id of catalogueIds) {
      const entry = CATALOGUE.get(id);
      if (!entry) return [problem('unknownCatalogueSubject', { id }, ['decisions', published, 'catalogueIds'])];
      ids.push(ensureCatalogueSubject(entry));
    }
    const unique = [...new Set(ids)];
    if (unique.length === 0) return { subjectIds: [], outcome: 'unmatched', unmatched: [published] };
    return { subjectIds: unique, outcome: 'matched', unmatched };
  };

  const resolve = (published: string): ResolvedSubject | Problem[] => {
    const key = decisionKey(published);
    const decision = decisions.get(key);
    if (decision?.kind === 'skip') return { subjectIds: [], outcome: 'skipped', unmatched: [] };
    if (decision?.kind === 'create') return create(published, decision);
    if (decision?.kind === 'match') return match(published, decision.subjectIds ?? [], decision.catalogueIds ?? [], []);
    const proposal = matches.get(key);
    if (!proposal) return { subjectIds: [], outcome: 'unmatched', unmatched: [published] };
    return match(published, proposal.subjectIds, proposal.catalogueIds, proposal.unmatched);
  };

  return (published) => {
    const key = decisionKey(published);
    let result = done.get(key);
    if (!result) {
      result = resolve(published);
      done.set(key, result);
    }
    return result;
  };
}

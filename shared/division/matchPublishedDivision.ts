import type { Project } from '../model/project';
import { CATALOGUE_CANDIDATES } from '../catalogue/catalogueCandidates';
import { CATALOGUE_SUBJECTS } from '../catalogue/catalogueSubjects';
import { matchPublishedSubjectTiers, type SubjectCandidate } from '../catalogue/matchSubject';
import type { PublishedHolder } from './publishedDivision';

/**
 * What a published subject is taken in as: project subjects and/or catalogue subjects (kept apart, because a project
 * subject's id may equal a catalogue id), a new project subject named after the published text, or nothing.
 */
export type PublishedSubjectDecision =
  | { kind: 'match'; subjectIds?: readonly string[]; catalogueIds?: readonly string[] }
  | { kind: 'create'; name?: string; domainId?: string }
  | { kind: 'skip' };

/** The matcher's proposal for one published text, before the user decides. */
export interface PublishedSubjectMatch {
  published: string;
  /** Project subjects the text names (the project is tried first). */
  subjectIds: string[];
  /** Catalogue subjects the text names among what the project's subjects left over. */
  catalogueIds: string[];
  /** Pieces of the text that named nothing, as written; the whole text when nothing matched. */
  unmatched: string[];
}

/**
 * Decisions are keyed by the published text; the same text under two holders is one decision (and, when it becomes
 * a subject, one shared subject). Case and runs of spaces do not matter, so "Zorg" and "zorg" are one decision.
 */
export function decisionKey(published: string): string {
  return published.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('nl');
}

/**
 * The project's subjects as match candidates. One that stands for a catalogue subject also answers to that
 * subject's names and synonyms, so "minimabeleid" finds the project's "Armoede en schulden" rather than the
 * catalogue entry again.
 */
export function projectSubjectCandidates(project: Pick<Project, 'subjects'>): SubjectCandidate[] {
  const catalogue = new Map(CATALOGUE_SUBJECTS.map((s) => [s.id, s]));
  return project.subjects.map((s) => {
    const entry = s.catalogueId === undefined ? undefined : catalogue.get(s.catalogueId);
    const synonyms = entry ? [entry.name.nl, entry.name.en, ...entry.synonyms] : [];
    return { id: s.id, name: s.name, synonyms };
  });
}

/**
 * Matches every published subject of a division against the project's subjects, then the catalogue. Each distinct
 * text (by decisionKey) appears once, in the order the division first names it.
 */
export function matchPublishedDivision(
  project: Pick<Project, 'subjects'>,
  holders: readonly PublishedHolder[],
): PublishedSubjectMatch[] {
  // One array per call, so the matcher's index of the project's subjects is built once.
  const tiers = [projectSubjectCandidates(project), CATALOGUE_CANDIDATES] as const;
  const out = new Map<string, PublishedSubjectMatch>();
  for (const holder of holders)
    for (const { published } of holder.subjects) {
      const key = decisionKey(published);
      if (out.has(key)) continue;
      const match = matchPublishedSubjectTiers(published, tiers);
      const ofTier = (tier: number) => [...new Set(match.parts.filter((p) => p.tier === tier).flatMap((p) => p.ids))];
      const subjectIds = ofTier(0);
      const catalogueIds = ofTier(1);
      const unmatched = subjectIds.length + catalogueIds.length === 0 ? [published] : match.unmatched;
      out.set(key, { published, subjectIds, catalogueIds, unmatched });
    }
  return [...out.values()];
}

import { CATALOGUE_SUBJECTS } from './catalogueSubjects';
import type { SubjectCandidate } from './matchSubject';

/**
 * The catalogue as match candidates: the Dutch name, the synonyms and the English name (for an English division).
 * One shared array, so the matcher's index is built once.
 */
export const CATALOGUE_CANDIDATES: readonly SubjectCandidate[] = CATALOGUE_SUBJECTS.map((s) => ({
  id: s.id,
  name: s.name.nl,
  synonyms: [...s.synonyms, s.name.en],
}));

import type { CatalogueDomainId } from './catalogueDomains';
import { SOCIAL_SUBJECTS } from './socialSubjects';
import { PHYSICAL_SUBJECTS } from './physicalSubjects';
import { ECONOMY_SAFETY_SUBJECTS } from './economySafetySubjects';
import { GOVERNANCE_FINANCE_SUBJECTS } from './governanceFinanceSubjects';

export interface CatalogueSubject {
  /** Stable ascii kebab-case id; a project subject refers to it as its catalogueId. */
  id: string;
  name: { nl: string; en: string };
  domain: CatalogueDomainId;
  /** Iv3 taakvelden in the list used from begrotingsjaar 2025 (shared/model/taakveldData.ts). */
  taakvelden2025: readonly string[];
  /** Only where the 2017 list differs (hoofdtaakveld 6 was split into three-digit codes for 2025). */
  taakvelden2017?: readonly string[];
  /** Other ways published divisions name the subject (Dutch); case, accents, "&" and plurals need no variants. */
  synonyms: readonly string[];
}

/** A catalogue subject as written in the domain files: synonyms as one " | "-separated text. */
export type SubjectRow = Omit<CatalogueSubject, 'synonyms'> & { synonyms: string };

// The rows live in one file per domain (socialSubjects.ts, physicalSubjects.ts, economySafetySubjects.ts,
// governanceFinanceSubjects.ts), one subject per block, sorted by id, synonyms separated by " | " so a subject stays a
// few reviewable lines; the catalogue is their union, sorted by id. The taakvelden say where a subject's money is
// usually booked (after the Iv3 informatievoorschrift); they are indicative, a municipality may book a task elsewhere.
// A synonym belongs to one subject: a word that could mean two subjects ("participatie", "sociaal domein", "opvang")
// is left out, so the user chooses. The one deliberate exception is "vth" (vergunningverlening, toezicht en
// handhaving), which names permits and enforcement together.
const ROWS: readonly SubjectRow[] = [
  ...SOCIAL_SUBJECTS,
  ...PHYSICAL_SUBJECTS,
  ...ECONOMY_SAFETY_SUBJECTS,
  ...GOVERNANCE_FINANCE_SUBJECTS,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const CATALOGUE_SUBJECTS: readonly CatalogueSubject[] = ROWS.map((row) => ({
  ...row,
  synonyms: row.synonyms.split('|').map((s) => s.trim()),
}));

const BY_ID: ReadonlyMap<string, CatalogueSubject> = new Map(CATALOGUE_SUBJECTS.map((s) => [s.id, s]));

export function findCatalogueSubject(id: string): CatalogueSubject | undefined {
  return BY_ID.get(id);
}

/** The subject's taakvelden in the project's list: the 2017 codes where they differ, else the 2025 ones. */
export function catalogueSubjectTaakvelden(subject: CatalogueSubject, list: '2017' | '2025'): readonly string[] {
  return list === '2017' ? (subject.taakvelden2017 ?? subject.taakvelden2025) : subject.taakvelden2025;
}

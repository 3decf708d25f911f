import { ProjectSchema, type Project, type ProjectInput } from '../../model';
import { VOORBEELD_DOMAINS, VOORBEELD_PARTIES, VOORBEELD_PORTFOLIOS } from './holders';
import { VOORBEELD_SUBJECTS, subjectDomain } from './subjects';
import { GOALS_SOCIAAL } from './goalsSociaal';
import { GOALS_FYSIEK } from './goalsFysiek';
import { GOALS_MIDDELEN } from './goalsMiddelen';
import { LINKS_BESTAANSZEKERHEID } from './linksBestaanszekerheid';
import { LINKS_ZORG } from './linksZorg';
import { LINKS_WONEN_ZORG } from './linksWonenZorg';
import { LINKS_RUIMTE } from './linksRuimte';
import { LINKS_VEILIGHEID_FINANCIEN } from './linksVeiligheidFinancien';
import { catalogueLinks } from './catalogueLinks';
import { VOORBEELD_DRAFTS } from './drafts';
import { goalInputs, linkInputs } from './rows';

export const VOORBEELD_PROJECT_ID = 'project_gemeente_voorbeeld';

/** The example was "made" at the start of the new college's term; fixed, so every copy is the same. */
const T = '2026-05-04T09:00:00.000Z';

/**
 * "Gemeente Voorbeeld": a fictional mid-size Dutch municipality (about 61,000 inhabitants) after the 2026 elections,
 * with a three-party coalition, a burgemeester and five wethouders, 26 catalogue subjects, about a hundred goals
 * across the social, physical and financial domains, their links with a rationale each, and three drafts to compare
 * (classic, integral, mixed with a coördinerend wethouder and a deliberate split). Built through the schema, so it is
 * a fresh, valid project on every call.
 */
export function voorbeeldProject(): Project {
  const catalogueIds = VOORBEELD_SUBJECTS.map((s) => s.catalogueId!);
  const input: ProjectInput = {
    id: VOORBEELD_PROJECT_ID,
    name: 'Gemeente Voorbeeld: collegeprogramma 2026–2030',
    municipality: 'Gemeente Voorbeeld',
    taakveldList: '2025',
    createdAt: T,
    updatedAt: T,
    domains: VOORBEELD_DOMAINS.map((d) => ({ ...d })),
    subjects: VOORBEELD_SUBJECTS.map((s) => ({ ...s })),
    goals: goalInputs([...GOALS_SOCIAAL, ...GOALS_FYSIEK, ...GOALS_MIDDELEN], subjectDomain),
    links: [
      ...linkInputs('bz', LINKS_BESTAANSZEKERHEID),
      ...linkInputs('zorg', LINKS_ZORG),
      ...linkInputs('wz', LINKS_WONEN_ZORG),
      ...linkInputs('ruimte', LINKS_RUIMTE),
      ...linkInputs('vf', LINKS_VEILIGHEID_FINANCIEN),
      ...catalogueLinks(catalogueIds),
    ],
    portfolios: VOORBEELD_PORTFOLIOS.map((p) => ({ ...p })),
    parties: VOORBEELD_PARTIES.map((p) => ({ ...p })),
    divisions: structuredClone(VOORBEELD_DRAFTS),
  };
  return ProjectSchema.parse(input);
}

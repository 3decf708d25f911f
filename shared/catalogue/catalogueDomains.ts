import type { ClassicDomain } from '../model/domain';

export const CATALOGUE_DOMAIN_IDS = ['sociaal', 'fysiek', 'economie', 'veiligheid', 'bestuur', 'financieel'] as const;
export type CatalogueDomainId = (typeof CATALOGUE_DOMAIN_IDS)[number];

export interface CatalogueDomain {
  id: CatalogueDomainId;
  name: { nl: string; en: string };
  /** Okabe–Ito hues (colour-blind safe); the app always shows the name or a shape beside the colour. */
  colour: string;
  /** Where the classic fysiek / sociaal / financieel split puts this domain (the baseline the report compares with). */
  classic: ClassicDomain;
}

/**
 * The catalogue's domains. Most map onto the classic split directly; three need a choice:
 * - economie → fysiek: programme budgets and portfolios usually put economy with space (bedrijventerreinen, grond,
 *   bereikbaarheid), and its Iv3 taakvelden 3.x sit next to the physical ones; the social side of work and income has
 *   its own subject in the social domain.
 * - veiligheid → fysiek: Iv3 hoofdtaakveld 1 is fire service, crisis management and order in public space, and
 *   enforcement is the last link of the physical permit chain (VTH); care-and-safety cases are caught by links to the
 *   social subjects, not by the domain.
 * - bestuur → financieel: the classic third portfolio is "middelen" (finance, operations, governance), usually held
 *   by the same wethouder or the burgemeester; it is neither social nor physical policy.
 */
export const CATALOGUE_DOMAINS: readonly CatalogueDomain[] = [
  { id: 'sociaal', name: { nl: 'Sociaal domein', en: 'Social domain' }, colour: '#0072b2', classic: 'sociaal' },
  { id: 'fysiek', name: { nl: 'Fysiek domein', en: 'Physical domain' }, colour: '#009e73', classic: 'fysiek' },
  { id: 'economie', name: { nl: 'Economie', en: 'Economy' }, colour: '#e69f00', classic: 'fysiek' },
  { id: 'veiligheid', name: { nl: 'Veiligheid', en: 'Safety' }, colour: '#d55e00', classic: 'fysiek' },
  { id: 'bestuur', name: { nl: 'Bestuur', en: 'Governance' }, colour: '#cc79a7', classic: 'financieel' },
  {
    id: 'financieel',
    name: { nl: 'Financiën en bedrijfsvoering', en: 'Finance and operations' },
    colour: '#8c564b',
    classic: 'financieel',
  },
];

export function catalogueDomain(id: CatalogueDomainId): CatalogueDomain {
  const domain = CATALOGUE_DOMAINS.find((d) => d.id === id);
  if (!domain) throw new Error(`unknown catalogue domain ${id}`);
  return domain;
}

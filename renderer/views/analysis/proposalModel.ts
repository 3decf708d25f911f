import type { ArrangementInput } from '../../../shared/model';
import type { ArrangementProposal } from '../../../shared/coalition/suggestArrangements';

/** Names listed in a sentence before "and n more": a proposal's scope can hold dozens of goals. */
export const SCOPE_SHOWN = 3;

/** What a proposed arrangement names, ready for a sentence: the lead, the others and the scope (subjects, then goals). */
export interface ProposalWords {
  lead: string;
  holders: string[];
  scope: string[];
  /** Scope items left out of `scope`. */
  more: number;
  /** Whether the scope starts with subjects (short names, all shown) or holds goals only (long titles). */
  scopeKind: 'subjects' | 'goals';
}

export function proposalWords(
  p: Pick<ArrangementProposal, 'leadId' | 'holderIds' | 'subjectIds' | 'goalIds'>,
  names: { portfolio(id: string): string; subject(id: string): string; goal(id: string): string },
): ProposalWords {
  const bySubject = p.subjectIds.length > 0;
  // Subjects first, then the goals held apart from them: the sentence names everything the arrangement will cover.
  const all = [...p.subjectIds.map(names.subject), ...p.goalIds.map(names.goal)];
  return {
    lead: names.portfolio(p.leadId),
    holders: p.holderIds.filter((h) => h !== p.leadId).map(names.portfolio),
    scope: all.slice(0, SCOPE_SHOWN),
    more: Math.max(0, all.length - SCOPE_SHOWN),
    scopeKind: bySubject ? 'subjects' : 'goals',
  };
}

/** The longest name an arrangement may carry (ArrangementSchema). */
const NAME_MAX = 160;

/**
 * A short name for the arrangement a proposal adds, after what it coordinates: its subjects ("Coördinatie Wonen,
 * Zorg"), or its first goal and how many more ("Coördinatie Minder armoede en 4 andere"): goal titles are long.
 * Cut at the allowed length.
 */
export function arrangementName(
  words: Pick<ProposalWords, 'scope' | 'more' | 'scopeKind'>,
  prefix: string,
  more: (count: number) => string,
): string {
  const rest = words.scopeKind === 'subjects' ? words.more : words.scope.length - 1 + words.more;
  const shown = words.scopeKind === 'subjects' ? words.scope.join(', ') : (words.scope[0] ?? '');
  const name = `${prefix} ${shown}${rest > 0 ? ` ${more(rest)}` : ''}`.trim();
  return name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1).trimEnd()}…` : name;
}

/** The arrangement a proposal adds: kind coördinerend, with its lead, holders and scope as proposed. */
export function proposalArrangement(p: ArrangementProposal, name: string): Omit<ArrangementInput, 'id'> {
  return {
    name,
    kind: 'coordinating',
    leadId: p.leadId,
    holderIds: p.holderIds.filter((h) => h !== p.leadId),
    subjectIds: [...p.subjectIds],
    goalIds: [...p.goalIds],
  };
}

import { partyKey, partyOf, type Party, type PartyInput, type Problem, type Project } from '../../../shared/model';

/** One row of *Partijen en zetels*: a coalition party, its share of the coalition's seats and its holders. */
export interface PartyRow {
  party: Party;
  /** Its seats over the coalition's seats; null while no party has seats. */
  seatShare: number | null;
  /** The project's holders whose party field names this party (in any case), in the project's order. */
  holderIds: string[];
}

export function partyRows(project: Pick<Project, 'parties' | 'portfolios'>): PartyRow[] {
  const total = project.parties.reduce((n, p) => n + p.seats, 0);
  return project.parties.map((party) => ({
    party,
    seatShare: total > 0 ? party.seats / total : null,
    holderIds: project.portfolios.filter((h) => partyOf([party], h.party) !== undefined).map((h) => h.id),
  }));
}

/** A party field of some holders that names no listed party: those holders count outside the party balance. */
export interface UnlistedParty {
  /** As the first of its holders writes it. */
  name: string;
  holderIds: string[];
}

/** Party fields naming no coalition party, grouped regardless of case; holders without a party are not listed. */
export function unlistedParties(project: Pick<Project, 'parties' | 'portfolios'>): UnlistedParty[] {
  const byKey = new Map<string, UnlistedParty>();
  for (const h of project.portfolios) {
    const key = partyKey(h.party);
    if (key === '' || partyOf(project.parties, h.party)) continue;
    const entry = byKey.get(key);
    if (entry) entry.holderIds.push(h.id);
    else byKey.set(key, { name: h.party.trim(), holderIds: [h.id] });
  }
  return [...byKey.values()];
}

/** The party form's fields as typed. */
export interface PartyDraft {
  name: string;
  seats: string;
}

export function partyDraftOf(party: Party | undefined, name = ''): PartyDraft {
  return { name: party?.name ?? name, seats: party ? String(party.seats) : '' };
}

/**
 * What the form hands to addParty / updateParty, or the problem that stops it: seats are a whole number as typed
 * ("9"); the range (0 to 200) is the operation's to check.
 */
export function partyInputOf(
  d: PartyDraft,
): { ok: true; input: Omit<PartyInput, 'id'> } | { ok: false; problem: Problem } {
  const text = d.seats.trim();
  const seats = Number(text);
  if (text === '' || !Number.isInteger(seats))
    return {
      ok: false,
      problem: { code: 'seatsNotAWholeNumber', params: { value: d.seats }, path: ['party', 'seats'] },
    };
  return { ok: true, input: { name: d.name, seats } };
}

import type { Domain, PartyInput, PortfolioInput } from '../../model';
import { CATALOGUE_DOMAINS } from '../../catalogue/catalogueDomains';

/**
 * Gemeente Voorbeeld after the council elections of March 2026: about 61,000 inhabitants, so a council of 33 seats
 * (Gemeentewet art. 8: 60,001–70,000 inhabitants). A coalition of three parties with 18 of the 33 seats, a
 * burgemeester and five wethouders with 4.6 FTE together; one wethouder works part-time (0.6 FTE).
 */

/** The catalogue's six domains, so subjects taken from the catalogue land where the app would put them. */
export const VOORBEELD_DOMAINS: Domain[] = CATALOGUE_DOMAINS.map((d) => ({
  id: d.id,
  name: d.name.nl,
  colour: d.colour,
  classic: d.classic,
}));

export const PARTY_LOKAAL = 'Voorbeeld Lokaal';
export const PARTY_GLPVDA = 'GroenLinks-PvdA';
export const PARTY_CDA = 'CDA';

export const VOORBEELD_PARTIES: PartyInput[] = [
  { id: 'party_lokaal', name: PARTY_LOKAAL, seats: 8 },
  { id: 'party_glpvda', name: PARTY_GLPVDA, seats: 6 },
  { id: 'party_cda', name: PARTY_CDA, seats: 4 },
];

/** Council seats in all; the coalition's 18 are a majority of them. */
export const COUNCIL_SEATS = 33;

export const BURGEMEESTER = 'pf_burgemeester';
/** Lokaal, 1.0 FTE: finance in the classic draft. */
export const MULDER = 'pf_mulder';
/** Lokaal, 1.0 FTE: housing and space in the classic draft. */
export const YILMAZ = 'pf_yilmaz';
/** GroenLinks-PvdA, 1.0 FTE: care, youth and health in the classic draft. */
export const DE_BOER = 'pf_deboer';
/** GroenLinks-PvdA, 0.6 FTE: energy, green and climate in the classic draft. */
export const HENDRIKS = 'pf_hendriks';
/** CDA, 1.0 FTE: work, income and education in the classic draft. */
export const SMIT = 'pf_smit';

export const VOORBEELD_PORTFOLIOS: PortfolioInput[] = [
  {
    id: BURGEMEESTER,
    holder: 'Burgemeester C. van der Linden',
    role: 'burgemeester',
    party: '',
    fte: 1,
    colour: '#4d4d4d',
  },
  { id: MULDER, holder: 'Wethouder R. Mulder', role: 'wethouder', party: PARTY_LOKAAL, fte: 1, colour: '#0072b2' },
  { id: YILMAZ, holder: 'Wethouder F. Yilmaz', role: 'wethouder', party: PARTY_LOKAAL, fte: 1, colour: '#d55e00' },
  { id: DE_BOER, holder: 'Wethouder S. de Boer', role: 'wethouder', party: PARTY_GLPVDA, fte: 1, colour: '#009e73' },
  {
    id: HENDRIKS,
    holder: 'Wethouder L. Hendriks',
    role: 'wethouder',
    party: PARTY_GLPVDA,
    fte: 0.6,
    colour: '#cc79a7',
  },
  { id: SMIT, holder: 'Wethouder M. Smit', role: 'wethouder', party: PARTY_CDA, fte: 1, colour: '#e69f00' },
];

/** Every draft has the whole college, the burgemeester first as colleges publish it. */
export const COLLEGE: string[] = VOORBEELD_PORTFOLIOS.map((p) => p.id);

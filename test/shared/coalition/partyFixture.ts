import type { Portfolio, Project } from '../../../shared/model';
import { projectFixture } from '../model/projectFixture';

/**
 * The worked example of party balance, by hand. Parties GL 9, VVD 6, CDA 4 seats (19). Holders of draft D:
 * W1 (GL, FTE 1), W2 (VVD, FTE 1), W3 (VVD, FTE 0.9), W4 (CDA, FTE 0.8) and the burgemeester BM (no party, FTE 1).
 *
 * Subjects and their goals (budget in euros; g6 has none):
 * - S1 → W1: g1 100, g2 50
 * - S2 → W2: g3 200
 * - S3 shared [W3, W1] (W3 leads): g4 30 → W3; g5 20 is an exception given to W4
 * - S4 → W4: g6 (no budget)
 * - S5 → BM: g7 40
 * - S6 nobody: g10 500 (unassigned, counts for no one)
 * - S7 → W2, a subject without goals (a node of its own: counts as a subject, never as a goal)
 * Loose goals: g8 10 → W1; g9 1000 unassigned.
 *
 * Per holder (holders, FTE, subjects, goals, budget):
 *   W1 1, 1, 1 (S1), 3 (g1 g2 g8), 160       W2 1, 1, 2 (S2 S7), 1 (g3), 200
 *   W3 1, 0.9, 1 (S3), 1 (g4), 30            W4 1, 0.8, 1 (S4), 2 (g5 g6), 20
 *   BM 1, 1, 1 (S5), 1 (g7), 40 → outside
 * The shared subject S3 counts only for its lead W3 (not W1); the exception g5 for W4, its own holder.
 */
export function partyDraft(): Project {
  const p = projectFixture();
  const pf = (id: string, party: string, fte: number, role: Portfolio['role'] = 'wethouder'): Portfolio => ({
    id,
    holder: role === 'burgemeester' ? 'Burgemeester Vijf' : `Wethouder ${id}`,
    role,
    party,
    fte,
    colour: '#0072b2',
  });
  const subject = (id: string) => ({
    id,
    name: `Onderwerp ${id}`,
    domainId: 'sociaal',
    taakvelden: [],
    description: '',
  });
  const goal = (id: string, subjectId: string | undefined, budget: number | undefined) => ({
    ...p.goals[0]!,
    id,
    title: `Doel ${id}`,
    ...(subjectId ? { subjectId } : {}),
    ...(budget !== undefined ? { budget } : {}),
  });
  return {
    ...p,
    parties: [
      { id: 'pa_gl', name: 'GL', seats: 9 },
      { id: 'pa_vvd', name: 'VVD', seats: 6 },
      { id: 'pa_cda', name: 'CDA', seats: 4 },
    ],
    portfolios: [
      pf('W1', 'GL', 1),
      pf('W2', 'VVD', 1),
      pf('W3', 'VVD', 0.9),
      pf('W4', 'CDA', 0.8),
      pf('BM', '', 1, 'burgemeester'),
    ],
    subjects: ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'].map(subject),
    goals: [
      goal('g1', 'S1', 100),
      goal('g2', 'S1', 50),
      goal('g3', 'S2', 200),
      goal('g4', 'S3', 30),
      goal('g5', 'S3', 20),
      goal('g6', 'S4', undefined),
      goal('g7', 'S5', 40),
      goal('g8', undefined, 10),
      goal('g9', undefined, 1000),
      goal('g10', 'S6', 500),
    ],
    links: [
      { id: 'l13', source: 'g1', target: 'g3', kind: 'reinforces', strength: 2, rationale: '' },
      { id: 'l7s', source: 'S7', target: 'g3', kind: 'reinforces', strength: 1, rationale: '' },
    ],
    divisions: [
      {
        id: 'D',
        name: 'Akkoord',
        portfolioIds: ['W1', 'W2', 'W3', 'W4', 'BM'],
        assignments: { g5: 'W4', g8: 'W1' },
        subjects: { S1: ['W1'], S2: ['W2'], S3: ['W3', 'W1'], S4: ['W4'], S5: ['BM'], S7: ['W2'] },
        locked: [],
        arrangements: [],
        deliberate: [],
        keep: [],
        notes: '',
      },
    ],
  };
}

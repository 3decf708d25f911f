import type { Project } from '../../../shared/model';
import type { Arrangement, DeliberateSplit } from '../../../shared/model/coalition';
import { projectFixture } from '../model/projectFixture';

const link = (source: string, target: string, strength: number) => ({
  id: `${source}_${target}`,
  source,
  target,
  kind: 'reinforces' as const,
  strength,
  rationale: '',
});

export const arrangement = (
  id: string,
  leadId: string,
  holderIds: string[],
  scope: { subjectIds?: string[]; goalIds?: string[] },
): Arrangement => ({
  id,
  name: `Regeling ${id}`,
  kind: 'coordinating',
  leadId,
  holderIds,
  subjectIds: scope.subjectIds ?? [],
  goalIds: scope.goalIds ?? [],
  note: '',
});

export const deliberate = (id: string, a: string, b: string, reason = `Bewust ${id}`): DeliberateSplit => ({
  id,
  a,
  b,
  reason,
});

/**
 * By hand: subjects W (w1, w2) and Z (z1, z2), loose goal x; holders P1, P2, P3. The draft gives W to P1, Z to P2,
 * z2 to P3 (an exception) and x to P3. Links: w1–w2 2 (kept), w1–z1 3, w2–z1 1 (split P1–P2), z1–z2 2 (split
 * P2–P3), w2–x 1, w1–x 2 (split P1–P3), z2–x 4 (kept). Split weight 9 over 5 links.
 * Arrangement A1 (P1 leads, P2 takes part, subject Z) covers w1–z1 and w2–z1 (4) but not z1–z2: P3 is not in it.
 * Arrangement A2 (P3 leads, P1 takes part, goal w2) covers w2–x (1) and not w1–x (neither end in scope).
 * Covered 5 (3 links), uncovered 4 (z1–z2, w1–x).
 */
export function coverageDraft(extra: { deliberate?: DeliberateSplit[]; assignments?: Record<string, string> } = {}) {
  const p = projectFixture();
  const goal = (id: string, subjectId?: string) => ({
    ...p.goals[0]!,
    id,
    title: `Doel ${id}`,
    ...(subjectId ? { subjectId } : {}),
  });
  const subject = (id: string, name: string) => ({ id, name, domainId: 'sociaal', taakvelden: [], description: '' });
  const project: Project = {
    ...p,
    subjects: [subject('W', 'Werk en inkomen'), subject('Z', 'Zorg')],
    goals: [goal('w1', 'W'), goal('w2', 'W'), goal('z1', 'Z'), goal('z2', 'Z'), goal('x')],
    links: [
      link('w1', 'w2', 2),
      link('w1', 'z1', 3),
      link('w2', 'z1', 1),
      link('z1', 'z2', 2),
      link('w2', 'x', 1),
      link('w1', 'x', 2),
      link('z2', 'x', 4),
    ],
    portfolios: [...p.portfolios, { ...p.portfolios[0]!, id: 'P3', holder: 'Wethouder Drie' }],
    divisions: [
      {
        id: 'D',
        name: 'Akkoord',
        portfolioIds: ['P1', 'P2', 'P3'],
        assignments: { z2: 'P3', x: 'P3', ...extra.assignments },
        subjects: { W: ['P1'], Z: ['P2'] },
        locked: [],
        arrangements: [
          arrangement('A1', 'P1', ['P2'], { subjectIds: ['Z'] }),
          arrangement('A2', 'P3', ['P1'], { goalIds: ['w2'] }),
        ],
        deliberate: extra.deliberate ?? [],
        keep: [],
        notes: '',
      },
    ],
  };
  return project;
}

import fc from 'fast-check';
import type { Project } from '../../../shared/model';
import { projectFixture } from '../model/projectFixture';

const goal = (p: Project, id: string, subjectId?: string, budget?: number) => ({
  ...p.goals[0]!,
  id,
  title: `Doel ${id}`,
  ...(subjectId ? { subjectId } : {}),
  ...(budget !== undefined ? { budget } : {}),
});

const link = (source: string, target: string, strength: number) => ({
  id: `${source}_${target}`,
  source,
  target,
  kind: 'reinforces' as const,
  strength,
  rationale: '',
});

const subject = (id: string, name: string) => ({ id, name, domainId: 'sociaal', taakvelden: [], description: '' });

/**
 * By hand: subjects W (w1, w2, w3), Z (z1, z2) and H (no goals, a node of its own); x without a subject. The draft
 * gives W to P1, Z to P2 and P3 together (P2 leads), H to P3; w3 goes to P2 as an exception, x to P1.
 * Links: w1–w2 2, w1–z1 3, w2–z2 1, w3–z1 2, z1–H 2, x–w1 1, z1–z2 1.
 * Subject level: W {w1, w2} at P1, w3 at P2, Z {z1, z2} at P2, x at P1, H at P3; ties W–Z 4, w3–Z 2, Z–H 2, x–W 1;
 * the draft splits W–Z and Z–H: 6.
 */
export function subjectDraft(): Project {
  const p = projectFixture();
  return {
    ...p,
    subjects: [subject('W', 'Werk en inkomen'), subject('Z', 'Zorg'), subject('H', 'Wonen')],
    goals: [
      goal(p, 'w1', 'W', 10),
      goal(p, 'w2', 'W', 20),
      goal(p, 'w3', 'W', 5),
      goal(p, 'z1', 'Z', 40),
      goal(p, 'z2', 'Z'),
      goal(p, 'x', undefined, 1),
    ],
    links: [
      link('w1', 'w2', 2),
      link('w1', 'z1', 3),
      link('w2', 'z2', 1),
      link('w3', 'z1', 2),
      link('z1', 'H', 2),
      link('x', 'w1', 1),
      link('z1', 'z2', 1),
    ],
    portfolios: [...p.portfolios, { ...p.portfolios[0]!, id: 'P3', holder: 'Wethouder Drie' }],
    divisions: [
      {
        id: 'D',
        name: 'Gepubliceerd',
        portfolioIds: ['P1', 'P2', 'P3'],
        assignments: { w3: 'P2', x: 'P1' },
        subjects: { W: ['P1'], Z: ['P2', 'P3'], H: ['P3'] },
        locked: [],
        arrangements: [],
        deliberate: [],
        keep: [],
        notes: '',
      },
    ],
  };
}

/**
 * Small random projects with subjects and a draft 'D' over k holders: goals under a subject or loose, subjects
 * without goals, links between goals and subjects, subjects held by one holder, shared by two or by none, own
 * assignments (exceptions, or equal to the lead), some locked goals and subjects.
 */
export const randomSubjectDraft = (maxGoals = 8, maxSubjects = 4, maxK = 3): fc.Arbitrary<Project> =>
  fc
    .record({
      n: fc.integer({ min: 1, max: maxGoals }),
      s: fc.integer({ min: 0, max: maxSubjects }),
      k: fc.integer({ min: 2, max: maxK }),
    })
    .chain(({ n, s, k }) =>
      fc.record({
        n: fc.constant(n),
        s: fc.constant(s),
        k: fc.constant(k),
        subjectOf: fc.array(fc.integer({ min: -1, max: s - 1 }), { minLength: n, maxLength: n }),
        own: fc.array(fc.integer({ min: -1, max: k - 1 }), { minLength: n, maxLength: n }),
        holders: fc.array(fc.array(fc.nat(k - 1), { maxLength: 2 }), { minLength: s, maxLength: s }),
        budgets: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n }),
        links: fc.array(fc.tuple(fc.nat(n + s - 1), fc.nat(n + s - 1), fc.integer({ min: 1, max: 3 })), {
          maxLength: 2 * (n + s),
        }),
        locked: fc.array(fc.nat(n + s - 1), { maxLength: 2 }),
      }),
    )
    .map(({ n, s, k, subjectOf, own, holders, budgets, links, locked }) => {
      const p = projectFixture();
      const goalIds = Array.from({ length: n }, (_, i) => `g${i}`);
      const subjectIds = Array.from({ length: s }, (_, i) => `s${i}`);
      const pids = Array.from({ length: k }, (_, i) => `P${i}`);
      const ids = [...goalIds, ...subjectIds];
      const subjects: Record<string, string[]> = {};
      holders.forEach((h, j) => {
        const list = [...new Set(h)].map((x) => pids[x]!);
        if (list.length) subjects[subjectIds[j]!] = list;
      });
      const assignments: Record<string, string> = {};
      own.forEach((o, i) => {
        if (o >= 0) assignments[goalIds[i]!] = pids[o]!;
      });
      const project: Project = {
        ...p,
        subjects: subjectIds.map((id) => subject(id, `Onderwerp ${id}`)),
        goals: goalIds.map((id, i) =>
          goal(p, id, subjectOf[i]! >= 0 ? subjectIds[subjectOf[i]!] : undefined, budgets[i]),
        ),
        links: links.filter(([a, b]) => a !== b).map(([a, b, w], i) => ({ ...link(ids[a]!, ids[b]!, w), id: `l${i}` })),
        portfolios: pids.map((id) => ({ ...p.portfolios[0]!, id, holder: `Wethouder ${id}` })),
        divisions: [
          {
            id: 'D',
            name: 'D',
            portfolioIds: pids,
            assignments,
            subjects,
            locked: [],
            notes: '',
            arrangements: [],
            deliberate: [],
            keep: [],
          },
        ],
      };
      // Only what has a holder can be locked (setLocked's rule).
      const d = project.divisions[0]!;
      const held = (id: string) => {
        const sid = subjectIds.includes(id) ? id : project.goals.find((g) => g.id === id)?.subjectId;
        return Object.hasOwn(assignments, id) || (sid !== undefined && Object.hasOwn(subjects, sid));
      };
      d.locked = [...new Set(locked.map((i) => ids[i]!))].filter(held);
      return project;
    });

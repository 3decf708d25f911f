import { emptyProject, type Project } from '../../../shared/model';

// Issue 17: ids that are names on Object.prototype passed validation, but `assignments[id]` found the prototype's
// function, so such a goal never showed as unassigned. They are ordinary ids now; only `__proto__` is refused.
export const PROTOTYPE_IDS = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'] as const;

/** Goals named after Object.prototype's members; only `toString` is assigned, to holder P. */
export function prototypeProject(): Project {
  const p = emptyProject({ id: 'project_proto', name: 'Proto', now: '2026-01-05T09:00:00.000Z' });
  return {
    ...p,
    goals: PROTOTYPE_IDS.map((id) => ({
      id,
      title: `Doel ${id}`,
      description: '',
      domainId: 'sociaal',
      themes: [],
      taakvelden: [],
      laws: [],
      source: '',
    })),
    links: [
      { id: 'valueOf', source: 'constructor', target: 'toString', kind: 'reinforces', strength: 2, rationale: '' },
    ],
    portfolios: [{ id: 'P', holder: 'Wethouder P', party: '', colour: '#1f5fa8', role: 'wethouder', fte: 1 }],
    divisions: [
      {
        id: 'D',
        name: 'Concept',
        portfolioIds: ['P'],
        assignments: { toString: 'P' },
        subjects: {},
        locked: ['toString'],
        arrangements: [],
        deliberate: [],
        keep: [],
        notes: '',
      },
    ],
  };
}

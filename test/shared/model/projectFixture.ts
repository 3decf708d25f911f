import { expect } from 'vitest';
import { emptyProject, type OpResult, type Project } from '../../../shared/model';

export const NOW = '2026-01-05T09:00:00.000Z';

/**
 * A small valid project built by hand (not through the operations under test): goals a, b, c in the default
 * domains, links a–b and b→c, portfolios P1 and P2, and division D holding a and b with a locked.
 */
export function projectFixture(): Project {
  const p = emptyProject({ id: 'project_t', name: 'Test', now: NOW });
  const goal = (id: string, domainId: string, taakvelden: string[] = []) => ({
    id,
    title: `Doel ${id}`,
    description: '',
    domainId,
    themes: [],
    taakvelden,
    laws: [],
    source: '',
  });
  return {
    ...p,
    goals: [goal('a', 'sociaal', ['6.21']), goal('b', 'fysiek', ['8.3']), goal('c', 'financieel')],
    links: [
      { id: 'ab', source: 'a', target: 'b', kind: 'reinforces', strength: 2, rationale: '' },
      { id: 'bc', source: 'b', target: 'c', kind: 'prerequisite', strength: 1, rationale: '' },
    ],
    portfolios: [
      { id: 'P1', holder: 'Wethouder Een', role: 'wethouder', party: '', fte: 1, colour: '#0072b2' },
      { id: 'P2', holder: 'Wethouder Twee', role: 'wethouder', party: '', fte: 0.8, colour: '#d55e00' },
    ],
    divisions: [
      {
        id: 'D',
        name: 'Draft',
        portfolioIds: ['P1', 'P2'],
        assignments: { a: 'P1', b: 'P2' },
        subjects: {},
        locked: ['a'],
        arrangements: [],
        deliberate: [],
        keep: [],
        notes: '',
      },
    ],
  };
}

/** Unwraps a successful operation; a failure fails the test with its problems in the message. */
export function expectOk(r: OpResult): Project {
  if (!r.ok) expect.fail(`expected ok, got ${JSON.stringify(r.problems)}`);
  return r.project;
}

/** The problem codes of a failed operation; a success fails the test. */
export function failCodes(r: OpResult): string[] {
  if (r.ok) expect.fail('expected the operation to fail');
  return r.problems.map((x) => x.code);
}

/** Runs an operation and checks it left its input untouched (operations are pure). */
export function pure<A extends unknown[]>(op: (p: Project, ...args: A) => OpResult, p: Project, ...args: A): OpResult {
  const before = structuredClone(p);
  const r = op(p, ...args);
  expect(p).toStrictEqual(before);
  return r;
}

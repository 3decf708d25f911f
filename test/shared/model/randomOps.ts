import fc from 'fast-check';
import {
  LINK_KINDS,
  addDivision,
  addDomain,
  addGoal,
  addLink,
  addPortfolio,
  assignGoal,
  duplicateDivision,
  emptyProject,
  removeDivision,
  removeDomain,
  removeGoal,
  removeLink,
  removePortfolio,
  setAssignments,
  setDivisionPortfolios,
  setLocked,
  updateDivision,
  updateDomain,
  updateGoal,
  updateLink,
  updatePortfolio,
  updateProjectMeta,
  type OpResult,
  type Project,
} from '../../../shared/model';
import { NOW } from './projectFixture';

const OPS = {
  addGoal,
  updateGoal,
  removeGoal,
  addLink,
  updateLink,
  removeLink,
  addDomain,
  updateDomain,
  removeDomain,
  addPortfolio,
  updatePortfolio,
  removePortfolio,
  updateProjectMeta,
  addDivision,
  duplicateDivision,
  updateDivision,
  removeDivision,
  setDivisionPortfolios,
  assignGoal,
  setLocked,
  setAssignments,
};
type OpName = keyof typeof OPS;
type Rest<F> = F extends (p: Project, ...args: infer A) => OpResult ? A : never;

/** One operation call as data, so fast-check can print and shrink a failing sequence. */
export type OpCall = { [K in OpName]: { op: K; args: Rest<(typeof OPS)[K]> } }[OpName];

// Small id pools make later operations hit earlier entities; 'toString' checks that a goal id shaped like an
// Object.prototype member is treated as a plain key.
const goalId = fc.constantFrom('g0', 'g1', 'g2', 'g3', 'g4', 'toString');
const linkId = fc.constantFrom('l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6');

/** Mostly valid values with an occasional invalid one, so sequences grow and refusals are still exercised. */
function mostly<T>(valid: readonly T[], invalid: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...invalid) },
  );
}

const pfId = mostly(['p0', 'p1', 'p2'], ['p3']);
const divId = fc.oneof(
  { weight: 6, arbitrary: fc.constant('d0') },
  { weight: 3, arbitrary: fc.constantFrom('d1', 'd2') },
);
const domainId = mostly(['fysiek', 'sociaal', 'financieel'], ['extra']);
// Codes in both lists, then one only in 2025, one only in 2017 and one in neither.
const codes = fc.array(mostly(['0.1', '8.3', '6.3'], ['6.21', '6.2', '9.9']), { maxLength: 2 });
const title = mostly(['Doel', 'Ander doel'], ['']);
const linkKind = fc.constantFrom(...LINK_KINDS);
const strength = mostly([1, 2.5, 10], [0, 11]);
const assignments = fc.dictionary(goalId, pfId, { maxKeys: 5 });
const opt = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { requiredKeys: [] });

// A draft whose assignments stay inside its own portfolios, with a lock on one of them (or, rarely, on anything).
const divisionInput = fc.subarray(['p0', 'p1', 'p2', 'p3'], { minLength: 1 }).chain((portfolioIds) =>
  fc
    .record({
      id: divId,
      name: mostly(['D'], ['']),
      portfolioIds: fc.constant(portfolioIds),
      assignments: fc.dictionary(goalId, fc.constantFrom(...portfolioIds), { maxKeys: 5 }),
      extraLock: fc.option(goalId, { freq: 5 }),
    })
    .chain(({ extraLock, ...d }) => {
      const assigned = Object.keys(d.assignments);
      const lockable = extraLock === null ? assigned : [...assigned, extraLock];
      return fc.subarray(lockable, { maxLength: Math.min(2, lockable.length) }).map((locked) => ({ ...d, locked }));
    }),
);

const call = <K extends OpName>(op: K, args: fc.Arbitrary<Rest<(typeof OPS)[K]>>): fc.Arbitrary<OpCall> =>
  args.map((a) => ({ op, args: a }) as OpCall);

export const opCallArb: fc.Arbitrary<OpCall> = fc.oneof(
  { weight: 6, arbitrary: call('addGoal', fc.tuple(fc.record({ id: goalId, title, domainId, taakvelden: codes }))) },
  { weight: 2, arbitrary: call('updateGoal', fc.tuple(goalId, opt({ title, domainId, taakvelden: codes }))) },
  { weight: 1, arbitrary: call('removeGoal', fc.tuple(goalId)) },
  {
    weight: 8,
    arbitrary: call(
      'addLink',
      fc.tuple(fc.record({ id: linkId, source: goalId, target: goalId, kind: linkKind, strength })),
    ),
  },
  {
    weight: 2,
    arbitrary: call('updateLink', fc.tuple(linkId, opt({ source: goalId, target: goalId, kind: linkKind, strength }))),
  },
  { weight: 1, arbitrary: call('removeLink', fc.tuple(linkId)) },
  {
    weight: 1,
    arbitrary: call(
      'addDomain',
      fc.tuple(
        fc.record({
          id: domainId,
          name: fc.constant('Extra'),
          colour: fc.constant('#123456'),
          classic: fc.constant('fysiek' as const),
        }),
      ),
    ),
  },
  { weight: 1, arbitrary: call('updateDomain', fc.tuple(domainId, opt({ name: fc.constantFrom('Nieuw', '') }))) },
  { weight: 1, arbitrary: call('removeDomain', fc.tuple(domainId)) },
  {
    weight: 3,
    arbitrary: call(
      'addPortfolio',
      fc.tuple(fc.record({ id: pfId, holder: mostly(['W'], ['']), fte: mostly([0.5, 1], [2]) })),
    ),
  },
  {
    weight: 1,
    arbitrary: call(
      'updatePortfolio',
      fc.tuple(pfId, opt({ holder: fc.constantFrom('V', ''), fte: fc.constantFrom(0.8, 0) })),
    ),
  },
  { weight: 1, arbitrary: call('removePortfolio', fc.tuple(pfId)) },
  {
    weight: 1,
    arbitrary: call(
      'updateProjectMeta',
      fc.tuple(opt({ name: mostly(['P'], ['']), taakveldList: fc.constantFrom('2017' as const, '2025' as const) })),
    ),
  },
  { weight: 2, arbitrary: call('addDivision', fc.tuple(divisionInput)) },
  { weight: 1, arbitrary: call('duplicateDivision', fc.tuple(divId, fc.constant('Kopie'), divId)) },
  {
    weight: 1,
    arbitrary: call(
      'updateDivision',
      fc.tuple(divId, opt({ name: fc.constantFrom('N', ''), notes: fc.constant('x') })),
    ),
  },
  { weight: 1, arbitrary: call('removeDivision', fc.tuple(divId)) },
  { weight: 1, arbitrary: call('setDivisionPortfolios', fc.tuple(divId, fc.array(pfId, { maxLength: 4 }))) },
  { weight: 8, arbitrary: call('assignGoal', fc.tuple(divId, goalId, fc.option(pfId, { nil: null }))) },
  { weight: 4, arbitrary: call('setLocked', fc.tuple(divId, goalId, fc.boolean())) },
  { weight: 2, arbitrary: call('setAssignments', fc.tuple(divId, assignments)) },
);

const setupGoal = (id: string): fc.Arbitrary<OpCall> =>
  call('addGoal', fc.tuple(fc.record({ id: fc.constant(id), title, domainId, taakvelden: codes })));

/**
 * A setup of goals, portfolios, one draft and a few assignments and locks (each may still be refused), then random
 * operations: from an empty project, independent random calls would rarely get past the first refusals.
 */
export const opSequenceArb = (maxLength = 80): fc.Arbitrary<OpCall[]> =>
  fc
    .tuple(
      fc.tuple(...['g0', 'g1', 'g2', 'g3', 'toString'].map(setupGoal)),
      fc.tuple(
        ...['p0', 'p1', 'p2'].map((id) =>
          call('addPortfolio', fc.tuple(fc.record({ id: fc.constant(id), holder: fc.constant('W') }))),
        ),
      ),
      call(
        'addDivision',
        fc.tuple(
          fc.record({ id: fc.constant('d0'), name: fc.constant('D'), portfolioIds: fc.constant(['p0', 'p1', 'p2']) }),
        ),
      ),
      fc.array(call('assignGoal', fc.tuple(fc.constant('d0'), goalId, fc.constantFrom('p0', 'p1', 'p2'))), {
        maxLength: 4,
      }),
      fc.array(call('setLocked', fc.tuple(fc.constant('d0'), goalId, fc.constant(true))), { maxLength: 2 }),
      fc.array(opCallArb, { maxLength, size: 'max' }),
    )
    .map(([goals, portfolios, division, assigns, locks, rest]) => [
      ...goals,
      ...portfolios,
      division,
      ...assigns,
      ...locks,
      ...rest,
    ]);

export function runOp(p: Project, c: OpCall): OpResult {
  const fn = OPS[c.op] as (p: Project, ...args: unknown[]) => OpResult;
  return fn(p, ...(c.args as unknown[]));
}

/** The id of the entity an operation names for an in-place edit: the one entity it may copy without changing. */
export function editedIdOf(c: OpCall): string | undefined {
  switch (c.op) {
    case 'updateGoal':
    case 'updateLink':
    case 'updateDomain':
    case 'updatePortfolio':
    case 'updateDivision':
    case 'setDivisionPortfolios':
    case 'assignGoal':
    case 'setLocked':
    case 'setAssignments':
      return c.args[0];
    default:
      return undefined;
  }
}

export const startProject = (): Project => emptyProject({ id: 'project_r', name: 'Random', now: NOW });

/** Applies the calls that succeed, skipping refused ones, and returns every project passed through. */
export function runSequence(start: Project, calls: readonly OpCall[]): Project[] {
  const states = [start];
  let p = start;
  for (const c of calls) {
    const r = runOp(p, c);
    if (r.ok) {
      p = r.project;
      states.push(p);
    }
  }
  return states;
}

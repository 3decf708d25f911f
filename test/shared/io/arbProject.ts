import fc from 'fast-check';
import {
  CLASSIC_DOMAINS,
  HOLDER_ROLES,
  LAWS,
  LINK_KINDS,
  MAP_COORD_LIMIT,
  OW_ASPECTS,
  OW_INSTRUMENTS,
  linkKey,
  taakveldenOf,
  type Division,
  type Domain,
  type Goal,
  type Link,
  type MapPosition,
  type Portfolio,
  type Project,
  type TaakveldList,
} from '../../../shared/model';

/** Characters that break naive CSV and JSON writers, plus Dutch letters and Windows-1252 typography. */
const TRICKY = [
  'a',
  'B',
  'z',
  ' ',
  'é',
  'ë',
  '€',
  '"',
  ';',
  ',',
  '\n',
  '\r\n',
  '=',
  '+',
  '-',
  '@',
  "'",
  '’',
  '“',
  '\t',
  '1',
  '.',
  '|',
  '\\',
  '—',
];

/** Text as the importer returns it: leading and trailing blanks are trimmed away on import (documented). */
export const arbText = (maxParts: number, exclude: readonly string[] = []) =>
  fc
    .array(fc.constantFrom(...TRICKY.filter((c) => !exclude.includes(c))), { maxLength: maxParts })
    .map((parts) => parts.join('').trim());

export const arbNonEmptyText = (maxParts: number, exclude: readonly string[] = []) =>
  arbText(maxParts, exclude).filter((s) => s.length > 0);

const arbColour = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const arbIso = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const arbIdTail = fc.stringMatching(/^[a-z0-9]{1,6}$/);

/** Ids and names drawn from a small pool so names collide with each other and with other domains' ids. */
const arbDomains: fc.Arbitrary<Domain[]> = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom('fysiek', 'sociaal', 'Fysiek', 'financieel', 'a', 'B', 'x_1'),
    name: fc.constantFrom('Fysiek', 'fysiek', 'Sociaal', 'Financieel', 'A', 'b', 'Ruimte en wonen'),
    colour: arbColour,
    classic: fc.constantFrom(...CLASSIC_DOMAINS),
  }),
  { minLength: 1, maxLength: 4, selector: (d) => d.id },
);

function arbGoal(id: string, domains: Domain[], list: TaakveldList): fc.Arbitrary<Goal> {
  const codes = taakveldenOf(list).map((t) => t.code);
  return fc
    .record(
      {
        title: arbNonEmptyText(12),
        description: arbText(20),
        domainId: fc.constantFrom(...domains.map((d) => d.id)),
        // '|' cannot appear inside a theme in CSV: it is the list separator (README pitfall).
        themes: fc.array(arbNonEmptyText(6, ['|']), { maxLength: 3 }),
        taakvelden: fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 3 }),
        laws: fc.uniqueArray(fc.constantFrom(...LAWS), { maxLength: 3 }),
        omgevingswet: fc.option(
          fc.record({
            instrument: fc.option(fc.constantFrom(...OW_INSTRUMENTS), { nil: undefined }),
            aspects: fc.uniqueArray(fc.constantFrom(...OW_ASPECTS), { maxLength: 3 }),
          }),
          { nil: undefined },
        ),
        budget: fc.option(
          fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.double({ min: 0, max: 1e12, noNaN: true })),
          { nil: undefined },
        ),
        source: arbText(8),
      },
      { requiredKeys: ['title', 'description', 'domainId', 'themes', 'taakvelden', 'laws', 'source'] },
    )
    .map((g) => {
      const goal: Goal = { id, ...g } as Goal;
      if (goal.omgevingswet?.instrument === undefined && goal.omgevingswet) delete goal.omgevingswet.instrument;
      if (goal.omgevingswet === undefined) delete goal.omgevingswet;
      if (goal.budget === undefined) delete goal.budget;
      return goal;
    });
}

function arbLinks(goals: Goal[]): fc.Arbitrary<Link[]> {
  if (goals.length < 2) return fc.constant([]);
  const ids = goals.map((g) => g.id);
  return fc
    .array(
      fc.record({
        id: arbIdTail.map((s) => `link_${s}`),
        source: fc.constantFrom(...ids),
        target: fc.constantFrom(...ids),
        kind: fc.constantFrom(...LINK_KINDS),
        strength: fc.oneof(fc.constantFrom(1, 2, 3), fc.double({ min: 0.1, max: 10, noNaN: true })),
        rationale: arbText(10),
      }),
      { maxLength: 8 },
    )
    .map((links) => {
      const keys = new Set<string>();
      const linkIds = new Set<string>();
      return links.filter((l) => {
        if (l.source === l.target || keys.has(linkKey(l)) || linkIds.has(l.id)) return false;
        keys.add(linkKey(l));
        linkIds.add(l.id);
        return true;
      });
    });
}

function arbDivision(id: string, goals: Goal[], portfolios: Portfolio[]): fc.Arbitrary<Division> {
  return fc
    .record({
      name: arbNonEmptyText(6),
      notes: arbText(6),
      portfolioIds: fc.subarray(portfolios.map((p) => p.id)),
      picks: fc.array(fc.nat(), { minLength: goals.length, maxLength: goals.length }),
      lockEvery: fc.integer({ min: 2, max: 4 }),
    })
    .map(({ name, notes, portfolioIds, picks, lockEvery }) => {
      const assignments: Record<string, string> = {};
      if (portfolioIds.length)
        goals.forEach((g, i) => {
          if (picks[i]! % 3 !== 0) assignments[g.id] = portfolioIds[picks[i]! % portfolioIds.length]!;
        });
      const locked = Object.keys(assignments).filter((_, i) => i % lockEvery === 0);
      // Coalition entries on some drafts, so that file round trips carry them too.
      const coalition = portfolioIds.length >= 2 && goals.length >= 2 && lockEvery !== 3;
      const [g0, g1] = [goals[0]?.id ?? '', goals[goals.length - 1]?.id ?? ''];
      return {
        id,
        name,
        notes,
        portfolioIds,
        assignments,
        subjects: {},
        locked,
        arrangements: coalition
          ? [
              {
                id: 'arr_1',
                name,
                kind: 'programme' as const,
                leadId: portfolioIds[0]!,
                holderIds: [portfolioIds[1]!],
                subjectIds: [],
                goalIds: [g0],
                note: notes,
              },
            ]
          : [],
        deliberate: coalition && g0 !== g1 ? [{ id: 'split_1', a: g0, b: g1, reason: name }] : [],
        keep:
          coalition && g0 !== g1 ? [{ id: 'keep_1', kind: 'apart' as const, nodeIds: [g0, g1], reason: notes }] : [],
      };
    });
}

/** Pins for some goals; -0 becomes 0, since JSON writes both as 0. */
function arbMapPositions(goals: Goal[]): fc.Arbitrary<MapPosition[]> {
  const coord = fc.double({ min: -MAP_COORD_LIMIT, max: MAP_COORD_LIMIT, noNaN: true }).map((v) => (v === 0 ? 0 : v));
  return fc
    .subarray(goals.map((g) => g.id))
    .chain((ids) => fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), x: coord, y: coord }))));
}

/** Valid projects: zod-valid and free of checkProject problems. */
export const arbProject: fc.Arbitrary<Project> = fc
  .record({
    domains: arbDomains,
    taakveldList: fc.constantFrom<TaakveldList>('2017', '2025'),
    goalIds: fc.uniqueArray(
      arbIdTail.map((s) => `goal_${s}`),
      { maxLength: 7 },
    ),
    portfolioIds: fc.uniqueArray(
      arbIdTail.map((s) => `pf_${s}`),
      { maxLength: 3 },
    ),
    divisionIds: fc.uniqueArray(
      arbIdTail.map((s) => `div_${s}`),
      { maxLength: 2 },
    ),
  })
  .chain(({ domains, taakveldList, goalIds, portfolioIds, divisionIds }) =>
    fc
      .record({
        goals: fc.tuple(...goalIds.map((id) => arbGoal(id, domains, taakveldList))),
        portfolios: fc.tuple(
          ...portfolioIds.map((id) =>
            fc.record({
              id: fc.constant(id),
              holder: arbNonEmptyText(6),
              role: fc.constantFrom(...HOLDER_ROLES),
              party: arbText(4),
              fte: fc.double({ min: 0.1, max: 1.5, noNaN: true }),
              colour: arbColour,
            }),
          ),
        ),
        meta: fc.record({
          id: arbIdTail.map((s) => `project_${s}`),
          name: arbNonEmptyText(8),
          municipality: arbText(4),
          createdAt: arbIso,
          updatedAt: arbIso,
        }),
      })
      .chain(({ goals, portfolios, meta }) =>
        fc
          .record({
            links: arbLinks(goals),
            divisions: fc.tuple(...divisionIds.map((id) => arbDivision(id, goals, portfolios))),
            mapPositions: arbMapPositions(goals),
          })
          .map(({ links, divisions, mapPositions }): Project => ({
            ...meta,
            taakveldList,
            domains,
            subjects: [],
            goals,
            links,
            portfolios,
            parties: [{ id: 'party_1', name: 'Partij één', seats: 7 }],
            divisions,
            mapPositions,
          })),
      ),
  );

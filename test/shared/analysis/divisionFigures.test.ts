import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  divisionFigures,
  linkIdsInProjectOrder,
  pairGoals,
  strongestLinksFirst,
  type DivisionFigures,
  type LinkList,
} from '../../../shared/analysis/divisionFigures';
import { scoreParts } from '../../../shared/analysis/scoreParts';
import { KIND_INDEX, type CompactGraph } from '../../../shared/analysis/compactGraph';
import { CLASSIC_DOMAINS } from '../../../shared/model/domain';
import { randomCase } from './randomGraph';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The figures computed the plain way: one branchy walk over the links, Sets for distinct goals. */
function reference(g: CompactGraph, parts: Int32Array, keys: string[]) {
  const k = keys.length;
  const inPart = (v: number) => parts[v]! >= 0 && parts[v]! < k;
  const leaning = keys.map((_, p) => {
    const byClassic = CLASSIC_DOMAINS.map(() => 0);
    let goals = 0;
    for (let v = 0; v < g.n; v++) {
      if (parts[v] !== p) continue;
      goals++;
      byClassic[g.domainClassic[g.domain[v]!]!]!++;
    }
    const c = byClassic.findIndex((x) => 2 * x > goals);
    return c >= 0 ? CLASSIC_DOMAINS[c]! : null;
  });
  const kept: string[] = [];
  const split: string[] = [];
  const unassigned: string[] = [];
  const cross: string[] = [];
  const ow: string[] = [];
  const owSp: string[] = [];
  const pairs = new Map<
    string,
    { a: string; b: string; count: number; weight: number; linkIds: string[]; goalsA: Set<string>; goalsB: Set<string> }
  >();
  for (let e = 0; e < g.m; e++) {
    const x = g.src[e]!;
    const y = g.dst[e]!;
    const id = g.linkIds[e]!;
    if (!inPart(x) || !inPart(y)) unassigned.push(id);
    else if (parts[x] === parts[y]) kept.push(id);
    else {
      split.push(id);
      if (g.domain[x] !== g.domain[y]) cross.push(id);
      const lx = leaning[parts[x]!];
      const ly = leaning[parts[y]!];
      if (g.kind[e] === KIND_INDEX.omgevingswet) {
        ow.push(id);
        if ((lx === 'sociaal' && ly === 'fysiek') || (lx === 'fysiek' && ly === 'sociaal')) owSp.push(id);
      }
      const [ga, gb] = parts[x]! < parts[y]! ? [x, y] : [y, x];
      const key = `${parts[ga]}|${parts[gb]}`;
      let pair = pairs.get(key);
      if (!pair) {
        pair = {
          a: keys[parts[ga]!]!,
          b: keys[parts[gb]!]!,
          count: 0,
          weight: 0,
          linkIds: [],
          goalsA: new Set(),
          goalsB: new Set(),
        };
        pairs.set(key, pair);
      }
      pair.count++;
      pair.weight += g.weight[e]!;
      pair.linkIds.push(id);
      pair.goalsA.add(g.goalIds[ga]!);
      pair.goalsB.add(g.goalIds[gb]!);
    }
  }
  const coordination = [...pairs.values()]
    .sort((p, q) => keys.indexOf(p.a) - keys.indexOf(q.a) || keys.indexOf(p.b) - keys.indexOf(q.b))
    .map((p) => ({ ...p, goalsA: [...p.goalsA], goalsB: [...p.goalsB] }));
  const goalIds = keys.map((_, p) => g.goalIds.filter((_, v) => parts[v] === p));
  return { kept, split, unassigned, cross, ow, owSp, coordination, goalIds, leaning };
}

/** A list's ids in project (graph) order: the figures group links by pair and class, the reference by link. */
const idsOf = (f: DivisionFigures, list: LinkList) => linkIdsInProjectOrder(f, list);

function expectMatches(
  g: CompactGraph,
  parts: Int32Array,
  keys: string[],
  f: DivisionFigures,
  want: ReturnType<typeof reference>,
): void {
  expect(idsOf(f, f.kept.links)).toEqual(want.kept);
  expect(idsOf(f, f.cut.splitLinks)).toEqual(want.split);
  expect(idsOf(f, f.unassigned.links)).toEqual(want.unassigned);
  expect(idsOf(f, f.crossDomain.splitLinks)).toEqual(want.cross);
  expect(idsOf(f, f.omgevingswet.splitLinks)).toEqual(want.ow);
  expect(idsOf(f, f.owSocialPhysical.links)).toEqual(want.owSp);
  expect(f.kept.count).toBe(want.kept.length);
  expect(f.cut.cutCount).toBe(want.split.length);
  expect(f.crossDomain.cutCount).toBe(want.cross.length);
  expect(f.owSocialPhysical.count).toBe(want.owSp.length);
  expect(f.portfolios.map((p) => p.goalIds)).toEqual(want.goalIds);
  expect(f.portfolios.map((p) => p.leaning)).toEqual(want.leaning);
  // A portfolio's kept links are exactly the kept links with both ends in it.
  f.portfolios.forEach((p, i) =>
    expect(idsOf(f, p.keptLinks)).toEqual(want.kept.filter((id) => parts[g.src[g.linkIds.indexOf(id)]!] === i)),
  );
  expect(
    f.coordination.map((c) => ({
      a: c.a,
      b: c.b,
      count: c.count,
      linkIds: idsOf(f, c.links),
      ...pairGoalSets(g, parts, keys, c),
    })),
  ).toEqual(
    want.coordination.map((c) => ({
      a: c.a,
      b: c.b,
      count: c.count,
      linkIds: c.linkIds,
      goalsA: [...c.goalsA].sort(),
      goalsB: [...c.goalsB].sort(),
    })),
  );
  f.coordination.forEach((c, i) => expect(close(c.weight, want.coordination[i]!.weight)).toBe(true));
}

function pairGoalSets(g: CompactGraph, parts: Int32Array, keys: string[], c: DivisionFigures['coordination'][number]) {
  const { goalsA, goalsB } = pairGoals(g, parts, keys, c);
  expect(new Set(goalsA).size).toBe(goalsA.length);
  expect(new Set(goalsB).size).toBe(goalsB.length);
  return { goalsA: [...goalsA].sort(), goalsB: [...goalsB].sort() };
}

describe('divisionFigures', () => {
  it('equals a plain reference computation, list by list', () => {
    fc.assert(
      fc.property(randomCase(), ({ g, k, parts }) => {
        const keys = Array.from({ length: k }, (_, p) => `P${p}`);
        expectMatches(
          g,
          parts,
          keys,
          divisionFigures(g, parts, keys, scoreParts(g, parts, k)),
          reference(g, parts, keys),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same figures when called again on the same graph with another division', () => {
    fc.assert(
      fc.property(randomCase(), fc.integer({ min: 0, max: 1000 }), ({ g, k, parts }, seed) => {
        const keys = Array.from({ length: k }, (_, p) => `P${p}`);
        const first = divisionFigures(g, parts, keys, scoreParts(g, parts, k));
        const snapshot = JSON.stringify(first, (_key, v: unknown) => (v instanceof Int32Array ? [...v] : v));
        // Another division on the same graph shares the graph's cached link classes; earlier figures must not change.
        const other = parts.map((p, v) => ((p + v + seed) % (k + 1)) - 1);
        expectMatches(
          g,
          other,
          keys,
          divisionFigures(g, other, keys, scoreParts(g, other, k)),
          reference(g, other, keys),
        );
        expect(JSON.stringify(first, (_key, v: unknown) => (v instanceof Int32Array ? [...v] : v))).toBe(snapshot);
      }),
      { numRuns: 100 },
    );
  });

  it('lists links strongest first, ties in project order, leaving out ids the project no longer has', () => {
    const figures = { linkIds: ['a', 'b', 'c', 'd'] };
    const byId = new Map([
      ['a', { id: 'a', strength: 1 }],
      ['b', { id: 'b', strength: 3 }],
      ['d', { id: 'd', strength: 1 }],
    ]);
    expect(linkIdsInProjectOrder(figures, Int32Array.of(3, 0, 2))).toEqual(['a', 'c', 'd']);
    expect(strongestLinksFirst(figures, Int32Array.of(3, 2, 1, 0), byId).map((l) => l.id)).toEqual(['b', 'a', 'd']);
  });
});

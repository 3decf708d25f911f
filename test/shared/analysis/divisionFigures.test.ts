import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { divisionFigures, type DivisionFigures } from '../../../shared/analysis/divisionFigures';
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
  const pairs = new Map<string, { a: string; b: string; count: number; weight: number; linkIds: string[]; goalsA: Set<string>; goalsB: Set<string> }>();
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
        pair = { a: keys[parts[ga]!]!, b: keys[parts[gb]!]!, count: 0, weight: 0, linkIds: [], goalsA: new Set(), goalsB: new Set() };
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

function expectMatches(f: DivisionFigures, want: ReturnType<typeof reference>): void {
  expect(f.kept.linkIds).toEqual(want.kept);
  expect(f.cut.splitLinkIds).toEqual(want.split);
  expect(f.unassigned.linkIds).toEqual(want.unassigned);
  expect(f.crossDomain.splitLinkIds).toEqual(want.cross);
  expect(f.omgevingswet.splitLinkIds).toEqual(want.ow);
  expect(f.owSocialPhysical.linkIds).toEqual(want.owSp);
  expect(f.kept.count).toBe(want.kept.length);
  expect(f.cut.cutCount).toBe(want.split.length);
  expect(f.crossDomain.cutCount).toBe(want.cross.length);
  expect(f.owSocialPhysical.count).toBe(want.owSp.length);
  expect(f.portfolios.map((p) => p.goalIds)).toEqual(want.goalIds);
  expect(f.portfolios.map((p) => p.leaning)).toEqual(want.leaning);
  expect(f.coordination.map(({ weight: _w, ...rest }) => rest)).toEqual(want.coordination.map(({ weight: _w, ...rest }) => rest));
  f.coordination.forEach((c, i) => expect(close(c.weight, want.coordination[i]!.weight)).toBe(true));
}

describe('divisionFigures', () => {
  it('equals a plain reference computation, list by list and in link order', () => {
    fc.assert(
      fc.property(randomCase(), ({ g, k, parts }) => {
        const keys = Array.from({ length: k }, (_, p) => `P${p}`);
        expectMatches(divisionFigures(g, parts, keys, scoreParts(g, parts, k)), reference(g, parts, keys));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same figures when called again on the same graph with another division', () => {
    fc.assert(
      fc.property(randomCase(), fc.integer({ min: 0, max: 1000 }), ({ g, k, parts }, seed) => {
        const keys = Array.from({ length: k }, (_, p) => `P${p}`);
        const first = divisionFigures(g, parts, keys, scoreParts(g, parts, k));
        const snapshot = JSON.stringify(first);
        // Another division on the same graph shares the graph's cached link classes; earlier figures must not change.
        const other = parts.map((p, v) => ((p + v + seed) % (k + 1)) - 1);
        expectMatches(divisionFigures(g, other, keys, scoreParts(g, other, k)), reference(g, other, keys));
        expect(JSON.stringify(first)).toBe(snapshot);
      }),
      { numRuns: 100 },
    );
  });
});

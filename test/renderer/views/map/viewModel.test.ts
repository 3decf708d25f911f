import { describe, expect, it } from 'vitest';
import { smallExample } from '../../../fixtures/smallExample';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';
import { coherenceReport } from '../../../../shared/analysis/coherenceReport';
import { compareDivisions } from '../../../../shared/analysis/compareDivisions';
import { linkIdsOf } from '../../../../shared/analysis/divisionFigures';
import { fixtureProject } from '../../../shared/analysis/analysisFixture';
import { mapModel, neighbourOrder, stepThrough, type MapModel } from '../../../../renderer/views/map/viewModel';

/**
 * a–b (3, same holder), b–c (2, split), c–d (1, d unassigned), a–c (2, split, conflict), e alone.
 * Draft D1: P1 {a, b}, P2 {c}; D2: P1 {a, b, c}, P2 {d}.
 */
function small() {
  const p = fixtureProject({
    goals: [
      ['a', 'sociaal'],
      ['b', 'fysiek'],
      ['c', 'sociaal'],
      ['d', 'fysiek'],
      ['e', 'fysiek'],
    ],
    links: [
      ['ab', 'a', 'b', 3],
      ['bc', 'b', 'c', 2],
      ['cd', 'c', 'd', 1],
      ['ac', 'a', 'c', 2, 'conflicts'],
    ],
    portfolios: ['P1', 'P2'],
    divisions: {
      D1: { parts: { P1: ['a', 'b'], P2: ['c'] } },
      D2: { parts: { P1: ['a', 'b', 'c'], P2: ['d'] } },
    },
  });
  const g = buildCompactGraph(p);
  const d1 = p.divisions.find((d) => d.id === 'D1')!;
  const d2 = p.divisions.find((d) => d.id === 'D2')!;
  return { p, g, d1, d2 };
}

const statusById = (m: MapModel) => Object.fromEntries(m.links.map((l) => [l.id, l.status]));

describe('mapModel', () => {
  it('says per link whether the draft keeps it, splits it, or leaves an end unassigned', () => {
    const { p, g, d1 } = small();
    const m = mapModel(p, g, d1, undefined);
    expect(statusById(m)).toEqual({ ab: 'kept', bc: 'split', cd: 'unassigned', ac: 'split' });
    expect(m.counts).toMatchObject({ kept: 1, split: 2, unassigned: 1, splitHere: 0, splitThere: 0, moved: 0 });
    expect(m.nodes.map((n) => [n.id, n.holderId])).toEqual([
      ['a', 'P1'],
      ['b', 'P1'],
      ['c', 'P2'],
      ['d', null],
      ['e', null],
    ]);
    expect(m.links.find((l) => l.id === 'ac')!.kind).toBe('conflicts');
    expect(m.holders.map((h) => h.id)).toEqual(['P1', 'P2']);
  });

  it('marks what the compare draft splits differently, both ways, and the goals that moved', () => {
    const { p, g, d1, d2 } = small();
    const m = mapModel(p, g, d1, d2);
    // D1 splits bc and ac, D2 keeps them (a, b, c with P1); D2 splits cd, which D1 leaves unassigned.
    expect(Object.fromEntries(m.links.map((l) => [l.id, l.compare]))).toEqual({
      ab: null,
      bc: 'splitHere',
      ac: 'splitHere',
      cd: 'splitThere',
    });
    expect(m.nodes.filter((n) => n.moved).map((n) => [n.id, n.holderId, n.compareHolderId])).toEqual([
      ['c', 'P2', 'P1'],
      ['d', null, 'P2'],
    ]);
    expect(m.counts).toMatchObject({ splitHere: 2, splitThere: 1, moved: 2 });
  });

  it('splits exactly the links the coherence report counts as split, on the example', () => {
    const p = smallExample();
    const g = buildCompactGraph(p);
    for (const d of p.divisions) {
      const m = mapModel(p, g, d, undefined);
      const report = coherenceReport(p, d.id, g);
      const split = m.links.filter((l) => l.status === 'split').map((l) => l.id);
      expect(split.sort()).toEqual(linkIdsOf(report, report.cut.splitLinks).sort());
    }
  });

  it('agrees with compareDivisions on the example (every goal is assigned there)', () => {
    const p = smallExample();
    const g = buildCompactGraph(p);
    const [a, b] = p.divisions;
    const m = mapModel(p, g, b, a);
    const cmp = compareDivisions(p, a!.id, b!.id, g);
    expect(
      m.links
        .filter((l) => l.compare === 'splitHere')
        .map((l) => l.id)
        .sort(),
    ).toEqual([...cmp.newlySplit].sort());
    expect(
      m.links
        .filter((l) => l.compare === 'splitThere')
        .map((l) => l.id)
        .sort(),
    ).toEqual([...cmp.newlyJoined].sort());
    expect(
      m.nodes
        .filter((n) => n.moved)
        .map((n) => n.id)
        .sort(),
    ).toEqual(cmp.moved.map((x) => x.goalId).sort());
  });

  it('without a draft every link is unassigned', () => {
    const { p, g } = small();
    const m = mapModel(p, g, undefined, undefined);
    expect(new Set(m.links.map((l) => l.status))).toEqual(new Set(['unassigned']));
    expect(m.draftId).toBeNull();
  });
});

describe('neighbour order (arrow keys and the side panel)', () => {
  it('visits the strongest links first, split before kept at equal strength, then by title, each neighbour once', () => {
    const { p, g, d1 } = small();
    const m = mapModel(p, g, d1, undefined);
    // c: bc (2, split), ac (2, split), cd (1): b and a tie on strength and status, so by title: "a" before "b".
    expect(neighbourOrder(m, 'c', 'nl')).toEqual(['a', 'b', 'd']);
    // a: ab (3, kept) before ac (2, split).
    expect(neighbourOrder(m, 'a', 'nl')).toEqual(['b', 'c']);
    expect(neighbourOrder(m, 'e', 'nl')).toEqual([]);
    expect(neighbourOrder(m, 'nope', 'nl')).toEqual([]);
  });

  it('steps through a list cyclically, from nothing to the first or the last', () => {
    const order = ['a', 'b', 'd'];
    expect(stepThrough(order, null, 1)).toBe('a');
    expect(stepThrough(order, null, -1)).toBe('d');
    expect(stepThrough(order, 'a', 1)).toBe('b');
    expect(stepThrough(order, 'd', 1)).toBe('a');
    expect(stepThrough(order, 'a', -1)).toBe('d');
    expect(stepThrough(order, 'x', 1)).toBe('a');
    expect(stepThrough([], 'a', 1)).toBeNull();
  });
});

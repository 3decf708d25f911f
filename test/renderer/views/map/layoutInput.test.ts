import { describe, expect, it } from 'vitest';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';
import { fixtureProject } from '../../../shared/analysis/analysisFixture';
import { mapModel } from '../../../../renderer/views/map/viewModel';
import { NO_HOLDER } from '../../../../renderer/views/map/mapFilters';
import { groupCentres, groupingOf, layoutInput } from '../../../../renderer/views/map/layoutInput';

function model() {
  const p = fixtureProject({
    goals: [
      ['a', 'sociaal'],
      ['b', 'fysiek'],
      ['c', 'sociaal'],
      ['d', 'fysiek'],
    ],
    links: [
      ['ab', 'a', 'b', 3],
      ['cd', 'c', 'd', 1],
    ],
    portfolios: ['P1', 'P2', 'P3'],
    divisions: { D: { parts: { P1: ['a'], P2: ['b', 'c'], P3: [] } } },
  });
  return mapModel(p, buildCompactGraph(p), p.divisions[0], undefined);
}

describe('layout grouping', () => {
  it('one cluster per holder in the draft order, empty holders left out, unassigned goals last', () => {
    const g = groupingOf(model(), 'holder');
    expect(g.groups.map((x) => x.id)).toEqual(['P1', 'P2', NO_HOLDER]);
    expect([...g.group]).toEqual([0, 1, 1, 2]);
  });

  it('one cluster per domain in project order, or none in the free layout', () => {
    const g = groupingOf(model(), 'domain');
    expect(g.groups.map((x) => x.id)).toEqual(['fysiek', 'sociaal']);
    expect([...g.group]).toEqual([1, 0, 1, 0]);
    const free = groupingOf(model(), 'free');
    expect(free.groups).toEqual([]);
    expect([...free.group]).toEqual([-1, -1, -1, -1]);
  });

  it('places cluster centres apart by more than twice the largest cluster radius', () => {
    const sizes = [40, 5, 12, 1, 30];
    const c = groupCentres(sizes, 50);
    const minGap = 2 * Math.sqrt(40) * 50 * 0.42;
    for (let i = 0; i < sizes.length; i++)
      for (let j = i + 1; j < sizes.length; j++)
        expect(Math.hypot(c[2 * i]! - c[2 * j]!, c[2 * i + 1]! - c[2 * j + 1]!)).toBeGreaterThan(minGap);
    expect([...groupCentres([7], 50)]).toEqual([0, 0]);
  });
});

describe('layout input', () => {
  it('passes links by index with their strengths, and pins only in the free layout', () => {
    const m = model();
    const pins = [{ id: 'c', x: 10, y: -20 }];
    const { input } = layoutInput(m, 'free', pins, new Map(), false);
    expect([...input.links]).toEqual([0, 1, 2, 3]);
    expect([...input.strengths]).toEqual([3, 1]);
    expect([input.pins[4], input.pins[5]]).toEqual([10, -20]);
    expect(Number.isNaN(input.pins[0]!)).toBe(true);
    const grouped = layoutInput(m, 'holder', pins, new Map(), false).input;
    expect([...grouped.pins].every(Number.isNaN)).toBe(true);
  });

  it('moves on from the map on screen, or starts fresh for "Opnieuw schikken"', () => {
    const m = model();
    const current = new Map(m.nodes.map((n, i) => [n.id, { x: i, y: -i }]));
    const on = layoutInput(m, 'free', [], current, false).input;
    expect([...on.start]).toEqual([0, -0, 1, -1, 2, -2, 3, -3]);
    expect(on.alpha).toBeLessThan(1);
    const fresh = layoutInput(m, 'free', [], current, true).input;
    expect([...fresh.start].every(Number.isNaN)).toBe(true);
    expect(fresh.alpha).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';
import { fixtureProject } from '../../../shared/analysis/analysisFixture';
import { mapModel } from '../../../../renderer/views/map/viewModel';
import {
  NO_FILTERS,
  NO_HOLDER,
  addFilter,
  egoNetwork,
  filterChips,
  filterOptions,
  hasFilters,
  removeChip,
  searchNodes,
  visibility,
  type MapFilters,
} from '../../../../renderer/views/map/mapFilters';

/** A chain a–b–c–d–e plus f alone; a, b with P1, c with P2, the rest unassigned. b–c is split. */
function model() {
  const p = fixtureProject({
    goals: [
      ['a', 'sociaal'],
      ['b', 'fysiek'],
      ['c', 'sociaal'],
      ['d', 'fysiek'],
      ['e', 'fysiek'],
      ['f', 'sociaal'],
    ],
    links: [
      ['ab', 'a', 'b', 1],
      ['bc', 'b', 'c', 1],
      ['cd', 'c', 'd', 1],
      ['de', 'd', 'e', 1],
    ],
    portfolios: ['P1', 'P2'],
    divisions: { D: { parts: { P1: ['a', 'b'], P2: ['c'] } } },
  });
  p.goals = p.goals.map((g) =>
    g.id === 'a'
      ? { ...g, title: 'Armoede terugdringen', themes: ['armoede'], laws: ['participatiewet'], taakvelden: ['6.3'] }
      : g.id === 'c'
        ? { ...g, title: 'Schuldhulp', themes: ['armoede', 'schulden'], laws: ['wgs'] }
        : g,
  );
  return mapModel(p, buildCompactGraph(p), p.divisions[0], undefined);
}

const shown = (m: ReturnType<typeof model>, f: MapFilters) => {
  const v = visibility(m, f);
  return {
    nodes: m.nodes.filter((_, i) => v.nodes[i]).map((n) => n.id),
    links: m.links.filter((_, i) => v.links[i]).map((l) => l.id),
  };
};

describe('map filters', () => {
  it('shows everything without filters', () => {
    const m = model();
    expect(shown(m, NO_FILTERS)).toEqual({ nodes: ['a', 'b', 'c', 'd', 'e', 'f'], links: ['ab', 'bc', 'cd', 'de'] });
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('matches any value within a dimension and all dimensions together; a link needs both its goals', () => {
    const m = model();
    const sociaal = addFilter(NO_FILTERS, 'domain', 'sociaal');
    expect(shown(m, sociaal).nodes).toEqual(['a', 'c', 'f']);
    expect(shown(m, sociaal).links).toEqual([]);
    const both = addFilter(sociaal, 'domain', 'fysiek');
    expect(shown(m, both).nodes).toHaveLength(6);
    const themed = addFilter(sociaal, 'theme', 'armoede');
    expect(shown(m, themed).nodes).toEqual(['a', 'c']);
    expect(shown(m, addFilter(NO_FILTERS, 'law', 'wgs')).nodes).toEqual(['c']);
    expect(shown(m, addFilter(NO_FILTERS, 'taakveld', '6.3')).nodes).toEqual(['a']);
    expect(shown(m, addFilter(NO_FILTERS, 'holder', NO_HOLDER)).nodes).toEqual(['d', 'e', 'f']);
    expect(shown(m, addFilter(NO_FILTERS, 'holder', 'P1'))).toEqual({ nodes: ['a', 'b'], links: ['ab'] });
    expect(addFilter(sociaal, 'domain', 'sociaal')).toBe(sociaal);
  });

  it('"only split links" hides the other links but keeps every goal in place', () => {
    const m = model();
    expect(shown(m, { ...NO_FILTERS, onlySplit: true })).toEqual({
      nodes: ['a', 'b', 'c', 'd', 'e', 'f'],
      links: ['bc'],
    });
  });

  it('an ego network of depth 1 or 2 around a goal, which always shows itself', () => {
    const m = model();
    expect(shown(m, { ...NO_FILTERS, ego: { id: 'c', depth: 1 } }).nodes).toEqual(['b', 'c', 'd']);
    expect(shown(m, { ...NO_FILTERS, ego: { id: 'c', depth: 2 } }).nodes).toEqual(['a', 'b', 'c', 'd', 'e']);
    const egoFysiek = { ...addFilter(NO_FILTERS, 'domain', 'fysiek'), ego: { id: 'c', depth: 1 as const } };
    expect(shown(m, egoFysiek).nodes).toEqual(['b', 'c', 'd']);
    expect([...egoNetwork(m, m.index.get('f')!, 2)]).toEqual([m.index.get('f')]);
  });

  it('lists every active filter as a chip that removes only itself', () => {
    let f = addFilter(addFilter(NO_FILTERS, 'domain', 'sociaal'), 'theme', 'armoede');
    f = { ...f, onlySplit: true, ego: { id: 'c', depth: 2 } };
    const chips = filterChips(f);
    expect(chips).toEqual([
      { type: 'value', dimension: 'domain', value: 'sociaal' },
      { type: 'value', dimension: 'theme', value: 'armoede' },
      { type: 'onlySplit' },
      { type: 'ego', id: 'c', depth: 2 },
    ]);
    expect(filterChips(removeChip(f, chips[1]!))).toEqual([chips[0], chips[2], chips[3]]);
    expect(removeChip(f, chips[2]!).onlySplit).toBe(false);
    expect(removeChip(f, chips[3]!).ego).toBeNull();
    expect(hasFilters(f)).toBe(true);
  });

  it('offers the values the map has', () => {
    const m = model();
    expect(filterOptions(m, 'theme')).toEqual(['armoede', 'schulden']);
    expect(filterOptions(m, 'holder')).toEqual(['P1', 'P2', NO_HOLDER]);
    expect(filterOptions(m, 'law')).toEqual(['participatiewet', 'wgs']);
  });

  it('searches titles and themes, ignoring case and accents, every word', () => {
    const m = model();
    const ids = (q: string) => searchNodes(m, q).map((v) => m.nodes[v]!.id);
    expect(ids('armoede')).toEqual(['a', 'c']);
    expect(ids('ARMÖEDE terug')).toEqual(['a']);
    expect(ids('  ')).toEqual([]);
  });
});

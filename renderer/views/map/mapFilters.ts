import type { MapModel } from './viewModel';
import { otherEnd } from './viewModel';

/** The attributes a goal can be filtered on; within one, any chosen value matches; across them, all must. */
export const FILTER_DIMENSIONS = ['domain', 'holder', 'theme', 'law', 'taakveld'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** The holder value of goals nobody holds in the chosen draft (ids never contain ':'). */
export const NO_HOLDER = ':none';

export interface MapFilters {
  values: Readonly<Record<FilterDimension, readonly string[]>>;
  onlySplit: boolean;
  /** Only the goals within `depth` links of this goal (its ego network). */
  ego: { id: string; depth: 1 | 2 } | null;
}

export const NO_FILTERS: MapFilters = {
  values: { domain: [], holder: [], theme: [], law: [], taakveld: [] },
  onlySplit: false,
  ego: null,
};

export function hasFilters(f: MapFilters): boolean {
  return f.onlySplit || f.ego !== null || FILTER_DIMENSIONS.some((d) => f.values[d].length > 0);
}

export function addFilter(f: MapFilters, dimension: FilterDimension, value: string): MapFilters {
  if (f.values[dimension].includes(value)) return f;
  return { ...f, values: { ...f.values, [dimension]: [...f.values[dimension], value] } };
}

export function removeFilter(f: MapFilters, dimension: FilterDimension, value: string): MapFilters {
  return { ...f, values: { ...f.values, [dimension]: f.values[dimension].filter((v) => v !== value) } };
}

/** The values of one dimension a node has. */
function valuesOf(model: MapModel, v: number, d: FilterDimension): readonly string[] {
  const n = model.nodes[v]!;
  switch (d) {
    case 'domain':
      return [n.domainId];
    case 'holder':
      return [n.holderId ?? NO_HOLDER];
    case 'theme':
      return n.themes;
    case 'law':
      return n.laws;
    case 'taakveld':
      return n.taakvelden;
  }
}

/** Every value a dimension takes in this map (sorted as text), for the filter pickers. */
export function filterOptions(model: MapModel, d: FilterDimension): string[] {
  if (d === 'domain') return model.domains.map((x) => x.id);
  if (d === 'holder') {
    const unassigned = model.nodes.some((n) => n.holderId === null);
    return [...model.holders.map((h) => h.id), ...(unassigned ? [NO_HOLDER] : [])];
  }
  const all = new Set<string>();
  for (let v = 0; v < model.nodes.length; v++) for (const x of valuesOf(model, v, d)) all.add(x);
  return [...all].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }));
}

/** Nodes within `depth` links of `start` (breadth first over every link), `start` included. */
export function egoNetwork(model: MapModel, start: number, depth: number): Set<number> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: number[] = [];
    for (const v of frontier)
      for (const e of model.linksOf[v]!) {
        const w = otherEnd(model.links[e]!, v);
        if (!seen.has(w)) {
          seen.add(w);
          next.push(w);
        }
      }
    frontier = next;
  }
  return seen;
}

export interface Visibility {
  /** 1 where the node is shown. */
  nodes: Uint8Array;
  links: Uint8Array;
  nodeCount: number;
  linkCount: number;
}

/**
 * What the filters leave on the map. Filtered goals are hidden, not removed from the layout, so the map keeps its
 * shape when a filter is cleared. A link shows when both its goals show (and, with "only split links", when the
 * draft splits it). The ego goal always shows, whatever the other filters say.
 */
export function visibility(model: MapModel, f: MapFilters): Visibility {
  const n = model.nodes.length;
  const nodes = new Uint8Array(n);
  const active = FILTER_DIMENSIONS.filter((d) => f.values[d].length > 0).map((d) => ({
    d,
    want: new Set(f.values[d]),
  }));
  const egoStart = f.ego ? model.index.get(f.ego.id) : undefined;
  const ego = egoStart !== undefined ? egoNetwork(model, egoStart, f.ego!.depth) : null;
  let nodeCount = 0;
  for (let v = 0; v < n; v++) {
    let show = !ego || ego.has(v);
    for (const { d, want } of active) if (show) show = valuesOf(model, v, d).some((x) => want.has(x));
    if (v === egoStart) show = true;
    nodes[v] = show ? 1 : 0;
    if (show) nodeCount++;
  }
  const links = new Uint8Array(model.links.length);
  let linkCount = 0;
  model.links.forEach((l, e) => {
    const show = nodes[l.source] === 1 && nodes[l.target] === 1 && (!f.onlySplit || l.status === 'split');
    links[e] = show ? 1 : 0;
    if (show) linkCount++;
  });
  return { nodes, links, nodeCount, linkCount };
}

/** One visible chip per active filter, in a fixed order, each removable on its own. */
export type FilterChip =
  | { type: 'value'; dimension: FilterDimension; value: string }
  | { type: 'onlySplit' }
  | { type: 'ego'; id: string; depth: 1 | 2 };

export function filterChips(f: MapFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const d of FILTER_DIMENSIONS)
    for (const value of f.values[d]) chips.push({ type: 'value', dimension: d, value });
  if (f.onlySplit) chips.push({ type: 'onlySplit' });
  if (f.ego) chips.push({ type: 'ego', ...f.ego });
  return chips;
}

export function removeChip(f: MapFilters, chip: FilterChip): MapFilters {
  if (chip.type === 'value') return removeFilter(f, chip.dimension, chip.value);
  if (chip.type === 'onlySplit') return { ...f, onlySplit: false };
  return { ...f, ego: null };
}

/** Lower case without accents, so "armoede" finds "Armoede" and "ë" finds "e". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Goals whose title or a theme contains every word of the query; none for an empty query. */
export function searchNodes(model: MapModel, query: string): number[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const out: number[] = [];
  model.nodes.forEach((node, v) => {
    const text = fold(`${node.label} ${node.themes.join(' ')}`);
    if (words.every((w) => text.includes(w))) out.push(v);
  });
  return out;
}

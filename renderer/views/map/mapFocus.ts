import { nodeOf, type MapModel } from './viewModel';

export interface Focus {
  nodes: ReadonlySet<number>;
  links: ReadonlySet<number>;
}

/**
 * The links named (a step of the workshop walk) with the goals at their ends, and the goals named. Ids are
 * goal-level: at subject level a link lights up its tie, and a goal the node it is grouped in.
 */
export function highlightOf(model: MapModel, h: { linkIds: readonly string[]; goalIds: readonly string[] }): Focus {
  const links = new Set<number>();
  const nodes = new Set<number>();
  for (const id of h.linkIds) {
    const e = model.linkIndex.get(id);
    if (e === undefined) continue;
    links.add(e);
    nodes.add(model.links[e]!.source);
    nodes.add(model.links[e]!.target);
  }
  for (const id of h.goalIds) {
    const v = nodeOf(model, id);
    if (v !== undefined) nodes.add(v);
  }
  return { nodes, links };
}

/**
 * What the map shows at full strength (the rest is dimmed): a highlight when one is given, else the selected goals
 * with their links and neighbours, else what the search found; null dims nothing.
 */
export function focusOf(
  model: MapModel,
  selected: ReadonlySet<number>,
  highlighted: Focus | null,
  found: ReadonlySet<number>,
): Focus | null {
  if (highlighted) return highlighted;
  if (selected.size) {
    const nodes = new Set(selected);
    const links = new Set<number>();
    for (const v of selected)
      for (const e of model.linksOf[v]!) {
        links.add(e);
        nodes.add(model.links[e]!.source);
        nodes.add(model.links[e]!.target);
      }
    return { nodes, links };
  }
  if (found.size) return { nodes: found, links: new Set() };
  return null;
}

/**
 * The zoom (k) and centre that fit these nodes on a screen of `width` × `height`, leaving room for titles beside
 * the outermost goals (right or left of them, `labelScale` times the normal size) and for hull names above the top
 * ones.
 */
export function fitOf(
  list: readonly number[],
  pos: Float32Array,
  width: number,
  height: number,
  grouped: boolean,
  labelScale = 1,
): { k: number; cx: number; cy: number } | null {
  if (!list.length || !width || !height) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const v of list) {
    x0 = Math.min(x0, pos[2 * v]!);
    x1 = Math.max(x1, pos[2 * v]!);
    y0 = Math.min(y0, pos[2 * v + 1]!);
    y1 = Math.max(y1, pos[2 * v + 1]!);
  }
  // Room for the titles at the sides; larger titles (workshop) need more than their share.
  const padX = 300 + 700 * (labelScale - 1);
  const padY = grouped ? 110 : 60;
  const k = Math.max(0.02, Math.min(2, (width - padX) / Math.max(1, x1 - x0), (height - padY) / Math.max(1, y1 - y0)));
  return { k, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 - (grouped ? 20 / k : 0) };
}

/** The nodes at the ends of these (goal-level) links, each once. */
export function linkEnds(model: MapModel, linkIds: readonly string[]): number[] {
  const ends = new Set<number>();
  for (const id of linkIds) {
    const e = model.linkIndex.get(id);
    if (e === undefined) continue;
    ends.add(model.links[e]!.source);
    ends.add(model.links[e]!.target);
  }
  return [...ends];
}

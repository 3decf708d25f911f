import { viewport, type MapScene } from './mapScene';
import {
  COMPARE_STYLES,
  DIM_ALPHA,
  HALO,
  KIND_MARKS,
  bucketStrength,
  lineStyle,
  linkWidth,
  nodeRadius,
  widthBucket,
} from './mapStyle';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Links of one look: stroked together. Widths and dashes are in screen pixels. */
export interface LinkGroup {
  colour: string;
  width: number;
  dash: readonly number[];
  alpha: number;
  links: number[];
  /** A white line of this width down the middle, making a double line (covered links); 0 for none. */
  core: number;
}

/** What to draw for the links of one frame, in order: compare bands, then the links by look, then the marks. */
export interface LinkPlan {
  groups: LinkGroup[];
  /** Links with a mark of their own (Omgevingswet, conflict, prerequisite) that are not dimmed. */
  marks: number[];
  /** Segments in all groups together. */
  total: number;
}

/** Paths of a few dozen segments: one giant path of crossing lines rasters far slower than many small ones. */
const CHUNK = 32;

/** The visible links in view, grouped by look: one group per status, width class and dimming, compare bands first. */
export function planLinks(s: MapScene): LinkPlan {
  const { x0, y0, x1, y1 } = viewport(s);
  const { pos, model, vis, focus } = s;
  const batches = new Map<string, LinkGroup>();
  const halos = new Map<string, LinkGroup>();
  const marks: number[] = [];
  for (let e = 0; e < model.links.length; e++) {
    if (!vis.links[e]) continue;
    const l = model.links[e]!;
    const ax = pos[2 * l.source]!;
    const ay = pos[2 * l.source + 1]!;
    const bx = pos[2 * l.target]!;
    const by = pos[2 * l.target + 1]!;
    if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) continue;
    const dim = focus !== null && !focus.links.has(e);
    const bucket = widthBucket(l.strength);
    const key = `${l.status}|${l.cover ?? ''}|${bucket}|${dim ? 1 : 0}`;
    let b = batches.get(key);
    if (!b) {
      const st = lineStyle(l.status, l.cover);
      const width = linkWidth(l.status, bucketStrength(bucket), l.cover);
      b = {
        colour: st.colour,
        width,
        dash: st.dash,
        alpha: dim ? DIM_ALPHA : 1,
        links: [],
        core: width * st.core,
      };
      batches.set(key, b);
    }
    b.links.push(e);
    if (l.compare) {
      const hk = `${l.compare}|${dim ? 1 : 0}`;
      let h = halos.get(hk);
      if (!h) {
        const st = COMPARE_STYLES[l.compare];
        h = { colour: st.colour, width: st.width, dash: [], alpha: dim ? DIM_ALPHA : 1, links: [], core: 0 };
        halos.set(hk, h);
      }
      h.links.push(e);
    }
    if (!dim && KIND_MARKS[l.kind]) marks.push(e);
  }
  const groups = [...halos.values(), ...batches.values()];
  return { groups, marks, total: groups.reduce((n, g) => n + g.links.length, 0) };
}

/**
 * Draws segments `from` to `to` of the plan (counted across its groups), in map units under the current
 * transform; the marks come with the last segment. A big map's links are drawn a slice per frame this way, so
 * no frame holds the main thread for long.
 */
export function drawPlan(
  ctx: Ctx,
  s: Pick<MapScene, 'model'>,
  pos: Float32Array,
  plan: LinkPlan,
  k: number,
  from: number,
  to: number,
): void {
  const { model } = s;
  ctx.lineCap = 'butt';
  let offset = 0;
  for (const g of plan.groups) {
    const start = Math.max(from - offset, 0);
    const end = Math.min(to - offset, g.links.length);
    offset += g.links.length;
    if (start >= end) continue;
    ctx.globalAlpha = g.alpha;
    ctx.strokeStyle = g.colour;
    ctx.lineWidth = g.width / k;
    ctx.setLineDash(g.dash.map((d) => d / k));
    for (let i = start; i < end; i += CHUNK) {
      ctx.beginPath();
      for (let j = i; j < Math.min(end, i + CHUNK); j++) {
        const l = model.links[g.links[j]!]!;
        ctx.moveTo(pos[2 * l.source]!, pos[2 * l.source + 1]!);
        ctx.lineTo(pos[2 * l.target]!, pos[2 * l.target + 1]!);
      }
      ctx.stroke();
      if (g.core > 0) {
        ctx.strokeStyle = HALO;
        ctx.lineWidth = g.core / k;
        ctx.stroke();
        ctx.strokeStyle = g.colour;
        ctx.lineWidth = g.width / k;
      }
    }
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  if (to >= plan.total && k >= 0.3) drawKindMarks(ctx, s, pos, plan.marks, k);
}

/** All links of the frame at once (small maps, and exports of the canvas). */
export function drawLinks(ctx: Ctx, s: MapScene, k: number): void {
  const plan = planLinks(s);
  drawPlan(ctx, s, s.pos, plan, k, 0, plan.total);
}

/** A diamond on Omgevingswet links, a cross on conflicts, an arrowhead on prerequisites (towards the goal that needs it). */
function drawKindMarks(ctx: Ctx, s: Pick<MapScene, 'model'>, pos: Float32Array, list: number[], k: number): void {
  const { model } = s;
  const size = 5.5 / k;
  const r = nodeRadius(k);
  for (const e of list) {
    const l = model.links[e]!;
    const mark = KIND_MARKS[l.kind]!;
    const ax = pos[2 * l.source]!;
    const ay = pos[2 * l.source + 1]!;
    const bx = pos[2 * l.target]!;
    const by = pos[2 * l.target + 1]!;
    const len = Math.hypot(bx - ax, by - ay) || 1;
    const ux = (bx - ax) / len;
    const uy = (by - ay) / len;
    ctx.fillStyle = mark.colour;
    ctx.strokeStyle = mark.colour;
    ctx.beginPath();
    if (mark.glyph === 'arrow') {
      const rt = r * model.nodes[l.target]!.size;
      const tipX = bx - ux * (rt + 2 / k);
      const tipY = by - uy * (rt + 2 / k);
      ctx.moveTo(tipX, tipY);
      ctx.lineTo(tipX - ux * size * 1.8 - uy * size, tipY - uy * size * 1.8 + ux * size);
      ctx.lineTo(tipX - ux * size * 1.8 + uy * size, tipY - uy * size * 1.8 - ux * size);
      ctx.closePath();
      ctx.fill();
      continue;
    }
    const mx = (ax + bx) / 2;
    const my = (ay + by) / 2;
    if (mark.glyph === 'diamond') {
      ctx.moveTo(mx + ux * size * 1.3, my + uy * size * 1.3);
      ctx.lineTo(mx - uy * size, my + ux * size);
      ctx.lineTo(mx - ux * size * 1.3, my - uy * size * 1.3);
      ctx.lineTo(mx + uy * size, my - ux * size);
      ctx.closePath();
      ctx.fill();
      ctx.lineWidth = 1.2 / k;
      ctx.strokeStyle = HALO;
      ctx.stroke();
    } else {
      ctx.lineWidth = 2.2 / k;
      ctx.moveTo(mx - size, my - size);
      ctx.lineTo(mx + size, my + size);
      ctx.moveTo(mx - size, my + size);
      ctx.lineTo(mx + size, my - size);
      ctx.stroke();
    }
  }
}

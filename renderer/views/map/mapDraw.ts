import { groupHulls, placeLabels, viewport, type MapScene } from './mapScene';
import {
  COMPARE_STYLES,
  DIM_ALPHA,
  HALO,
  HIGHLIGHT_RING,
  INK,
  KIND_MARKS,
  LINK_STYLES,
  NODE_RADIUS,
  SELECTED_RING,
  bucketStrength,
  linkWidth,
  shapePoints,
  widthBucket,
  type NodeShape,
} from './mapStyle';

type Ctx = CanvasRenderingContext2D;

const LABEL_FONT = '12px system-ui, "Segoe UI", Roboto, sans-serif';
const GROUP_FONT = 'bold 14px system-ui, "Segoe UI", Roboto, sans-serif';

/** The screen radius of a node: its map size, but never smaller than a dot that can be clicked. */
export const nodeRadius = (k: number) => Math.max(NODE_RADIUS, 3 / k);

export function addShape(ctx: Ctx | Path2D, shape: NodeShape, x: number, y: number, r: number): void {
  const pts = shapePoints(shape, x, y, r);
  if (!pts) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  ctx.moveTo(pts[0]![0], pts[0]![1]);
  for (let i = 1; i < pts.length; i++) ctx.lineTo(pts[i]![0], pts[i]![1]);
  ctx.closePath();
}

/** Hulls and their names, behind everything else. */
function drawGroups(ctx: Ctx, s: MapScene, k: number): void {
  if (!s.grouping.groups.length) return;
  const hulls = groupHulls(s);
  const pad = NODE_RADIUS * 2.4 + 6 / k;
  ctx.lineJoin = 'round';
  hulls.forEach((pts, g) => {
    if (!pts.length) return;
    const colour = s.grouping.groups[g]!.colour;
    ctx.beginPath();
    ctx.moveTo(pts[0]![0], pts[0]![1]);
    for (const [x, y] of pts) ctx.lineTo(x, y);
    ctx.closePath();
    ctx.globalAlpha = 0.1;
    ctx.fillStyle = colour;
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2 * pad;
    ctx.stroke();
    ctx.fill();
    ctx.globalAlpha = 0.55;
    ctx.lineWidth = 1.5 / k;
    ctx.setLineDash([]);
    ctx.stroke();
  });
  ctx.globalAlpha = 1;
}

function groupLabels(ctx: Ctx, s: MapScene, dpr: number): void {
  if (!s.grouping.groups.length) return;
  const { k, x: tx, y: ty } = s.transform;
  const hulls = groupHulls(s);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = GROUP_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.lineJoin = 'round';
  hulls.forEach((pts, g) => {
    if (!pts.length) return;
    let top = Infinity;
    let sx = 0;
    for (const [x, y] of pts) {
      top = Math.min(top, y);
      sx += x;
    }
    const x = (sx / pts.length) * k + tx;
    const y = (top - NODE_RADIUS * 2.4) * k + ty - 8;
    const text = s.groupLabel(g);
    ctx.lineWidth = 4;
    ctx.strokeStyle = HALO;
    ctx.strokeText(text, x, y);
    ctx.fillStyle = INK;
    ctx.fillText(text, x, y);
  });
}

/** Links in as few strokes as their looks allow: one path per status, width class and dimming. */
function drawLinks(ctx: Ctx, s: MapScene, k: number): void {
  const { x0, y0, x1, y1 } = viewport(s);
  const { pos, model, vis, focus } = s;
  const batches = new Map<string, number[]>();
  const halos = new Map<string, number[]>();
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
    const key = `${l.status}|${widthBucket(l.strength)}|${dim ? 1 : 0}`;
    let b = batches.get(key);
    if (!b) batches.set(key, (b = []));
    b.push(e);
    if (l.compare) {
      const hk = `${l.compare}|${dim ? 1 : 0}`;
      let h = halos.get(hk);
      if (!h) halos.set(hk, (h = []));
      h.push(e);
    }
    if (!dim && KIND_MARKS[l.kind]) marks.push(e);
  }
  const segments = (list: number[]) => {
    ctx.beginPath();
    for (const e of list) {
      const l = model.links[e]!;
      ctx.moveTo(pos[2 * l.source]!, pos[2 * l.source + 1]!);
      ctx.lineTo(pos[2 * l.target]!, pos[2 * l.target + 1]!);
    }
  };
  ctx.lineCap = 'butt';
  for (const [key, list] of halos) {
    const [mark, dim] = key.split('|') as ['splitHere' | 'splitThere', string];
    const st = COMPARE_STYLES[mark];
    ctx.globalAlpha = dim === '1' ? DIM_ALPHA : 1;
    ctx.strokeStyle = st.colour;
    ctx.lineWidth = st.width / k;
    ctx.setLineDash([]);
    segments(list);
    ctx.stroke();
  }
  for (const [key, list] of batches) {
    const [status, bucket, dim] = key.split('|') as ['split' | 'kept' | 'unassigned', string, string];
    const st = LINK_STYLES[status];
    ctx.globalAlpha = dim === '1' ? DIM_ALPHA : 1;
    ctx.strokeStyle = st.colour;
    ctx.lineWidth = linkWidth(status, bucketStrength(Number(bucket))) / k;
    ctx.setLineDash(st.dash.map((d) => d / k));
    segments(list);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  if (k >= 0.3) drawKindMarks(ctx, s, marks, k);
}

/** A diamond on Omgevingswet links, a cross on conflicts, an arrowhead on prerequisites (towards the goal that needs it). */
function drawKindMarks(ctx: Ctx, s: MapScene, list: number[], k: number): void {
  const { pos, model } = s;
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
      const tipX = bx - ux * (r + 2 / k);
      const tipY = by - uy * (r + 2 / k);
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

function drawNodes(ctx: Ctx, s: MapScene, k: number, onScreen: number[]): void {
  const { pos, focus } = s;
  const r = nodeRadius(k);
  const batches = new Map<string, number[]>();
  for (const v of onScreen) {
    const dim = focus !== null && !focus.nodes.has(v);
    const key = `${s.colour[v]}|${s.shape[v]}|${dim ? 1 : 0}`;
    let b = batches.get(key);
    if (!b) batches.set(key, (b = []));
    b.push(v);
  }
  ctx.lineJoin = 'round';
  for (const [key, list] of batches) {
    const [colour, shape, dim] = key.split('|') as [string, NodeShape, string];
    ctx.globalAlpha = dim === '1' ? DIM_ALPHA + 0.1 : 1;
    ctx.beginPath();
    for (const v of list) addShape(ctx, shape, pos[2 * v]!, pos[2 * v + 1]!, r);
    if (shape === 'ring') {
      ctx.fillStyle = HALO;
      ctx.fill();
      ctx.strokeStyle = colour;
      ctx.lineWidth = 3 / k;
      ctx.stroke();
    } else {
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.strokeStyle = HALO;
      ctx.lineWidth = 1.5 / k;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  const ring = (v: number, colour: string, width: number, gap: number, dash: number[] = []) => {
    ctx.beginPath();
    ctx.arc(pos[2 * v]!, pos[2 * v + 1]!, r + gap / k, 0, 2 * Math.PI);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width / k;
    ctx.setLineDash(dash.map((d) => d / k));
    ctx.stroke();
  };
  for (const v of onScreen) {
    const dim = focus !== null && !focus.nodes.has(v);
    if (s.model.nodes[v]!.moved && !dim) ring(v, INK, 1.6, 5, [3, 2]);
    if (s.pinned[v] && !dim) {
      // A pin: a small dark square at the top right of the goal.
      const x = pos[2 * v]! + r * 0.8;
      const y = pos[2 * v + 1]! - r * 0.8;
      const p = 3.2 / k;
      ctx.fillStyle = INK;
      ctx.fillRect(x - p, y - p, 2 * p, 2 * p);
      ctx.strokeStyle = HALO;
      ctx.lineWidth = 1 / k;
      ctx.strokeRect(x - p, y - p, 2 * p, 2 * p);
    }
  }
  if (s.rubber) {
    ctx.beginPath();
    ctx.moveTo(pos[2 * s.rubber.from]!, pos[2 * s.rubber.from + 1]!);
    ctx.lineTo(s.rubber.x, s.rubber.y);
    ctx.strokeStyle = INK;
    ctx.lineWidth = 2 / k;
    ctx.setLineDash([6 / k, 4 / k]);
    ctx.stroke();
  }
  for (const v of s.found) if (s.vis.nodes[v]) ring(v, HIGHLIGHT_RING, 2.5, 4);
  for (const v of s.selected) if (s.vis.nodes[v]) ring(v, SELECTED_RING, 3.5, 4);
  if (s.cursor >= 0 && s.vis.nodes[s.cursor]) ring(s.cursor, SELECTED_RING, 2.5, 9, [4, 3]);
  ctx.setLineDash([]);
}

/** Titles beside the goals, in screen pixels so they stay sharp at any zoom (placed by `placeLabels`). */
function drawLabels(ctx: Ctx, s: MapScene, dpr: number, onScreen: number[], widths: Map<string, number>): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = LABEL_FONT;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const measure = (text: string) => {
    let w = widths.get(text);
    if (w === undefined) widths.set(text, (w = ctx.measureText(text).width));
    return w;
  };
  for (const { text, x, y } of placeLabels(s, onScreen, measure, nodeRadius(s.transform.k))) {
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = HALO;
    ctx.strokeText(text, x, y);
    ctx.fillStyle = INK;
    ctx.fillText(text, x, y);
  }
}

/** The nodes whose shape falls inside the visible part of the map. */
export function nodesOnScreen(s: MapScene): number[] {
  const { x0, y0, x1, y1 } = viewport(s);
  const out: number[] = [];
  for (let v = 0; v < s.model.nodes.length; v++) {
    if (!s.vis.nodes[v]) continue;
    const x = s.pos[2 * v]!;
    const y = s.pos[2 * v + 1]!;
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1) out.push(v);
  }
  return out;
}

/** One frame: background, hulls, links with their marks, goals, rings and labels. */
export function drawScene(ctx: Ctx, s: MapScene, dpr: number, widths: Map<string, number>): void {
  const { k, x, y } = s.transform;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = HALO;
  ctx.fillRect(0, 0, s.width, s.height);
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
  drawGroups(ctx, s, k);
  drawLinks(ctx, s, k);
  const onScreen = nodesOnScreen(s);
  drawNodes(ctx, s, k, onScreen);
  groupLabels(ctx, s, dpr);
  drawLabels(ctx, s, dpr, onScreen, widths);
}

import { drawLinks } from './linkPlan';
import { groupHulls, groupLabelPlaces, placeLabels, viewport, type GroupLabelPlace, type MapScene } from './mapScene';
import {
  DIM_ALPHA,
  HALO,
  HIGHLIGHT_RING,
  INK,
  NODE_RADIUS,
  SELECTED_RING,
  nodeRadius,
  shapePoints,
  type NodeShape,
} from './mapStyle';

type Ctx = CanvasRenderingContext2D;

const labelFont = (scale = 1) => `${12 * scale}px system-ui, "Segoe UI", Roboto, sans-serif`;
const groupFont = (scale = 1) => `bold ${14 * scale}px system-ui, "Segoe UI", Roboto, sans-serif`;

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

function groupLabels(ctx: Ctx, places: readonly GroupLabelPlace[], dpr: number, scale = 1): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = groupFont(scale);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.lineJoin = 'round';
  for (const p of places) {
    ctx.lineWidth = 4;
    ctx.strokeStyle = HALO;
    ctx.strokeText(p.text, p.x, p.y);
    ctx.fillStyle = INK;
    ctx.fillText(p.text, p.x, p.y);
  }
}

/** While a big map is still being laid out: every goal as a small square of its colour, which rasters fast. */
function drawNodesQuick(ctx: Ctx, s: MapScene, k: number, onScreen: number[]): void {
  const byColour = new Map<string, number[]>();
  for (const v of onScreen) {
    let b = byColour.get(s.colour[v]!);
    if (!b) byColour.set(s.colour[v]!, (b = []));
    b.push(v);
  }
  const half = 2.5 / k;
  for (const [colour, list] of byColour) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    for (const v of list) ctx.rect(s.pos[2 * v]! - half, s.pos[2 * v + 1]! - half, 2 * half, 2 * half);
    ctx.fill();
  }
}

function drawNodes(ctx: Ctx, s: MapScene, k: number, onScreen: number[]): void {
  if (s.quick) return drawNodesQuick(ctx, s, k, onScreen);
  const { pos, focus } = s;
  const r = nodeRadius(k);
  const size = (v: number) => s.model.nodes[v]!.size;
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
    for (const v of list) addShape(ctx, shape, pos[2 * v]!, pos[2 * v + 1]!, r * size(v));
    if (shape === 'ring') {
      ctx.fillStyle = HALO;
      ctx.fill();
      ctx.strokeStyle = colour;
      ctx.lineWidth = 3 / k;
      ctx.stroke();
    } else {
      ctx.fillStyle = colour;
      ctx.fill();
      // The white rim keeps touching goals apart; on dots of a few pixels it only costs raster time.
      if (r * k >= 5) {
        ctx.strokeStyle = HALO;
        ctx.lineWidth = 1.5 / k;
        ctx.stroke();
      }
    }
  }
  ctx.globalAlpha = 1;
  const ring = (v: number, colour: string, width: number, gap: number, dash: number[] = []) => {
    ctx.beginPath();
    ctx.arc(pos[2 * v]!, pos[2 * v + 1]!, r * size(v) + gap / k, 0, 2 * Math.PI);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width / k;
    ctx.setLineDash(dash.map((d) => d / k));
    ctx.stroke();
  };
  for (const v of onScreen) {
    const dim = focus !== null && !focus.nodes.has(v);
    if (dim) continue;
    const node = s.model.nodes[v]!;
    const rv = r * size(v);
    // A subject: its shape outlined once more in ink, so it reads as a group and not as a large goal.
    if (node.kind === 'subject') {
      ctx.beginPath();
      addShape(ctx, s.shape[v]!, pos[2 * v]!, pos[2 * v + 1]!, rv + 2.5 / k);
      ctx.strokeStyle = INK;
      ctx.lineWidth = 1.4 / k;
      ctx.setLineDash([]);
      ctx.stroke();
    }
    if (node.moved) ring(v, INK, 1.6, 5, [3, 2]);
    if (s.pinned[v]) badge(ctx, 'square', pos[2 * v]! + rv * 0.8, pos[2 * v + 1]! - rv * 0.8, k);
    if (node.apart?.reason === 'exception')
      badge(ctx, 'diamond', pos[2 * v]! - rv * 0.8, pos[2 * v + 1]! + rv * 0.8, k);
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

/** A small dark mark on a node's rim: a square for a pin (top right), a diamond for an exception (bottom left). */
function badge(ctx: Ctx, shape: 'square' | 'diamond', x: number, y: number, k: number): void {
  const p = (shape === 'square' ? 3.2 : 4.2) / k;
  ctx.beginPath();
  if (shape === 'square') ctx.rect(x - p, y - p, 2 * p, 2 * p);
  else {
    ctx.moveTo(x, y - p);
    ctx.lineTo(x + p, y);
    ctx.lineTo(x, y + p);
    ctx.lineTo(x - p, y);
    ctx.closePath();
  }
  ctx.fillStyle = INK;
  ctx.fill();
  ctx.strokeStyle = HALO;
  ctx.lineWidth = 1 / k;
  ctx.setLineDash([]);
  ctx.stroke();
}

/** Titles beside the goals, in screen pixels so they stay sharp at any zoom (placed by `placeLabels`). */
function drawLabels(
  ctx: Ctx,
  s: MapScene,
  dpr: number,
  onScreen: number[],
  widths: Map<string, number>,
  reserved: readonly GroupLabelPlace[],
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const scale = s.labelScale ?? 1;
  ctx.font = labelFont(scale);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const measure = (text: string) => {
    let w = widths.get(text);
    if (w === undefined) widths.set(text, (w = ctx.measureText(text).width));
    return w;
  };
  for (const { text, x, y } of placeLabels(s, onScreen, measure, nodeRadius(s.transform.k), reserved)) {
    ctx.lineWidth = 3.5 * scale;
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

/** Links drawn earlier into a layer of their own, at the transform `t` (see `linkLayer.ts`). */
export interface DrawnLinks {
  canvas: CanvasImageSource;
  t: { k: number; x: number; y: number };
}

/**
 * One frame: background, hulls, links with their marks, goals, rings and labels. Links are drawn here
 * (`'draw'`), or come as a layer drawn before (big maps: see `linkLayer.ts`), shifted and scaled to the current
 * zoom, or are left out while their first layer is not ready.
 */
export function drawScene(
  ctx: Ctx,
  s: MapScene,
  dpr: number,
  widths: Map<string, number>,
  links: 'draw' | DrawnLinks | null = 'draw',
): void {
  const { k, x, y } = s.transform;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = HALO;
  ctx.fillRect(0, 0, s.width, s.height);
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
  drawGroups(ctx, s, k);
  if (links === 'draw') drawLinks(ctx, s, k);
  else if (links) {
    const r = k / links.t.k;
    ctx.setTransform(r, 0, 0, r, dpr * (x - links.t.x * r), dpr * (y - links.t.y * r));
    // A layer shown at another zoom is a stand-in until it is drawn again: copy it fast, not smooth.
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(links.canvas, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
  }
  const onScreen = nodesOnScreen(s);
  drawNodes(ctx, s, k, onScreen);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = groupFont(s.labelScale);
  const places = s.grouping.groups.length
    ? groupLabelPlaces(s, groupHulls(s), (text) => ctx.measureText(text).width)
    : [];
  groupLabels(ctx, places, dpr, s.labelScale);
  if (!s.quick) drawLabels(ctx, s, dpr, onScreen, widths, places);
}

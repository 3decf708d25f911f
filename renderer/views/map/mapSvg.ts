import { groupHulls, groupLabelPlaces, placeLabels, viewport, type MapScene } from './mapScene';
import { symbolMarkup, type LegendSection } from './mapLegend';
import { esc, fits, wrapText } from '../svgText';
import {
  COMPARE_STYLES,
  DIM_ALPHA,
  HALO,
  HIGHLIGHT_RING,
  INK,
  KIND_MARKS,
  NODE_RADIUS,
  SELECTED_RING,
  lineStyle,
  linkWidth,
  nodeRadius,
  shapePath,
} from './mapStyle';

const f = (n: number) => String(Math.round(n * 100) / 100);

const FONT = 'system-ui, Segoe UI, Roboto, sans-serif';
const HEADER = 48;
const LEGEND_WIDTH = 320;
const LEGEND_LINE = 15;

export interface SvgTexts {
  title: string;
  subtitle: string;
  legend: LegendSection[];
}

/**
 * The map as it is on screen (same zoom, same filters, same selection) as a standalone SVG with a title and the
 * legend beside it, so an exported picture explains itself in a memo or on a slide. Text stays text.
 */
export function sceneSvg(s: MapScene, texts: SvgTexts): string {
  const { k, x: tx, y: ty } = s.transform;
  const { x0, y0, x1, y1 } = viewport(s);
  const { pos, model, vis, focus } = s;
  const r = nodeRadius(k);
  const out: string[] = [];
  // The legend's words wrap within its column (a long draft name would otherwise run off the picture).
  const legend = texts.legend.map((sec) => ({
    title: wrapText(sec.title, fits(LEGEND_WIDTH - 32, 13.5), 2),
    items: sec.items.map((item) => ({
      symbol: item.symbol,
      lines: wrapText(item.label, fits(LEGEND_WIDTH - 60, 12), 3),
    })),
  }));
  const legendHeight = legend.reduce(
    (h, sec) =>
      h +
      28 +
      (sec.title.length - 1) * LEGEND_LINE +
      sec.items.reduce((r, i) => r + 22 + (i.lines.length - 1) * LEGEND_LINE, 0),
    16,
  );
  const width = s.width + LEGEND_WIDTH;
  const height = HEADER + Math.max(s.height, legendHeight);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title>${esc(texts.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${HALO}"/>`,
    `<text x="16" y="22" font-size="17" font-weight="bold" fill="${INK}">${esc(texts.title)}</text>`,
    `<text x="16" y="40" font-size="12" fill="${INK}">${esc(texts.subtitle)}</text>`,
    `<svg x="0" y="${HEADER}" width="${s.width}" height="${s.height}" overflow="hidden">`,
    `<g transform="translate(${f(tx)} ${f(ty)}) scale(${f(k)})">`,
  );
  const hulls = groupHulls(s);
  const pad = NODE_RADIUS * 2.4 + 6 / k;
  hulls.forEach((pts, g) => {
    if (!pts.length) return;
    const colour = s.grouping.groups[g]!.colour;
    const d = `M${pts.map(([x, y]) => `${f(x)} ${f(y)}`).join('L')}Z`;
    out.push(
      `<path d="${d}" fill="${colour}" fill-opacity="0.1" stroke="${colour}" stroke-opacity="0.1" stroke-width="${f(2 * pad)}" stroke-linejoin="round"/>`,
    );
  });
  const inView = (e: number) => {
    const l = model.links[e]!;
    const ax = pos[2 * l.source]!;
    const bx = pos[2 * l.target]!;
    const ay = pos[2 * l.source + 1]!;
    const by = pos[2 * l.target + 1]!;
    return !(Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1);
  };
  const seg = (e: number) => {
    const l = model.links[e]!;
    return `M${f(pos[2 * l.source]!)} ${f(pos[2 * l.source + 1]!)}L${f(pos[2 * l.target]!)} ${f(pos[2 * l.target + 1]!)}`;
  };
  const shown = model.links.map((_, e) => e).filter((e) => vis.links[e] && inView(e));
  const opacity = (dim: boolean) => (dim ? ` opacity="${DIM_ALPHA}"` : '');
  for (const e of shown) {
    const l = model.links[e]!;
    if (!l.compare) continue;
    const st = COMPARE_STYLES[l.compare];
    out.push(
      `<path d="${seg(e)}" stroke="${st.colour}" stroke-width="${f(st.width / k)}"${opacity(!!focus && !focus.links.has(e))}/>`,
    );
  }
  for (const e of shown) {
    const l = model.links[e]!;
    const st = lineStyle(l.status, l.cover);
    const width = linkWidth(l.status, l.strength, l.cover);
    const dash = st.dash.length ? ` stroke-dasharray="${st.dash.map((d) => f(d / k)).join(' ')}"` : '';
    out.push(
      `<path d="${seg(e)}" stroke="${st.colour}" stroke-width="${f(width / k)}"${dash}${opacity(!!focus && !focus.links.has(e))}/>`,
    );
    // A covered link's double line: a white core down the middle.
    if (st.core > 0)
      out.push(
        `<path d="${seg(e)}" stroke="${HALO}" stroke-width="${f((width * st.core) / k)}"${opacity(!!focus && !focus.links.has(e))}/>`,
      );
    const mark = KIND_MARKS[l.kind];
    if (!mark || (focus && !focus.links.has(e))) continue;
    const mx = (pos[2 * l.source]! + pos[2 * l.target]!) / 2;
    const my = (pos[2 * l.source + 1]! + pos[2 * l.target + 1]!) / 2;
    const z = 5.5 / k;
    if (mark.glyph === 'diamond')
      out.push(
        `<path d="M${f(mx + z)} ${f(my)}L${f(mx)} ${f(my - z)}L${f(mx - z)} ${f(my)}L${f(mx)} ${f(my + z)}Z" fill="${mark.colour}" stroke="${HALO}" stroke-width="${f(1 / k)}"/>`,
      );
    else if (mark.glyph === 'cross')
      out.push(
        `<path d="M${f(mx - z)} ${f(my - z)}L${f(mx + z)} ${f(my + z)}M${f(mx - z)} ${f(my + z)}L${f(mx + z)} ${f(my - z)}" stroke="${mark.colour}" stroke-width="${f(2.2 / k)}"/>`,
      );
    else {
      const ax = pos[2 * l.source]!;
      const ay = pos[2 * l.source + 1]!;
      const bx = pos[2 * l.target]!;
      const by = pos[2 * l.target + 1]!;
      const len = Math.hypot(bx - ax, by - ay) || 1;
      const ux = (bx - ax) / len;
      const uy = (by - ay) / len;
      const px = bx - ux * (r + 2 / k);
      const py = by - uy * (r + 2 / k);
      out.push(
        `<path d="M${f(px)} ${f(py)}L${f(px - ux * z * 1.8 - uy * z)} ${f(py - uy * z * 1.8 + ux * z)}L${f(px - ux * z * 1.8 + uy * z)} ${f(py - uy * z * 1.8 - ux * z)}Z" fill="${mark.colour}"/>`,
      );
    }
  }
  const onScreen: number[] = [];
  for (let v = 0; v < model.nodes.length; v++) {
    if (!vis.nodes[v]) continue;
    const x = pos[2 * v]!;
    const y = pos[2 * v + 1]!;
    if (x < x0 || x > x1 || y < y0 || y > y1) continue;
    onScreen.push(v);
    const dim = !!focus && !focus.nodes.has(v);
    const ring = s.shape[v] === 'ring';
    const node = model.nodes[v]!;
    const rv = r * node.size;
    out.push(
      `<path d="${shapePath(s.shape[v]!, x, y, rv)}" fill="${ring ? HALO : s.colour[v]}" stroke="${ring ? s.colour[v] : HALO}" stroke-width="${f((ring ? 3 : 1.5) / k)}"${dim ? ` opacity="${DIM_ALPHA + 0.1}"` : ''}/>`,
    );
    if (dim) continue;
    if (node.kind === 'subject')
      out.push(
        `<path d="${shapePath(s.shape[v]!, x, y, rv + 2.5 / k)}" fill="none" stroke="${INK}" stroke-width="${f(1.4 / k)}"/>`,
      );
    if (node.moved)
      out.push(
        `<circle cx="${f(x)}" cy="${f(y)}" r="${f(rv + 5 / k)}" fill="none" stroke="${INK}" stroke-width="${f(1.6 / k)}" stroke-dasharray="${f(3 / k)} ${f(2 / k)}"/>`,
      );
    if (s.pinned[v]) {
      const p = 3.2 / k;
      out.push(
        `<rect x="${f(x + rv * 0.8 - p)}" y="${f(y - rv * 0.8 - p)}" width="${f(2 * p)}" height="${f(2 * p)}" fill="${INK}" stroke="${HALO}" stroke-width="${f(1 / k)}"/>`,
      );
    }
    if (node.apart?.reason === 'exception') {
      const p = 4.2 / k;
      const bx = x - rv * 0.8;
      const by = y + rv * 0.8;
      out.push(
        `<path d="M${f(bx)} ${f(by - p)}L${f(bx + p)} ${f(by)}L${f(bx)} ${f(by + p)}L${f(bx - p)} ${f(by)}Z" fill="${INK}" stroke="${HALO}" stroke-width="${f(1 / k)}"/>`,
      );
    }
    const colour = s.selected.has(v) ? SELECTED_RING : s.found.has(v) ? HIGHLIGHT_RING : null;
    if (colour)
      out.push(
        `<circle cx="${f(x)}" cy="${f(y)}" r="${f(rv + 4 / k)}" fill="none" stroke="${colour}" stroke-width="${f(3 / k)}"/>`,
      );
  }
  out.push('</g>');
  const places = groupLabelPlaces(s, hulls, (text) => text.length * 8.2);
  for (const p of places)
    out.push(
      `<text x="${f(p.x)}" y="${f(p.y)}" text-anchor="middle" font-size="14" font-weight="bold" fill="${INK}" stroke="${HALO}" stroke-width="4" paint-order="stroke">${esc(p.text)}</text>`,
    );
  for (const l of placeLabels(s, onScreen, (t) => t.length * 6.6, r, places))
    out.push(
      `<text x="${f(l.x)}" y="${f(l.y)}" dominant-baseline="middle" font-size="12" fill="${INK}" stroke="${HALO}" stroke-width="3.5" paint-order="stroke">${esc(l.text)}</text>`,
    );
  out.push('</svg>');
  let ly = HEADER + 8;
  const lx = s.width + 16;
  out.push(`<line x1="${s.width}" y1="${HEADER}" x2="${s.width}" y2="${height}" stroke="#d5dae0"/>`);
  for (const sec of legend) {
    ly += 20;
    out.push(legendText(sec.title, lx, ly, `font-size="13" font-weight="bold"`));
    ly += 8 + (sec.title.length - 1) * LEGEND_LINE;
    for (const item of sec.items) {
      out.push(`<g>${symbolMarkup(item.symbol, lx, ly)}</g>`);
      out.push(legendText(item.lines, lx + 44, ly + 12, `font-size="12"`));
      ly += 22 + (item.lines.length - 1) * LEGEND_LINE;
    }
  }
  out.push('</svg>');
  return out.join('\n');
}

/** A legend entry over one or more lines, each starting at `x`. */
function legendText(lines: readonly string[], x: number, y: number, attrs: string): string {
  const spans = lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : LEGEND_LINE}">${esc(l)}</tspan>`).join('');
  return `<text x="${x}" y="${y}" ${attrs} fill="${INK}">${spans}</text>`;
}

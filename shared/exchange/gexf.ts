import type { IoLocale } from '../io/formatPath';
import type { Project } from '../model';
import { xmlSafe } from './cells';
import { attrTitle, exchangeGraph, type AttrDef, type AttrValue, type ExchangeGraph } from './graphModel';
import type { ExchangeOptions } from './tables';
import { xmlAttr, xmlNumber, xmlText } from './xml';

/**
 * A GEXF 1.3 list: `[a, b]` with each piece in double quotes (JSON string escapes), so that commas, quotes and
 * brackets inside a theme survive.
 */
export function gexfList(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(xmlSafe(v))).join(', ')}]`;
}

function gexfValue(a: AttrDef, v: AttrValue): string {
  if (a.type === 'liststring') return gexfList(v as readonly string[]);
  if (typeof v === 'number') return xmlNumber(v);
  return String(v);
}

function attributes(cls: 'node' | 'edge', defs: readonly AttrDef[], locale: IoLocale): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...defs.map((a) => `      <attribute id="${a.key}" title="${xmlAttr(attrTitle(a, locale))}" type="${a.type}"/>`),
    '    </attributes>',
  ];
}

function attvalues(defs: readonly AttrDef[], values: Readonly<Record<string, AttrValue>>, indent: string): string[] {
  const present = defs.filter((a) => Object.hasOwn(values, a.key));
  if (!present.length) return [];
  return [
    `${indent}<attvalues>`,
    ...present.map((a) => `${indent}  <attvalue for="${a.key}" value="${xmlAttr(gexfValue(a, values[a.key]!))}"/>`),
    `${indent}</attvalues>`,
  ];
}

/** `#rrggbb` as GEXF's viz colour. */
function vizColour(hex: string | undefined): string[] {
  const m = hex && /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return [];
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((x) => parseInt(x, 16));
  return [`        <viz:color r="${r}" g="${g}" b="${b}"/>`];
}

/** The graph as GEXF 1.3 text (Gephi). Undirected by default; a prerequisite is a directed edge. */
export function graphGexf(graph: ExchangeGraph, meta: { title: string; date: string; locale: IoLocale }): string {
  const { locale } = meta;
  const description = graph.draftName === undefined ? meta.title : `${meta.title} — ${graph.draftName}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${xmlAttr(meta.date)}">`,
    '    <creator>Samenhang</creator>',
    `    <description>${xmlText(description)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    ...attributes('node', graph.nodeAttrs, locale),
    ...attributes('edge', graph.edgeAttrs, locale),
    '    <nodes>',
  ];
  for (const n of graph.nodes) {
    lines.push(`      <node id="${xmlAttr(n.id)}" label="${xmlAttr(n.label)}">`);
    lines.push(...attvalues(graph.nodeAttrs, n.values, '        '), ...vizColour(n.colour), '      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const e of graph.edges) {
    const type = e.directed ? ' type="directed"' : '';
    lines.push(
      `      <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}"${type} weight="${xmlNumber(e.weight)}">`,
      ...attvalues(graph.edgeAttrs, e.values, '        '),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

/** The project as GEXF 1.3 for Gephi, with the holders and splits of the chosen draft. */
export function exportGexf(project: Project, options: ExchangeOptions = {}): string {
  const locale = options.locale ?? 'nl';
  return graphGexf(exchangeGraph(project, options), {
    title: project.name,
    date: project.updatedAt.slice(0, 10),
    locale,
  });
}

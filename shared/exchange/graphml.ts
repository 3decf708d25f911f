import type { IoLocale } from '../io/formatPath';
import type { Project } from '../model';
import { attrTitle, exchangeGraph, type AttrDef, type AttrValue, type ExchangeGraph } from './graphModel';
import type { ExchangeOptions } from './tables';
import { xmlAttr, xmlNumber, xmlText } from './xml';

/** GraphML has no list type: a list is one string, separated as in the CSV files. */
const GRAPHML_TYPE: Readonly<Record<AttrDef['type'], string>> = {
  string: 'string',
  double: 'double',
  boolean: 'boolean',
  liststring: 'string',
};

// Key ids share one space for nodes and edges, hence the prefixes; `label` and `weight` are the names Cytoscape
// and yEd look for.
const nodeKey = (a: AttrDef) => `n_${a.key}`;
const edgeKey = (a: AttrDef) => `e_${a.key}`;

function graphmlValue(v: AttrValue): string {
  if (Array.isArray(v)) return v.join(' | ');
  return typeof v === 'number' ? xmlNumber(v) : String(v);
}

function data(defs: readonly AttrDef[], keyOf: (a: AttrDef) => string, values: Readonly<Record<string, AttrValue>>) {
  return defs
    .filter((a) => Object.hasOwn(values, a.key))
    .map((a) => `      <data key="${keyOf(a)}">${xmlText(graphmlValue(values[a.key]!))}</data>`);
}

/** yEd draws a node from its own graphics data: a white box with the domain's colour as border, the title inside. */
function yedNode(label: string, colour: string | undefined): string {
  const width = Math.min(320, 40 + 7 * label.length);
  return (
    '      <data key="n_yfiles"><y:ShapeNode>' +
    `<y:Geometry height="40.0" width="${width}.0"/><y:Fill color="#FFFFFF" transparent="false"/>` +
    `<y:BorderStyle color="${colour ?? '#000000'}" type="line" width="2.0"/>` +
    `<y:NodeLabel>${xmlText(label)}</y:NodeLabel><y:Shape type="roundrectangle"/></y:ShapeNode></data>`
  );
}

function yedEdge(directed: boolean): string {
  return `      <data key="e_yfiles"><y:PolyLineEdge><y:Arrows source="none" target="${directed ? 'standard' : 'none'}"/></y:PolyLineEdge></data>`;
}

/**
 * The graph as GraphML (Cytoscape, yEd): declared keys with names in the file's language, undirected by default and
 * a prerequisite directed; yEd's graphics so that it shows titles at once (other programs skip them).
 */
export function graphGraphml(graph: ExchangeGraph, locale: IoLocale): string {
  const key = (id: string, forWhat: 'node' | 'edge', name: string, type: string) =>
    `  <key id="${id}" for="${forWhat}" attr.name="${xmlAttr(name)}" attr.type="${type}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    key('label', 'node', 'label', 'string'),
    ...graph.nodeAttrs.map((a) => key(nodeKey(a), 'node', attrTitle(a, locale), GRAPHML_TYPE[a.type])),
    key('weight', 'edge', 'weight', 'double'),
    ...graph.edgeAttrs.map((a) => key(edgeKey(a), 'edge', attrTitle(a, locale), GRAPHML_TYPE[a.type])),
    '  <key id="n_yfiles" for="node" yfiles.type="nodegraphics"/>',
    '  <key id="e_yfiles" for="edge" yfiles.type="edgegraphics"/>',
    '  <graph id="G" edgedefault="undirected">',
  ];
  for (const n of graph.nodes)
    lines.push(
      `    <node id="${xmlAttr(n.id)}">`,
      `      <data key="label">${xmlText(n.label)}</data>`,
      ...data(graph.nodeAttrs, nodeKey, n.values),
      yedNode(n.label, n.colour),
      '    </node>',
    );
  for (const e of graph.edges)
    lines.push(
      `    <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}"${e.directed ? ' directed="true"' : ''}>`,
      `      <data key="weight">${xmlNumber(e.weight)}</data>`,
      ...data(graph.edgeAttrs, edgeKey, e.values),
      yedEdge(e.directed),
      '    </edge>',
    );
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** The project as GraphML for Cytoscape and yEd, with the holders and splits of the chosen draft. */
export function exportGraphml(project: Project, options: ExchangeOptions = {}): string {
  return graphGraphml(exchangeGraph(project, options), options.locale ?? 'nl');
}

import { problem, type Problem } from '../../model';
import { decodeText } from '../../io/decodeText';
import type { GraphAttr, GraphData, GraphEdgeItem, GraphItem } from './graphData';
import type { Value } from './values';
import type { GraphFormatName, GraphItemKind, Where } from './where';

/** What the import needs of a parsed XML element: the browser's DOMParser and jsdom's give it. */
export interface XmlElementLike {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly children: ArrayLike<XmlElementLike>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}

export interface XmlDocumentLike {
  readonly documentElement: XmlElementLike | null;
  readonly doctype: unknown;
  getElementsByTagNameNS(namespace: string, localName: string): ArrayLike<XmlElementLike>;
}

/** Parses XML text; in the app the browser's DOMParser, which never fetches anything. */
export type XmlParser = (text: string) => XmlDocumentLike;

const children = (el: XmlElementLike, name: string) => Array.from(el.children).filter((c) => c.localName === name);

/** Descendants named `name` in the file's own namespace (not yEd's `y:` or GEXF's `viz:` ones), in document order. */
function elements(doc: XmlDocumentLike, root: XmlElementLike, name: string): XmlElementLike[] {
  return Array.from(doc.getElementsByTagNameNS('*', name)).filter((e) => e.namespaceURI === root.namespaceURI);
}

/**
 * XML text the import parses, or why not: no DOCTYPE (so no entity is ever declared, let alone expanded, and nothing
 * is fetched), and text that decoded without damage.
 */
export function xmlTextOf(bytes: Uint8Array): { text?: string; problems: Problem[] } {
  const decoded = decodeText(bytes);
  if (decoded.invalid > 0) return { problems: [problem('exchangeXmlInvalidText', { count: decoded.invalid })] };
  if (/<!DOCTYPE|<!ENTITY/i.test(decoded.text)) return { problems: [problem('exchangeXmlDoctype')] };
  return { text: decoded.text, problems: [] };
}

/** A typed GraphML or GEXF value: numbers and booleans as such when they read as one, lists as lists. */
function typed(type: string, text: string): Value {
  const t = type.toLowerCase();
  if (['int', 'integer', 'long', 'float', 'double'].includes(t)) {
    const n = Number(text.trim());
    return text.trim() !== '' && Number.isFinite(n) ? n : text;
  }
  if (t === 'boolean') {
    const b = text.trim().toLowerCase();
    return b === 'true' ? true : b === 'false' ? false : text;
  }
  if (t.startsWith('list')) return gexfList(text);
  return text;
}

/** A GEXF list: `[a, b]` (1.3, pieces may be JSON strings) or `a|b` (1.2). */
export function gexfList(text: string): string[] {
  const t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (Array.isArray(parsed)) return parsed.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    } catch {
      // Not JSON: bare pieces between commas.
    }
    return t
      .slice(1, -1)
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  return t
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

interface Key extends GraphAttr {
  type: string;
  fallback?: string;
}

function whereOf(format: GraphFormatName, kind: GraphItemKind, id: string, index: number): Where {
  return { format, kind, id: id || `#${index + 1}` };
}

/** GraphML (Cytoscape, yEd, Samenhang): keys with `attr.name`, `data` per node and edge, yEd's label as a fallback. */
function readGraphml(doc: XmlDocumentLike, root: XmlElementLike): GraphData {
  const keys = { node: new Map<string, Key>(), edge: new Map<string, Key>() };
  for (const k of children(root, 'key')) {
    const id = k.getAttribute('id') ?? '';
    const name = k.getAttribute('attr.name');
    // yEd's graphics keys carry no name: they are read for a label only.
    if (!id || name === null) continue;
    const forWhat = k.getAttribute('for') ?? 'all';
    const fallback = children(k, 'default')[0]?.textContent ?? undefined;
    const key: Key = { id, title: name, type: k.getAttribute('attr.type') ?? 'string', fallback };
    if (forWhat === 'node' || forWhat === 'all') keys.node.set(id, key);
    if (forWhat === 'edge' || forWhat === 'all') keys.edge.set(id, key);
  }
  const values = (el: XmlElementLike, declared: Map<string, Key>) => {
    const out = new Map<string, Value>();
    for (const d of children(el, 'data')) {
      const key = declared.get(d.getAttribute('key') ?? '');
      if (key && !out.has(key.id)) out.set(key.id, typed(key.type, d.textContent ?? ''));
    }
    for (const key of declared.values())
      if (!out.has(key.id) && key.fallback !== undefined) out.set(key.id, typed(key.type, key.fallback));
    return out;
  };
  const nodes: GraphItem[] = elements(doc, root, 'node').map((n, i) => {
    const id = n.getAttribute('id') ?? '';
    const label = yedLabel(n);
    return { where: whereOf('GraphML', 'node', id, i), id, ...(label ? { label } : {}), values: values(n, keys.node) };
  });
  const edges: GraphEdgeItem[] = elements(doc, root, 'edge').map((e, i) => {
    const id = e.getAttribute('id') ?? '';
    return {
      where: whereOf('GraphML', 'edge', id, i),
      id,
      source: e.getAttribute('source') ?? '',
      target: e.getAttribute('target') ?? '',
      values: values(e, keys.edge),
    };
  });
  return {
    format: 'GraphML',
    nodeAttrs: [...keys.node.values()],
    edgeAttrs: [...keys.edge.values()],
    nodes,
    edges,
    problems: [],
  };
}

/** The text of yEd's first node label, the only place a yEd file keeps a node's name. */
function yedLabel(node: XmlElementLike): string | undefined {
  for (const d of children(node, 'data')) {
    // Breadth first with its own queue: no recursion on the file's nesting.
    const queue: XmlElementLike[] = Array.from(d.children);
    for (let i = 0; i < queue.length; i++) {
      const el = queue[i]!;
      if (el.localName === 'NodeLabel') return el.textContent?.trim() || undefined;
      for (const c of Array.from(el.children)) queue.push(c);
    }
  }
  return undefined;
}

/** GEXF (Gephi, Samenhang): declared attributes by class, `attvalue`s by `for` (or `id`, GEXF 1.1), the label and weight. */
function readGexf(doc: XmlDocumentLike, root: XmlElementLike): GraphData {
  const attrs = { node: new Map<string, Key>(), edge: new Map<string, Key>() };
  for (const block of elements(doc, root, 'attributes')) {
    const cls = block.getAttribute('class') === 'edge' ? 'edge' : 'node';
    for (const a of children(block, 'attribute')) {
      const id = a.getAttribute('id') ?? '';
      if (!id) continue;
      const fallback = children(a, 'default')[0]?.textContent ?? undefined;
      attrs[cls].set(id, {
        id,
        title: a.getAttribute('title') ?? id,
        type: a.getAttribute('type') ?? 'string',
        fallback,
      });
    }
  }
  const values = (el: XmlElementLike, declared: Map<string, Key>) => {
    const out = new Map<string, Value>();
    for (const block of children(el, 'attvalues'))
      for (const v of children(block, 'attvalue')) {
        const key = declared.get(v.getAttribute('for') ?? v.getAttribute('id') ?? '');
        if (key && !out.has(key.id)) out.set(key.id, typed(key.type, v.getAttribute('value') ?? ''));
      }
    for (const key of declared.values())
      if (!out.has(key.id) && key.fallback !== undefined) out.set(key.id, typed(key.type, key.fallback));
    return out;
  };
  const nodes: GraphItem[] = elements(doc, root, 'node').map((n, i) => {
    const id = n.getAttribute('id') ?? '';
    const label = n.getAttribute('label');
    return {
      where: whereOf('GEXF', 'node', id, i),
      id,
      ...(label !== null ? { label } : {}),
      values: values(n, attrs.node),
    };
  });
  const edgeAttrs = [...attrs.edge.values()];
  const edges: GraphEdgeItem[] = elements(doc, root, 'edge').map((e, i) => {
    const id = e.getAttribute('id') ?? '';
    const weight = e.getAttribute('weight');
    const vals = values(e, attrs.edge);
    const label = e.getAttribute('label');
    if (label !== null) vals.set('label', label);
    return {
      where: whereOf('GEXF', 'edge', id, i),
      id,
      source: e.getAttribute('source') ?? '',
      target: e.getAttribute('target') ?? '',
      ...(weight !== null ? { weight: typed('double', weight) } : {}),
      values: vals,
    };
  });
  if (edges.some((e) => e.values.has('label')) && !attrs.edge.has('label'))
    edgeAttrs.push({ id: 'label', title: 'label', type: 'string' });
  return { format: 'GEXF', nodeAttrs: [...attrs.node.values()], edgeAttrs, nodes, edges, problems: [] };
}

const refused = (format: GraphFormatName, problems: Problem[]): GraphData => ({
  format,
  nodeAttrs: [],
  edgeAttrs: [],
  nodes: [],
  edges: [],
  problems,
});

/**
 * A GEXF or GraphML file as plain graph data. The text is checked first (no DOCTYPE or entity), then parsed by
 * `parse`, never a parser of this code's own: the browser's DOMParser, which loads nothing from the network.
 */
export function readGraphXml(bytes: Uint8Array, parse: XmlParser, format: 'gexf' | 'graphml'): GraphData {
  const name: GraphFormatName = format === 'gexf' ? 'GEXF' : 'GraphML';
  const text = xmlTextOf(bytes);
  if (text.text === undefined) return refused(name, text.problems);
  const doc = parse(text.text);
  const error = doc.getElementsByTagNameNS('*', 'parsererror')[0];
  if (error)
    return refused(name, [problem('exchangeXmlMalformed', { reason: (error.textContent ?? '').trim().slice(0, 300) })]);
  if (doc.doctype) return refused(name, [problem('exchangeXmlDoctype')]);
  const root = doc.documentElement;
  if (root?.localName === 'graphml') return readGraphml(doc, root);
  if (root?.localName === 'gexf') return readGexf(doc, root);
  return refused(name, [problem('exchangeXmlNotGraph', { root: root?.localName ?? '' })]);
}

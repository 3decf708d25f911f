import { problem, type Problem } from '../../model';
import { decodeText } from '../../io/decodeText';
import { locateJsonError } from '../../io/locateJsonError';
import { normalizeHeader } from '../../io/csvColumns';
import { LIMITS } from '../../io/limits';
import type { GraphAttr, GraphData, GraphEdgeItem, GraphItem } from './graphData';
import type { SheetTable } from './workbookTables';
import { textOf, type Value } from './values';
import type { Where } from './where';

/** A Kumu record (element or connection) as flat fields, wherever it came from. */
interface KumuRecord {
  where: Where;
  fields: Map<string, Value>;
}

const refused = (problems: Problem[]): GraphData => ({
  format: 'Kumu',
  nodeAttrs: [],
  edgeAttrs: [],
  nodes: [],
  edges: [],
  problems,
});

/** A JSON value Kumu keeps in a field: text, a number, a yes/no, or a list of texts; anything else is left out. */
function valueOf(v: unknown): Value | undefined {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
  return undefined;
}

/**
 * An element or connection of a blueprint (fields beside `id`, as Samenhang and Kumu's import take them) or of a
 * Kumu export (`_id`, with the fields under `attributes`), as flat fields.
 */
function flatten(item: unknown, kind: 'element' | 'connection', index: number): KumuRecord | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const fields = new Map<string, Value>();
  const take = (o: object) => {
    for (const [k, v] of Object.entries(o)) {
      const value = valueOf(v);
      if (value !== undefined) fields.set(k, value);
    }
  };
  take(item);
  const attributes = (item as { attributes?: unknown }).attributes;
  if (typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes)) take(attributes);
  const id = textOf(fields.get('id') ?? fields.get('_id'));
  return { where: { format: 'Kumu', kind, id: id || `#${index + 1}` }, fields };
}

/** The records of a sheet of Kumu's spreadsheet layout (Elements, Connections): fields by header, lists split at `|`. */
function sheetRecords(t: SheetTable): KumuRecord[] {
  return t.rows.map(({ row, cells }) => {
    const fields = new Map<string, Value>();
    t.header.forEach((h, i) => {
      const c = cells[i];
      if (!h || c === null || c === undefined) return;
      fields.set(h, normalizeHeader(h) === 'tags' && typeof c === 'string' ? c.split('|') : c);
    });
    return { where: { sheet: t.sheet, row }, fields };
  });
}

/** Field names as the graph mapping reads them; Kumu's reserved ones (ID, Label, From) match in any case. */
const nameOf = (k: string) => normalizeHeader(k);

function attrsOf(records: readonly KumuRecord[], skip: ReadonlySet<string>): GraphAttr[] {
  const seen = new Map<string, GraphAttr>();
  for (const r of records)
    for (const k of r.fields.keys()) if (!skip.has(nameOf(k)) && !seen.has(k)) seen.set(k, { id: k, title: k });
  return [...seen.values()];
}

const field = (r: KumuRecord, name: string): Value | undefined => {
  for (const [k, v] of r.fields) if (nameOf(k) === name) return v;
  return undefined;
};

/**
 * Kumu records as graph data: elements become nodes (their `label` the title, `tags` the themes), connections edges
 * between element ids, or labels when a blueprint names them so. A connection id Samenhang suffixed with `~link`
 * (Kumu wants ids unique over elements and connections together) gets its own id back.
 */
function kumuGraph(elements: readonly KumuRecord[], connections: readonly KumuRecord[]): GraphData {
  if (elements.length > LIMITS.csvRows || connections.length > LIMITS.csvRows)
    return refused([problem('csvTooManyRows', { limit: LIMITS.csvRows })]);
  const nodes: GraphItem[] = elements.map((r) => {
    const id = textOf(field(r, 'id') ?? field(r, '_id'));
    return { where: r.where, id, values: r.fields };
  });
  const elementIds = new Set(nodes.map((n) => n.id).filter((id) => id !== ''));
  const edges: GraphEdgeItem[] = connections.map((r) => {
    let id = textOf(field(r, 'id') ?? field(r, '_id'));
    if (id.endsWith('~link') && elementIds.has(id.slice(0, -5))) id = id.slice(0, -5);
    return { where: r.where, id, source: textOf(field(r, 'from')), target: textOf(field(r, 'to')), values: r.fields };
  });
  return {
    format: 'Kumu',
    nodeAttrs: attrsOf(elements, new Set(['id', '_id'])),
    edgeAttrs: attrsOf(connections, new Set(['id', '_id', 'from', 'to'])),
    nodes,
    edges,
    problems: [],
  };
}

/** A Kumu blueprint or export (JSON) as graph data; unreadable JSON is refused at its line and column. */
export function readKumuJson(bytes: Uint8Array): GraphData {
  const { text, invalid } = decodeText(bytes);
  if (invalid > 0) return refused([problem('exchangeXmlInvalidText', { count: invalid })]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const at = locateJsonError(text);
    return refused([problem('exchangeJsonSyntax', { line: at?.line ?? 0, column: at?.column ?? 0 })]);
  }
  const o = json as { elements?: unknown; connections?: unknown } | null;
  if (typeof o !== 'object' || o === null || !Array.isArray(o.elements)) return refused([problem('exchangeKumuShape')]);
  const list = (items: unknown, kind: 'element' | 'connection') =>
    (Array.isArray(items) ? items : []).map((it, i) => flatten(it, kind, i)).filter((r) => r !== undefined);
  return kumuGraph(list(o.elements, 'element'), list(o.connections, 'connection'));
}

/** Kumu's spreadsheet (sheets Elements and Connections) as graph data. */
export function readKumuSheets(sheets: { elements?: SheetTable; connections?: SheetTable }): GraphData {
  return kumuGraph(
    sheets.elements ? sheetRecords(sheets.elements) : [],
    sheets.connections ? sheetRecords(sheets.connections) : [],
  );
}

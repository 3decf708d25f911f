import type { IoLocale } from '../io/formatPath';
import type { Project } from '../model';
import { exchangeGraph, attrTitle, type AttrDef, type AttrValue, type ExchangeGraph } from './graphModel';
import type { Cell } from './cells';
import type { ExchangeOptions } from './tables';
import { workbookXlsx } from './xlsx';
import { yesNo } from './words';

/**
 * Kumu's import layout (docs.kumu.io, "JSON / Blueprints" and "Structure your data for Kumu"): elements with
 * `label`, `type`, `description` and `tags`, connections with `from`, `to`, `type` and `direction`, any other key a
 * field of its own. Ids are given, so `from` and `to` are element ids and re-importing updates instead of doubling.
 */
export type KumuValue = string | number | string[];
export interface KumuBlueprint {
  elements: Record<string, KumuValue>[];
  connections: Record<string, KumuValue>[];
}

// Written by the fixed keys: the node's type and themes become Kumu's own type and tags, the description its own.
const OWN_NODE = new Set(['type', 'themes', 'description']);
const OWN_EDGE = new Set(['kind', 'rationale']);

/** Kumu fields are free text: booleans as the words of the file's language, lists as lists. */
function kumuValue(v: AttrValue, locale: IoLocale): KumuValue {
  if (typeof v === 'boolean') return yesNo(v, locale);
  return Array.isArray(v) ? [...v] : (v as string | number);
}

function fields(
  defs: readonly AttrDef[],
  own: ReadonlySet<string>,
  values: Record<string, AttrValue>,
  locale: IoLocale,
) {
  const out: Record<string, KumuValue> = {};
  for (const a of defs)
    if (!own.has(a.key) && Object.hasOwn(values, a.key)) out[attrTitle(a, locale)] = kumuValue(values[a.key]!, locale);
  return out;
}

/** Custom field names capitalised as Kumu shows its own (Label, Type): "Domein", "Houder". */
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('nl') + s.slice(1);

export function kumuBlueprint(graph: ExchangeGraph, locale: IoLocale): KumuBlueprint {
  const elements = graph.nodes.map((n) => {
    const custom = fields(graph.nodeAttrs, OWN_NODE, n.values, locale);
    return {
      id: n.id,
      label: n.label,
      type: capital(n.values.type as string),
      description: n.values.description as string,
      tags: [...(n.values.themes as readonly string[])],
      ...Object.fromEntries(Object.entries(custom).map(([k, v]) => [capital(k), v])),
    };
  });
  // Kumu wants ids unique over elements and connections together; Samenhang's are unique per kind only.
  const elementIds = new Set(graph.nodes.map((n) => n.id));
  const connections = graph.edges.map((e) => {
    const custom = fields(graph.edgeAttrs, OWN_EDGE, e.values, locale);
    return {
      id: elementIds.has(e.id) ? `${e.id}~link` : e.id,
      from: e.source,
      to: e.target,
      type: e.values.kind as string,
      direction: e.directed ? 'directed' : 'undirected',
      description: e.values.rationale as string,
      strength: e.weight,
      ...Object.fromEntries(Object.entries(custom).map(([k, v]) => [capital(k), v])),
    };
  });
  return { elements, connections };
}

/** The project as a Kumu blueprint (JSON), with the holders and splits of the chosen draft. */
export function exportKumuJson(project: Project, options: ExchangeOptions = {}): string {
  const blueprint = kumuBlueprint(exchangeGraph(project, options), options.locale ?? 'nl');
  return `${JSON.stringify(blueprint, null, 2)}\n`;
}

/** Kumu's reserved columns, in English whatever the language: Kumu knows them by these names. */
const RESERVED: Readonly<Record<string, string>> = {
  id: 'ID',
  label: 'Label',
  type: 'Type',
  description: 'Description',
  tags: 'Tags',
  from: 'From',
  to: 'To',
  direction: 'Direction',
  strength: 'Strength',
};

/** Records as a sheet: the union of their keys as columns (ID first, as Kumu asks), lists joined by `|`. */
function sheetOf(records: readonly Record<string, KumuValue>[]): { header: string[]; rows: Cell[][] } {
  const keys: string[] = [];
  for (const r of records) for (const k of Object.keys(r)) if (!keys.includes(k)) keys.push(k);
  return {
    header: keys.map((k) => RESERVED[k] ?? k),
    rows: records.map((r) =>
      keys.map((k) => {
        const v = r[k];
        if (v === undefined) return null;
        return Array.isArray(v) ? v.join('|') : v;
      }),
    ),
  };
}

/** The same as Kumu's spreadsheet import: a workbook with the sheets Elements and Connections. */
export function exportKumuXlsx(project: Project, options: ExchangeOptions = {}): Promise<Uint8Array> {
  const blueprint = kumuBlueprint(exchangeGraph(project, options), options.locale ?? 'nl');
  const elements = sheetOf(blueprint.elements);
  const connections = sheetOf(blueprint.connections);
  return workbookXlsx([
    { sheet: 'Elements', ...elements },
    { sheet: 'Connections', ...connections },
  ]);
}

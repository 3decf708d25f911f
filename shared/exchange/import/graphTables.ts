import type { Problem } from '../../model';
import { normalizeHeader } from '../../io/csvColumns';
import { warning } from '../../io/capProblems';
import { GOAL_COLUMNS } from '../../io/goalColumns';
import { LINK_COLUMNS } from '../../io/linkColumns';
import { WORDS } from '../words';
import type { GraphAttr, GraphData, GraphItem } from './graphData';
import { emptyTable, type GoalField, type ImportTable, type LinkField, type SubjectField } from './records';
import { textOf, type Value } from './values';

type NodeRole = GoalField | 'type' | 'derived' | 'known';
type EdgeRole = LinkField | 'derived' | 'known';

/** Names by which a node attribute maps to a goal field: the goals CSV's columns, and the graph programs' own. */
const NODE_NAMES: ReadonlyMap<string, NodeRole> = (() => {
  const m = new Map<string, NodeRole>();
  for (const c of GOAL_COLUMNS) for (const n of [c.nl, c.en, ...c.aliases]) m.set(normalizeHeader(n), c.key);
  const more: [string, NodeRole][] = [
    ['label', 'title'],
    ['onderwerp', 'subject'],
    ['subject', 'subject'],
    ['beleidsveld', 'subject'],
    ['tags', 'themes'],
    ['type', 'type'],
    ['element type', 'type'],
    // What Samenhang writes about the chosen draft: worked out, not taken in (the workbook's division sheet is).
    ['houder', 'derived'],
    ['holder', 'derived'],
    ['partij', 'derived'],
    ['party', 'derived'],
    ['uitzondering', 'derived'],
    ['exception', 'derived'],
    // Positions and looks, and ids a program keeps of its own: nothing a goal has.
    ['id', 'known'],
    ['_id', 'known'],
  ];
  for (const [n, role] of more) m.set(normalizeHeader(n), role);
  return m;
})();

const EDGE_NAMES: ReadonlyMap<string, EdgeRole> = (() => {
  const m = new Map<string, EdgeRole>();
  for (const c of LINK_COLUMNS)
    if (!c.informative) for (const n of [c.nl, c.en, ...c.aliases]) m.set(normalizeHeader(n), c.key as LinkField);
  const more: [string, EdgeRole][] = [
    ['connection type', 'kind'],
    ['description', 'rationale'],
    ['omschrijving', 'rationale'],
    ['gesplitst', 'derived'],
    ['split', 'derived'],
    // A boolean beside the kind, which says it already.
    ['omgevingswet', 'derived'],
    ['direction', 'known'],
    ['_id', 'known'],
  ];
  for (const [n, role] of more) m.set(normalizeHeader(n), role);
  return m;
})();

/** An attribute's role by its key, else by its title (a foreign file may key attributes by number). */
function roleOf<R>(names: ReadonlyMap<string, R>, a: GraphAttr): R | undefined {
  return names.get(normalizeHeader(a.id)) ?? names.get(normalizeHeader(a.title));
}

const SUBJECT_WORDS = new Set([normalizeHeader(WORDS.nl.subject), normalizeHeader(WORDS.en.subject)]);
const GOAL_WORDS = new Set([normalizeHeader(WORDS.nl.goal), normalizeHeader(WORDS.en.goal)]);

const SUBJECT_FIELDS: ReadonlySet<GoalField> = new Set(['title', 'domain', 'taakvelden', 'description']);

export interface GraphTables {
  goals: ImportTable<GoalField>;
  subjects: ImportTable<SubjectField>;
  links: ImportTable<LinkField>;
  problems: Problem[];
}

/** Fields holding lists: GraphML and Kumu's spreadsheet write them as one text joined by `|`. */
const LIST_FIELDS: ReadonlySet<string> = new Set(['themes', 'taakvelden', 'laws', 'owAspects']);

/**
 * Attribute values by field, the first attribute that maps to a field winning. A list written as text is split at
 * `|` only (a theme may hold a comma: "werk, inkomen" is one theme).
 */
function mapped<F extends string>(roles: ReadonlyMap<string, F>, item: GraphItem): Partial<Record<F, Value>> {
  const out: Partial<Record<F, Value>> = {};
  for (const [key, role] of roles) {
    const v = item.values.get(key);
    if (v === undefined || out[role] !== undefined) continue;
    out[role] =
      LIST_FIELDS.has(role) && typeof v === 'string'
        ? v
            .split('|')
            .map((x) => x.trim())
            .filter((x) => x !== '')
        : v;
  }
  return out;
}

/**
 * A graph as the import's tables: nodes typed as subjects (Samenhang's own files, `type` onderwerp/subject) become
 * subjects, every other node a goal; edges become links. Attributes map by key or title in either language (the
 * goals and links CSV's column names, `label`, Kumu's `tags` and `connection type`); those Samenhang writes about a
 * draft (holder, party, exception, split) and any it does not know are left out and named in a notice.
 */
export function graphTables(graph: GraphData): GraphTables {
  const problems: Problem[] = [];
  const nodeRoles = new Map<string, GoalField | 'type'>();
  const ignored = { node: [] as string[], edge: [] as string[], derived: [] as string[] };
  for (const a of graph.nodeAttrs) {
    const role = roleOf(NODE_NAMES, a);
    if (role === undefined) ignored.node.push(a.title);
    else if (role === 'derived') ignored.derived.push(a.title);
    else if (role !== 'known') nodeRoles.set(a.id, role);
  }
  const edgeRoles = new Map<string, LinkField>();
  for (const a of graph.edgeAttrs) {
    const role = roleOf(EDGE_NAMES, a);
    if (role === undefined) ignored.edge.push(a.title);
    else if (role === 'derived') ignored.derived.push(a.title);
    else if (role !== 'known' && role !== 'source' && role !== 'target') edgeRoles.set(a.id, role);
  }
  const goals = emptyTable<GoalField>(true);
  const subjects = emptyTable<SubjectField>(true);
  const links = emptyTable<LinkField>(true);
  const fields = new Map<string, GoalField>();
  for (const [key, role] of nodeRoles) if (role !== 'type') fields.set(key, role as GoalField);
  const otherTypes = new Set<string>();
  const typeKey = [...nodeRoles].find(([, r]) => r === 'type')?.[0];
  for (const node of graph.nodes) {
    const values = mapped(fields, node);
    const title = textOf(values.title) || node.label;
    if (title) values.title = title;
    values.id = node.id;
    const type = typeKey === undefined ? '' : normalizeHeader(textOf(node.values.get(typeKey)));
    if (SUBJECT_WORDS.has(type)) {
      const { id, title: name, domain, taakvelden, description } = values;
      subjects.records.push({ where: node.where, values: { id, name, domain, taakvelden, description } });
      continue;
    }
    if (type && !GOAL_WORDS.has(type)) otherTypes.add(textOf(node.values.get(typeKey!)));
    goals.records.push({ where: node.where, values });
  }
  const present = new Set<GoalField>(['id', ...fields.values()]);
  if (graph.nodes.some((n) => n.label !== undefined)) present.add('title');
  goals.present = present;
  const subjectPresent = new Set<SubjectField>(['id']);
  if (present.has('title')) subjectPresent.add('name');
  for (const f of ['domain', 'taakvelden', 'description'] as const) if (present.has(f)) subjectPresent.add(f);
  subjects.present = subjectPresent;
  for (const [key, field] of fields) {
    const title = graph.nodeAttrs.find((a) => a.id === key)?.title ?? key;
    goals.name[field] ??= title;
    if (SUBJECT_FIELDS.has(field)) subjects.name[(field === 'title' ? 'name' : field) as SubjectField] ??= title;
  }
  for (const edge of graph.edges) {
    const values = mapped(edgeRoles, edge);
    if (values.strength === undefined && edge.weight !== undefined) values.strength = edge.weight;
    values.source = edge.source;
    values.target = edge.target;
    if (edge.id) values.id = edge.id;
    links.records.push({ where: edge.where, values });
  }
  const linkPresent = new Set<LinkField>(['id', 'source', 'target', ...edgeRoles.values()]);
  if (graph.edges.some((e) => e.weight !== undefined)) linkPresent.add('strength');
  links.present = linkPresent;
  for (const [key, field] of edgeRoles) links.name[field] ??= graph.edgeAttrs.find((a) => a.id === key)?.title ?? key;
  // The ends as the file names them: XML attributes `source` and `target`, Kumu's fields `from` and `to`.
  links.name.source = graph.format === 'Kumu' ? 'from' : 'source';
  links.name.target = graph.format === 'Kumu' ? 'to' : 'target';
  if (ignored.node.length) problems.push(warning('exchangeNodeAttributesIgnored', { names: ignored.node.join(', ') }));
  if (ignored.edge.length) problems.push(warning('exchangeEdgeAttributesIgnored', { names: ignored.edge.join(', ') }));
  if (ignored.derived.length)
    problems.push(warning('exchangeDraftAttributesIgnored', { names: ignored.derived.join(', ') }));
  if (otherTypes.size)
    problems.push(warning('exchangeTypesAsGoals', { types: [...otherTypes].slice(0, 10).join(', ') }));
  return { goals, subjects, links, problems };
}

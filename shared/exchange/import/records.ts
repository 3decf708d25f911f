import type { DecimalMark } from '../../io/parseNumber';
import type { Value } from './values';
import type { Where } from './where';

/** One row of a sheet or one node or edge of a graph, by field. */
export interface ImportRecord<K extends string> {
  where: Where;
  values: Partial<Record<K, Value>>;
}

/**
 * Records of one kind (goals, subjects, links) as a file gives them, whatever the file: the same table the CSV
 * importer works on, with typed values and a location per record.
 */
export interface ImportTable<K extends string> {
  /**
   * The fields the file carries (a column, or an attribute some node declares). On an update only these change:
   * a goal in a GraphML file keeps its laws, which GraphML does not carry.
   */
  present: ReadonlySet<K>;
  /** The column or attribute as the file spells it, for locations. */
  name: Partial<Record<K, string>>;
  /** How numbers written as text are read: a decimal comma in sheets (Dutch Excel), a point in XML and JSON. */
  decimal: DecimalMark;
  records: ImportRecord<K>[];
  /**
   * A graph file states its defaults once for the file (a node without a label takes its id as title, an edge
   * without a kind or weight the default); a sheet, like a CSV file, asks for them.
   */
  graph: boolean;
}

/** A record that becomes an entity: new, or an update of the project's entity with its id. */
export interface Incoming<T> {
  where: Where;
  /** The whole entity: new, or the project's one with the file's fields in it. */
  entity: T;
  /** The project's entity it replaces; undefined for a new one. */
  before: T | undefined;
}

export type GoalField =
  | 'id'
  | 'title'
  | 'description'
  | 'domain'
  | 'themes'
  | 'taakvelden'
  | 'laws'
  | 'owInstrument'
  | 'owAspects'
  | 'budget'
  | 'source'
  | 'subject';

export type SubjectField = 'id' | 'name' | 'domain' | 'taakvelden' | 'description';

export type LinkField = 'id' | 'source' | 'target' | 'kind' | 'strength' | 'rationale';

export function emptyTable<K extends string>(graph: boolean): ImportTable<K> {
  return { present: new Set<K>(), name: {}, decimal: graph ? '.' : ',', records: [], graph };
}

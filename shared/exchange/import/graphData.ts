import type { Problem } from '../../model';
import type { Value } from './values';
import type { GraphFormatName, Where } from './where';

/** An attribute a graph file declares: its key (GEXF/GraphML id, Kumu field) and the name it shows (title). */
export interface GraphAttr {
  id: string;
  title: string;
}

/** A node, edge, element or connection: its id ('' when the file gives none) and its attribute values by key. */
export interface GraphItem {
  where: Where;
  id: string;
  /** The name the file's own structure gives it (GEXF's label, yEd's node label), when it has one. */
  label?: string;
  values: Map<string, Value>;
}

export interface GraphEdgeItem extends GraphItem {
  source: string;
  target: string;
  /** GEXF's weight attribute of the edge itself. */
  weight?: Value;
}

/**
 * A graph file as plain data, whatever its format: GEXF and GraphML are read from XML (on the page, where the
 * browser's DOMParser is), Kumu from JSON or its spreadsheet; the import maps all three the same way. Plain data so
 * that it can go to the import worker.
 */
export interface GraphData {
  format: GraphFormatName;
  nodeAttrs: GraphAttr[];
  edgeAttrs: GraphAttr[];
  nodes: GraphItem[];
  edges: GraphEdgeItem[];
  /** What reading the file found: a refusal (an error) means there is no graph to import. */
  problems: Problem[];
}

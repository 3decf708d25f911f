import type { Problem } from '../../model';

/** The file formats the exchange import reads. */
export type ExchangeFormat = 'xlsx' | 'gexf' | 'graphml' | 'kumu';

/** Graph formats as their programs name them, the first segment of a graph location. */
export type GraphFormatName = 'GEXF' | 'GraphML' | 'Kumu';

/** What a graph location points at: GEXF and GraphML have nodes and edges, Kumu elements and connections. */
export type GraphItemKind = 'node' | 'edge' | 'element' | 'connection';

/**
 * Where a record of an imported file is: a sheet row (rows numbered as Excel shows them), or a node, edge, element
 * or connection of a graph file by its id (or `#n`, its position, when it has none).
 */
export type Where = { sheet: string; row: number } | { format: GraphFormatName; kind: GraphItemKind; id: string };

/**
 * A location as a problem path (shared/io/formatPath reads both): `['sheet', sheet, row, column?]` ("Doelen, rij
 * 14, kolom ‘budget’") or `['graph', format, kind, id, attribute?]` ("GraphML, knoop n14, attribuut ‘budget’").
 */
export function pathOf(where: Where, column?: string): (string | number)[] {
  const path: (string | number)[] =
    'sheet' in where ? ['sheet', where.sheet, where.row] : ['graph', where.format, where.kind, where.id];
  if (column !== undefined && column !== '') path.push(column);
  return path;
}

/** Problems shared/io's cell helpers located at `['csv', row, column]`, moved to the record they concern. */
export function relocate(problems: readonly Problem[], where: Where): Problem[] {
  return problems.map((p) => {
    if (p.path?.[0] !== 'csv') return p;
    const column = p.path[2];
    return { ...p, path: pathOf(where, column === undefined ? undefined : String(column)) };
  });
}

/** The problem placed at a record (and the column or attribute as the file spells it). */
export function locate(p: Problem, where: Where, column?: string): Problem {
  return { ...p, path: pathOf(where, column) };
}

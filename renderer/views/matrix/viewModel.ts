import type { Division, LinkKind, Project } from '../../../shared/model';
import { LINK_KINDS } from '../../../shared/model';
import { divisionParts, type CompactGraph } from '../../../shared/analysis/compactGraph';
import type { CoherenceReport } from '../../../shared/analysis/coherenceReport';
import type { LinkList } from '../../../shared/analysis/divisionFigures';

/**
 * A node of the matrix: a goal today. Views hold ids and kinds, never Goal objects, so a subject (a group of
 * goals) can become a node later without a new view model.
 */
export interface MatrixNode {
  id: string;
  kind: 'goal';
  title: string;
  domainId: string;
  /** Holder in the chosen draft; null when unassigned (or held by a portfolio that is not in the draft). */
  holderId: string | null;
  /** Index into `blocks`. */
  block: number;
}

/** A holder's goals: rows and columns [start, end) of the matrix. The unassigned block, if any, comes last. */
export interface MatrixBlock {
  holderId: string | null;
  start: number;
  end: number;
}

/**
 * 'kept': both goals with one holder; 'split': with two holders (the draft splits the link); 'open': at least
 * one goal has no holder yet, so the draft neither keeps nor splits it (the report counts these apart).
 */
export type CellStatus = 'kept' | 'split' | 'open';

/** One position of the matrix that holds at least one link. Every link fills two cells: (a, b) and (b, a). */
export interface MatrixCell {
  row: number;
  col: number;
  /** Graph link indices (CompactGraph order), strongest first. Usually one; two goals may share links of two kinds. */
  links: number[];
  /** Kind of the strongest link: the cell's colour and glyph. */
  kind: LinkKind;
  /** Summed strength: the cell's shade. */
  weight: number;
  status: CellStatus;
  /** Split in the chosen draft: the cell lies outside every holder's diagonal block. */
  outsideBlock: boolean;
}

/** Holder × holder split weight: the coordination agenda as a symmetric matrix (diagonal 0). */
export interface PairMatrix {
  holders: readonly string[];
  /** k × k, row-major. */
  weight: Float64Array;
  count: Int32Array;
  /** The report's link list of each pair (both triangles point to the same list); null where nothing is split. */
  links: readonly (LinkList | null)[];
}

export interface MatrixModel {
  nodes: MatrixNode[];
  blocks: MatrixBlock[];
  cells: MatrixCell[];
  /** Cell index by `row * n + col`. */
  cellAt: ReadonlyMap<number, number>;
  /**
   * For each row, the columns that hold a cell, ascending. The matrix is symmetric, so it is also, for each
   * column, the rows that hold a cell: keyboard moves read it both ways.
   */
  rowCols: readonly Int32Array[];
  /** Links the draft splits (each fills two cells outside the blocks). */
  splitLinks: number;
  pairs: PairMatrix;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Orders the goals by holder (in the draft's order), then by domain (in the project's order), then by title, and
 * places every link in the two cells it fills. The pair matrix is arranged from the report, so the matrix and the
 * report's coordination agenda show the same numbers.
 */
export function matrixModel(
  project: Pick<Project, 'goals'>,
  graph: CompactGraph,
  division: Pick<Division, 'portfolioIds' | 'assignments'>,
  report: Pick<CoherenceReport, 'coordination'>,
): MatrixModel {
  const n = graph.n;
  const k = division.portfolioIds.length;
  const parts = divisionParts(graph, division);
  const titles = new Map(project.goals.map((g) => [g.id, g.title]));
  const blockOf = (v: number) => (parts[v]! >= 0 ? parts[v]! : k);
  const order = Array.from({ length: n }, (_, v) => v).sort(
    (a, b) =>
      blockOf(a) - blockOf(b) ||
      graph.domain[a]! - graph.domain[b]! ||
      collator.compare(titles.get(graph.goalIds[a]!) ?? '', titles.get(graph.goalIds[b]!) ?? '') ||
      (graph.goalIds[a]! < graph.goalIds[b]! ? -1 : graph.goalIds[a]! > graph.goalIds[b]! ? 1 : 0),
  );
  const position = new Int32Array(n);
  order.forEach((v, i) => (position[v] = i));

  const blocks: MatrixBlock[] = [];
  let at = 0;
  for (let b = 0; b <= k; b++) {
    const start = at;
    while (at < n && blockOf(order[at]!) === b) at++;
    if (b < k || at > start) blocks.push({ holderId: b < k ? division.portfolioIds[b]! : null, start, end: at });
  }
  const nodes: MatrixNode[] = order.map((v) => {
    const id = graph.goalIds[v]!;
    const b = blockOf(v);
    return {
      id,
      kind: 'goal',
      title: titles.get(id) ?? id,
      domainId: graph.domainIds[graph.domain[v]!] ?? '',
      holderId: b < k ? division.portfolioIds[b]! : null,
      block: b,
    };
  });

  const cells: MatrixCell[] = [];
  const cellAt = new Map<number, number>();
  let splitLinks = 0;
  const place = (row: number, col: number, e: number, status: CellStatus) => {
    const key = row * n + col;
    const found = cellAt.get(key);
    if (found === undefined) {
      cellAt.set(key, cells.length);
      cells.push({
        row,
        col,
        links: [e],
        kind: LINK_KINDS[graph.kind[e]!]!,
        weight: graph.weight[e]!,
        status,
        outsideBlock: status === 'split',
      });
      return;
    }
    const cell = cells[found]!;
    cell.links.push(e);
    cell.weight += graph.weight[e]!;
    // Strongest first; equal strengths keep the kinds' order, so the colour does not depend on link order.
    cell.links.sort((x, y) => graph.weight[y]! - graph.weight[x]! || graph.kind[x]! - graph.kind[y]! || x - y);
    cell.kind = LINK_KINDS[graph.kind[cell.links[0]!]!]!;
  };
  for (let e = 0; e < graph.m; e++) {
    const s = graph.src[e]!;
    const t = graph.dst[e]!;
    const ps = parts[s]!;
    const pt = parts[t]!;
    const status: CellStatus = ps < 0 || pt < 0 ? 'open' : ps === pt ? 'kept' : 'split';
    if (status === 'split') splitLinks++;
    place(position[s]!, position[t]!, e, status);
    place(position[t]!, position[s]!, e, status);
  }

  const colsOf: number[][] = Array.from({ length: n }, () => []);
  for (const c of cells) colsOf[c.row]!.push(c.col);
  const rowCols = colsOf.map((cols) => Int32Array.from(cols).sort());

  return { nodes, blocks, cells, cellAt, rowCols, splitLinks, pairs: pairMatrix(division.portfolioIds, report) };
}

/** The report's coordination pairs as a holder × holder matrix in the draft's holder order. */
export function pairMatrix(holders: readonly string[], report: Pick<CoherenceReport, 'coordination'>): PairMatrix {
  const k = holders.length;
  const index = new Map(holders.map((h, i) => [h, i]));
  const weight = new Float64Array(k * k);
  const count = new Int32Array(k * k);
  const links: (LinkList | null)[] = new Array<LinkList | null>(k * k).fill(null);
  for (const pair of report.coordination) {
    const a = index.get(pair.a);
    const b = index.get(pair.b);
    if (a === undefined || b === undefined) continue;
    for (const cell of [a * k + b, b * k + a]) {
      weight[cell] = pair.weight;
      count[cell] = pair.count;
      links[cell] = pair.links;
    }
  }
  return { holders, weight, count, links };
}

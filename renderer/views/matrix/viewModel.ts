import type { Division, LinkKind, Project } from '../../../shared/model';
import { LINK_KINDS } from '../../../shared/model';
import { divisionParts, type CompactGraph } from '../../../shared/analysis/compactGraph';
import type { CoherenceReport } from '../../../shared/analysis/coherenceReport';
import type { LinkList } from '../../../shared/analysis/divisionFigures';
import type { SubjectLevel } from '../../../shared/analysis/subjectLevel';
import { apartOf, type ApartReason } from '../../../shared/analysis/levelTies';

/**
 * A node of the matrix: a goal, or a subject (at subject level, a subject with the goals that follow it; at goal
 * level, only a subject that is a node of its own). Views hold ids and kinds, never Goal objects.
 */
export interface MatrixNode {
  id: string;
  kind: 'goal' | 'subject';
  title: string;
  domainId: string;
  /** Holder in the chosen draft; null when unassigned (or held by a portfolio that is not in the draft). */
  holderId: string | null;
  /** Index into `blocks`. */
  block: number;
  /** Goals grouped in the node (1 for a goal, 0 for a subject without goals). */
  goalCount: number;
  /** A goal standing apart from its subject (an exception, a co-holder's goal, an unplaced subject), or null. */
  apart: { subjectId: string; subjectName: string; reason: ApartReason } | null;
  /** Links with both ends inside the node (a subject's own coherence; never drawn as a cell). */
  inside: number;
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

/**
 * One position of the matrix that holds at least one link. Every link fills two cells: (a, b) and (b, a). At
 * subject level a cell is a tie: all the goal-level links between two nodes.
 */
export interface MatrixCell {
  row: number;
  col: number;
  /** Graph link indices (CompactGraph order), strongest first. Usually one at goal level; a tie's links at subject level. */
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
  level: 'goal' | 'subject';
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
  /** Goal-level links the draft splits (the report's split count), at either level. */
  splitLinks: number;
  /**
   * Goal-level links in the cells outside the blocks, counted per cell: always 2 × `splitLinks`, since each split
   * link lies in two mirrored cells, alone at goal level, summed into its tie at subject level.
   */
  outsideLinks: number;
  pairs: PairMatrix;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** What the matrix orders and places: one node per row, and its ties (links) to other nodes. */
interface Unit {
  id: string;
  kind: 'goal' | 'subject';
  title: string;
  domain: number;
  part: number;
  goalCount: number;
  apart: MatrixNode['apart'];
  inside: number;
}

/**
 * Orders the nodes by holder (in the draft's order), then by domain (in the project's order), then by title, and
 * places every link in the two cells it fills; at subject level the nodes are the draft's level nodes and a cell
 * holds a tie (every link between the two). The pair matrix is arranged from the report, so the matrix and the
 * report's coordination agenda show the same numbers.
 */
export function matrixModel(
  project: Pick<Project, 'goals'> & Partial<Pick<Project, 'subjects' | 'domains'>>,
  graph: CompactGraph,
  division: Pick<Division, 'portfolioIds' | 'assignments'> & Partial<Pick<Division, 'subjects'>>,
  report: Pick<CoherenceReport, 'coordination'>,
  level: SubjectLevel | null = null,
): MatrixModel {
  const parts = divisionParts(graph, division);
  const titles = new Map<string, string>([
    ...(project.subjects ?? []).map((s): [string, string] => [s.id, s.name]),
    ...project.goals.map((g): [string, string] => [g.id, g.title]),
  ]);
  const subjectDomain = new Map((project.subjects ?? []).map((s) => [s.id, s.domainId]));
  const domainIndex = new Map(graph.domainIds.map((id, i) => [id, i]));
  const units: Unit[] = [];
  // Ties as (unit a, unit b, links); at goal level each link is its own tie.
  const ties: { a: number; b: number; links: number[] }[] = [];
  if (level) {
    const d = { portfolioIds: division.portfolioIds, subjects: division.subjects ?? {} };
    level.nodes.forEach((node, i) => {
      const apart = apartOf(graph, level, i, d);
      const domainId = node.kind === 'subject' ? subjectDomain.get(node.id) : undefined;
      units.push({
        id: node.id,
        kind: node.kind,
        title: titles.get(node.id) ?? node.id,
        domain: domainId !== undefined ? (domainIndex.get(domainId) ?? 0) : graph.domain[node.members[0]!]!,
        part: node.part,
        goalCount: node.goalIds.length,
        apart: apart ? { ...apart, subjectName: titles.get(apart.subjectId) ?? apart.subjectId } : null,
        inside: level.inside[i]!.length,
      });
    });
    for (const e of level.edges) ties.push({ a: e.a, b: e.b, links: [...e.links] });
  } else {
    for (let v = 0; v < graph.n; v++) {
      const id = graph.goalIds[v]!;
      const subject = graph.isSubject[v] === 1;
      units.push({
        id,
        kind: subject ? 'subject' : 'goal',
        title: titles.get(id) ?? id,
        domain: graph.domain[v]!,
        part: parts[v]!,
        goalCount: subject ? 0 : 1,
        apart: null,
        inside: 0,
      });
    }
    for (let e = 0; e < graph.m; e++) ties.push({ a: graph.src[e]!, b: graph.dst[e]!, links: [e] });
  }
  return placeUnits(units, ties, graph, division.portfolioIds, pairMatrix(division.portfolioIds, report), !!level);
}

function placeUnits(
  units: readonly Unit[],
  ties: readonly { a: number; b: number; links: number[] }[],
  graph: CompactGraph,
  portfolioIds: readonly string[],
  pairs: PairMatrix,
  subjectLevel: boolean,
): MatrixModel {
  const n = units.length;
  const k = portfolioIds.length;
  const blockOf = (v: number) => (units[v]!.part >= 0 ? units[v]!.part : k);
  const order = Array.from({ length: n }, (_, v) => v).sort(
    (a, b) =>
      blockOf(a) - blockOf(b) ||
      units[a]!.domain - units[b]!.domain ||
      collator.compare(units[a]!.title, units[b]!.title) ||
      (units[a]!.id < units[b]!.id ? -1 : units[a]!.id > units[b]!.id ? 1 : 0),
  );
  const position = new Int32Array(n);
  order.forEach((v, i) => (position[v] = i));

  const blocks: MatrixBlock[] = [];
  let at = 0;
  for (let b = 0; b <= k; b++) {
    const start = at;
    while (at < n && blockOf(order[at]!) === b) at++;
    if (b < k || at > start) blocks.push({ holderId: b < k ? portfolioIds[b]! : null, start, end: at });
  }
  const nodes: MatrixNode[] = order.map((v) => {
    const u = units[v]!;
    const b = blockOf(v);
    return {
      id: u.id,
      kind: u.kind,
      title: u.title,
      domainId: graph.domainIds[u.domain] ?? '',
      holderId: b < k ? portfolioIds[b]! : null,
      block: b,
      goalCount: u.goalCount,
      apart: u.apart,
      inside: u.inside,
    };
  });

  const cells: MatrixCell[] = [];
  const cellAt = new Map<number, number>();
  let splitLinks = 0;
  let outsideLinks = 0;
  // Strongest first; equal strengths keep the kinds' order, so the colour does not depend on link order.
  const strongest = (x: number, y: number) =>
    graph.weight[y]! - graph.weight[x]! || graph.kind[x]! - graph.kind[y]! || x - y;
  const place = (row: number, col: number, links: readonly number[], status: CellStatus) => {
    const key = row * n + col;
    const found = cellAt.get(key);
    const cell: MatrixCell =
      found === undefined
        ? { row, col, links: [], kind: 'reinforces', weight: 0, status, outsideBlock: status === 'split' }
        : cells[found]!;
    if (found === undefined) {
      cellAt.set(key, cells.length);
      cells.push(cell);
    }
    for (const e of links) {
      cell.links.push(e);
      cell.weight += graph.weight[e]!;
    }
    if (cell.links.length > 1) cell.links.sort(strongest);
    cell.kind = LINK_KINDS[graph.kind[cell.links[0]!]!]!;
    if (status === 'split') outsideLinks += links.length;
  };
  for (const tie of ties) {
    const ps = units[tie.a]!.part;
    const pt = units[tie.b]!.part;
    const status: CellStatus = ps < 0 || pt < 0 ? 'open' : ps === pt ? 'kept' : 'split';
    if (status === 'split') splitLinks += tie.links.length;
    place(position[tie.a]!, position[tie.b]!, tie.links, status);
    place(position[tie.b]!, position[tie.a]!, tie.links, status);
  }

  const colsOf: number[][] = Array.from({ length: n }, () => []);
  for (const c of cells) colsOf[c.row]!.push(c.col);
  const rowCols = colsOf.map((cols) => Int32Array.from(cols).sort());

  return {
    level: subjectLevel ? 'subject' : 'goal',
    nodes,
    blocks,
    cells,
    cellAt,
    rowCols,
    splitLinks,
    outsideLinks,
    pairs,
  };
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

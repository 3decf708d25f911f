import type { Division } from '../../../shared/model';
import type { CompactGraph } from '../../../shared/analysis/compactGraph';
import type { CoherenceReport } from '../../../shared/analysis/coherenceReport';
import type { LinkList } from '../../../shared/analysis/divisionFigures';
import type { SubjectLevel } from '../../../shared/analysis/subjectLevel';
import { apartOf, splitTies, type Apart } from '../../../shared/analysis/levelTies';
import { pairCoverage, type PairCoverage } from './coverageModel';

/** One end of a tie at subject level: a subject, or a goal standing alone (an exception says which subject). */
export interface TieEnd {
  id: string;
  kind: 'subject' | 'goal';
  holderId: string | null;
  goalCount: number;
  apart: Apart | null;
}

/** A split tie: two level nodes with two holders and the goal-level links between them. */
export interface TieRow {
  key: string;
  a: TieEnd;
  b: TieEnd;
  count: number;
  weight: number;
  /** Goal-level links, as indices into the report's `linkIds`. */
  links: LinkList;
}

/** The split ties of a draft at subject level, heaviest first; their weights add up to the report's split weight. */
export function splitTieRows(
  g: CompactGraph,
  level: SubjectLevel,
  division: Pick<Division, 'portfolioIds' | 'subjects'>,
): TieRow[] {
  const end = (i: number): TieEnd => {
    const node = level.nodes[i]!;
    return {
      id: node.id,
      kind: node.kind,
      holderId: node.part >= 0 ? division.portfolioIds[node.part]! : null,
      goalCount: node.goalIds.length,
      apart: apartOf(g, level, i, division),
    };
  };
  return splitTies(level).map((e) => ({
    key: `${level.nodes[e.a]!.id}\u0000${level.nodes[e.b]!.id}`,
    a: end(e.a),
    b: end(e.b),
    count: e.count,
    weight: e.weight,
    links: e.links,
  }));
}

/** One pair of holders on the coordination agenda, with what brings it there. */
export interface AgendaRow {
  a: string;
  b: string;
  count: number;
  weight: number;
  splitLinks: LinkList;
  sharedLinks: LinkList;
  /** The shared subjects that put the pair on the agenda (or add links to it). */
  sharedSubjectIds: string[];
  /** At subject level: the pair's split links grouped by the ties they run along (a tie's holders are this pair). */
  ties: TieRow[] | null;
  /** Whether arrangements cover the pair's split links, and which. */
  cover: PairCoverage;
  /** The split links that are not deliberate (covered, then uncovered), and the deliberate ones, listed apart. */
  agreedLinks: LinkList;
  deliberateLinks: LinkList;
}

/**
 * The coordination agenda as the report gives it (`report.agenda`: split pairs plus pairs that share a subject,
 * heaviest first), with, at subject level, each pair's split links grouped by subject pair. Every split tie lands
 * in exactly one pair, so each pair's ties hold exactly its split links.
 */
export function agendaRows(report: Pick<CoherenceReport, 'agenda'>, ties: readonly TieRow[] | null): AgendaRow[] {
  const byPair = new Map<string, TieRow[]>();
  const key = (a: string | null, b: string | null) => [a, b].sort().join('\u0000');
  for (const tie of ties ?? []) {
    const k = key(tie.a.holderId, tie.b.holderId);
    let list = byPair.get(k);
    if (!list) byPair.set(k, (list = []));
    list.push(tie);
  }
  return report.agenda.map((p) => ({
    a: p.a,
    b: p.b,
    count: p.count,
    weight: p.weight,
    splitLinks: p.splitLinks,
    sharedLinks: p.sharedLinks,
    sharedSubjectIds: p.sharedSubjectIds,
    ties: ties ? (byPair.get(key(p.a, p.b)) ?? []) : null,
    cover: pairCoverage(p),
    agreedLinks: concat(p.covered.links, p.uncovered.links),
    deliberateLinks: p.deliberate.links,
  }));
}

function concat(a: LinkList, b: LinkList): LinkList {
  if (!a.length) return b;
  if (!b.length) return a;
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

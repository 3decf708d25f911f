import type { Project } from '../model/project';
import { problem, type Problem } from '../model/problem';
import { buildCompactGraph, divisionParts, type CompactGraph } from './compactGraph';
import { scoreParts, linkStatus, LINK_KEPT, LINK_SPLIT } from './scoreParts';
import { divisionFigures, type DivisionFigures, type PortfolioFigures } from './divisionFigures';
import { subjectMoves, type GoalMove, type SubjectMoves } from './subjectMoves';

export type { GoalMove, SubjectMove, SubjectMoves } from './subjectMoves';

// Imported constants read in hot loops are copied into locals: a CommonJS transpile (tsx, vitest) turns each
// read of an imported binding into a getter call.
const KEPT = LINK_KEPT;
const SPLIT = LINK_SPLIT;

/** A figure in draft A and draft B; `delta` is b − a, null when either side has no value. */
export interface Change {
  a: number | null;
  b: number | null;
  delta: number | null;
}

export const COMPARED_FIGURES = [
  'cut',
  'cutCount',
  'cutShare',
  'kept',
  'keptCount',
  'unassigned',
  'unassignedCount',
  'crossDomainCut',
  'crossDomainShare',
  'omgevingswetCut',
  'omgevingswetShare',
  'owSocialPhysicalCut',
  'modularity',
] as const;
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];

export interface DivisionComparison {
  divisionA: string;
  divisionB: string;
  problems: Problem[];
  moved: GoalMove[];
  /** The same moves at subject level: subjects placed with another holder, and the goals their move does not explain. */
  subjectMoves: SubjectMoves;
  /** Split in B and not split in A. */
  newlySplit: string[];
  /** Kept inside one portfolio in B and not in A. */
  newlyJoined: string[];
  figures: Record<ComparedFigure, Change>;
  /** Every portfolio of either draft, A's order first. */
  portfolios: {
    portfolioId: string;
    goals: Change;
    budget: Change;
    internal: Change;
    external: Change;
    cohesion: Change;
  }[];
  /** Every pair of portfolios with split links in either draft; a < b by id. */
  coordination: { a: string; b: string; count: Change; weight: Change }[];
}

function change(a: number | null | undefined, b: number | null | undefined): Change {
  const x = a ?? null;
  const y = b ?? null;
  return { a: x, b: y, delta: x !== null && y !== null ? y - x : null };
}

function flat(f: DivisionFigures): Record<ComparedFigure, number | null> {
  return {
    cut: f.cut.cut,
    cutCount: f.cut.cutCount,
    cutShare: f.cut.share,
    kept: f.kept.weight,
    keptCount: f.kept.count,
    unassigned: f.unassigned.weight,
    unassignedCount: f.unassigned.count,
    crossDomainCut: f.crossDomain.cut,
    crossDomainShare: f.crossDomain.share,
    omgevingswetCut: f.omgevingswet.cut,
    omgevingswetShare: f.omgevingswet.share,
    owSocialPhysicalCut: f.owSocialPhysical.weight,
    modularity: f.modularity,
  };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** What changes from draft A to draft B: moved goals, links newly split or joined, and every figure. */
export function compareDivisions(
  project: Project,
  divisionIdA: string,
  divisionIdB: string,
  graph?: CompactGraph,
): DivisionComparison {
  const g = graph ?? buildCompactGraph(project);
  const da = project.divisions.find((d) => d.id === divisionIdA);
  const db = project.divisions.find((d) => d.id === divisionIdB);
  const problems: Problem[] = [];
  if (!da) problems.push(problem('unknownDivision', { id: divisionIdA }));
  if (!db) problems.push(problem('unknownDivision', { id: divisionIdB }));
  const empty = { portfolioIds: [], assignments: {}, subjects: {} };
  const sideOf = (d: typeof da) => {
    const div = d ?? empty;
    const parts = divisionParts(g, div);
    const score = scoreParts(g, parts, div.portfolioIds.length);
    return { div, parts, score, figures: divisionFigures(g, parts, div.portfolioIds, score) };
  };
  const A = sideOf(da);
  const B = sideOf(db);

  const moved: GoalMove[] = [];
  for (let v = 0; v < g.n; v++) {
    const from = A.parts[v]! >= 0 ? A.div.portfolioIds[A.parts[v]!]! : null;
    const to = B.parts[v]! >= 0 ? B.div.portfolioIds[B.parts[v]!]! : null;
    if (from !== to) moved.push({ goalId: g.goalIds[v]!, from, to });
  }
  const newlySplit: string[] = [];
  const newlyJoined: string[] = [];
  const statusA = linkStatus(A.score);
  const statusB = linkStatus(B.score);
  for (let e = 0; e < g.m; e++) {
    const sa = statusA[e]!;
    const sb = statusB[e]!;
    if (sb === SPLIT && sa !== SPLIT) newlySplit.push(g.linkIds[e]!);
    else if (sb === KEPT && sa !== KEPT) newlyJoined.push(g.linkIds[e]!);
  }

  const fa = flat(A.figures);
  const fb = flat(B.figures);
  const figures = Object.fromEntries(COMPARED_FIGURES.map((key) => [key, change(fa[key], fb[key])])) as Record<
    ComparedFigure,
    Change
  >;

  const byIdA = new Map(A.figures.portfolios.map((p) => [p.portfolioId, p]));
  const byIdB = new Map(B.figures.portfolios.map((p) => [p.portfolioId, p]));
  const ids = [...new Set([...byIdA.keys(), ...byIdB.keys()])];
  const field = (p: PortfolioFigures | undefined, key: 'goals' | 'budget' | 'internal' | 'external' | 'cohesion') =>
    p ? p[key] : null;
  const portfolios = ids.map((id) => {
    const pa = byIdA.get(id);
    const pb = byIdB.get(id);
    return {
      portfolioId: id,
      goals: change(field(pa, 'goals'), field(pb, 'goals')),
      budget: change(field(pa, 'budget'), field(pb, 'budget')),
      internal: change(field(pa, 'internal'), field(pb, 'internal')),
      external: change(field(pa, 'external'), field(pb, 'external')),
      cohesion: change(field(pa, 'cohesion'), field(pb, 'cohesion')),
    };
  });

  // A pair absent from a draft in which both portfolios exist has zero split links there, not an unknown count.
  const pairs = new Map<string, { a: string; b: string; ca?: [number, number]; cb?: [number, number] }>();
  const collect = (f: DivisionFigures, side: 'ca' | 'cb') => {
    for (const c of f.coordination) {
      const key = pairKey(c.a, c.b);
      const entry = pairs.get(key) ?? { a: c.a < c.b ? c.a : c.b, b: c.a < c.b ? c.b : c.a };
      entry[side] = [c.count, c.weight];
      pairs.set(key, entry);
    }
  };
  collect(A.figures, 'ca');
  collect(B.figures, 'cb');
  const both = (m: Map<string, unknown>, e: { a: string; b: string }) => m.has(e.a) && m.has(e.b);
  const coordination = [...pairs.values()].map((e) => {
    const ca = e.ca ?? (both(byIdA, e) ? [0, 0] : null);
    const cb = e.cb ?? (both(byIdB, e) ? [0, 0] : null);
    return { a: e.a, b: e.b, count: change(ca?.[0], cb?.[0]), weight: change(ca?.[1], cb?.[1]) };
  });

  return {
    divisionA: divisionIdA,
    divisionB: divisionIdB,
    problems,
    moved,
    subjectMoves: subjectMoves(g, { division: A.div, parts: A.parts }, { division: B.div, parts: B.parts }, moved),
    newlySplit,
    newlyJoined,
    figures,
    portfolios,
    coordination,
  };
}

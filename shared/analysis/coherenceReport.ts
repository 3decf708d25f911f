import type { Project } from '../model/project';
import type { Division } from '../model/division';
import { CLASSIC_DOMAINS } from '../model/domain';
import { problem, type Problem } from '../model/problem';
import { buildCompactGraph, divisionParts, type CompactGraph } from './compactGraph';
import { scoreParts } from './scoreParts';
import { divisionFigures, type DivisionFigures } from './divisionFigures';
import { classicBaselineParts, CLASSIC_K } from './classicBaselineParts';
import { bridgingGoals, weightedBetweenness, type BridgingOptions } from './bridgingGoals';
import { sharedSubjects, subjectLevel, type SharedSubject } from './subjectLevel';
import { coordinationAgenda, type AgendaPair } from './coordinationAgenda';
import { splitCoverage, type SplitCoverage } from '../coalition/splitCoverage';

export type WarningCode = 'unassignedGoals' | 'emptyPortfolios' | 'allLinksLeave';

/** Something worth a look, with the ids behind it. The tool shows; it does not judge. */
export interface ReportWarning {
  code: WarningCode;
  goalIds: string[];
  portfolioIds: string[];
}

export interface BridgingEntry {
  goalId: string;
  /** The portfolio holding the goal in this draft, null when unassigned. */
  portfolioId: string | null;
  score: number;
  participation: number;
}

export interface CoherenceReport extends DivisionFigures {
  projectId: string;
  divisionId: string;
  divisionName: string;
  goalCount: number;
  linkCount: number;
  /** Non-empty when the report could not be made as asked (e.g. unknown division); figures are then empty. */
  problems: Problem[];
  lockedGoalIds: string[];
  warnings: ReportWarning[];
  /** Highest bridging goals; null unless asked for (it is the one expensive measure). */
  bridging: BridgingEntry[] | null;
  /** The same figures for the classic split fysiek / sociaal / financieel; portfolio ids are those names. */
  baseline: DivisionFigures;
  /** Subjects the draft gives to more than one holder. */
  sharedSubjects: SharedSubject[];
  /** The coordination pairs with the links of shared subjects added, heaviest first: what the college must agree on. */
  agenda: AgendaPair[];
  /** Every split link as covered by an arrangement, uncovered, or deliberate (see `splitCoverage`). */
  coverage: SplitCoverage;
}

export interface ReportOptions {
  /** Compute bridging goals: true for the defaults, or options (sampling, a memoised centrality). */
  bridging?: boolean | BridgingOptions;
}

// The baseline depends on the graph alone, so a UI that memoises the graph per revision pays for it once.
const baselineCache = new WeakMap<CompactGraph, DivisionFigures>();

export function baselineFigures(g: CompactGraph): DivisionFigures {
  let b = baselineCache.get(g);
  if (!b) {
    const parts = classicBaselineParts(g);
    b = divisionFigures(g, parts, CLASSIC_DOMAINS, scoreParts(g, parts, CLASSIC_K));
    baselineCache.set(g, b);
  }
  return b;
}

// Betweenness depends on the graph and the sampling options only, not on the division: a UI re-reporting after
// every move pays for it once per graph.
const centralityCache = new WeakMap<CompactGraph, Map<string, Float64Array>>();

function centralityOf(g: CompactGraph, opts: BridgingOptions): Float64Array {
  if (opts.centrality) return opts.centrality;
  const key = `${opts.exactLimit ?? ''}|${opts.samples ?? ''}|${opts.seed ?? ''}`;
  let byKey = centralityCache.get(g);
  if (!byKey) {
    byKey = new Map();
    centralityCache.set(g, byKey);
  }
  let c = byKey.get(key);
  if (!c) {
    c = weightedBetweenness(g, opts);
    byKey.set(key, c);
  }
  return c;
}

function warningsOf(
  g: CompactGraph,
  parts: Int32Array,
  figures: DivisionFigures,
  coverage: SplitCoverage,
): ReportWarning[] {
  const out: ReportWarning[] = [];
  const unassignedGoals: string[] = [];
  for (let v = 0; v < g.n; v++) if (parts[v]! < 0) unassignedGoals.push(g.goalIds[v]!);
  if (unassignedGoals.length) out.push({ code: 'unassignedGoals', goalIds: unassignedGoals, portfolioIds: [] });
  const empty = figures.portfolios.filter((p) => p.goals === 0).map((p) => p.portfolioId);
  if (empty.length) out.push({ code: 'emptyPortfolios', goalIds: [], portfolioIds: empty });

  // A goal with at least one split link and none kept: every coordination it needs crosses a portfolio line.
  // A goal's links are kept, split or unassigned, and its link count is known from the adjacency, so counting the
  // ends of the smaller of kept and split (plus the unassigned, few once a draft is complete) gives both.
  const kept = figures.kept.links;
  const split = figures.cut.splitLinks;
  const countKept = kept.length <= split.length;
  const counted = new Int32Array(g.n);
  const other = new Int32Array(g.n);
  const { src, dst, adjStart } = g;
  const ends = (list: Int32Array, into: Int32Array) => {
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      into[src[e]!]!++;
      into[dst[e]!]!++;
    }
  };
  ends(countKept ? kept : split, counted);
  ends(figures.unassigned.links, other);
  // Deliberate splits are never a problem: a goal whose split links are all deliberate does not warn.
  const deliberate = new Int32Array(coverage.deliberate.count ? g.n : 0);
  ends(coverage.deliberate.links, deliberate);
  const leaving: string[] = [];
  const portfolioSeen = new Uint8Array(figures.portfolios.length);
  const leavingPortfolios: string[] = [];
  for (let v = 0; v < g.n; v++) {
    const rest = adjStart[v + 1]! - adjStart[v]! - counted[v]! - other[v]!;
    const keptHere = countKept ? counted[v]! : rest;
    const splitHere = countKept ? rest : counted[v]!;
    const problemSplit = deliberate.length ? splitHere - deliberate[v]! : splitHere;
    if (problemSplit > 0 && keptHere === 0) {
      leaving.push(g.goalIds[v]!);
      const p = parts[v]!;
      if (!portfolioSeen[p]) {
        portfolioSeen[p] = 1;
        leavingPortfolios.push(figures.portfolios[p]!.portfolioId);
      }
    }
  }
  if (leaving.length) out.push({ code: 'allLinksLeave', goalIds: leaving, portfolioIds: leavingPortfolios });
  return out;
}

/** The coherence report of one division. An unknown division gives empty figures and an 'unknownDivision' problem. */
export function coherenceReport(
  project: Project,
  divisionId: string,
  graph?: CompactGraph,
  options: ReportOptions = {},
): CoherenceReport {
  const g = graph ?? buildCompactGraph(project);
  const found = project.divisions.find((d) => d.id === divisionId);
  const division: Pick<
    Division,
    'portfolioIds' | 'assignments' | 'subjects' | 'locked' | 'name' | 'arrangements' | 'deliberate'
  > = found ?? {
    name: '',
    portfolioIds: [],
    assignments: {},
    subjects: {},
    locked: [],
    arrangements: [],
    deliberate: [],
  };
  const parts = divisionParts(g, division);
  const k = division.portfolioIds.length;
  const score = scoreParts(g, parts, k);
  const figures = divisionFigures(g, parts, division.portfolioIds, score);
  const coverage = splitCoverage(g, parts, division);
  let bridging: BridgingEntry[] | null = null;
  if (options.bridging) {
    const opts = options.bridging === true ? {} : options.bridging;
    bridging = bridgingGoals(g, parts, { ...opts, centrality: centralityOf(g, opts) }).map((b) => ({
      goalId: b.goalId,
      portfolioId: b.part >= 0 ? division.portfolioIds[b.part]! : null,
      score: b.score,
      participation: b.participation,
    }));
  }
  // The subject level costs a pass over goals and links; only a draft with a shared subject needs it here.
  const anyShared = Object.values(division.subjects).some((h) => h.length > 1);
  const shared = anyShared ? sharedSubjects(g, subjectLevel(g, parts, division), division) : [];
  return {
    projectId: project.id,
    divisionId,
    divisionName: division.name,
    // Goals only: a subject standing as a node of its own is not a goal (a pasted division has subjects alone).
    goalCount: g.n - g.isSubject.reduce((a, b) => a + b, 0),
    linkCount: g.m,
    problems: found ? [] : [problem('unknownDivision', { id: divisionId })],
    lockedGoalIds: [...division.locked],
    ...figures,
    warnings: found ? warningsOf(g, parts, figures, coverage) : [],
    bridging,
    baseline: baselineFigures(g),
    sharedSubjects: shared,
    agenda: coordinationAgenda(g, division.portfolioIds, figures.coordination, shared, coverage),
    coverage,
  };
}

/** A division by id, else by name (the CLI's --division), else the first one when none is asked for. */
export function findDivision(project: Project, idOrName?: string): Division | undefined {
  if (idOrName === undefined) return project.divisions[0];
  return project.divisions.find((d) => d.id === idOrName) ?? project.divisions.find((d) => d.name === idOrName);
}

/** The report for the command line: problems as values, never a throw. */
export function analyseProject(
  project: Project,
  divisionNameOrId?: string,
  options: ReportOptions = {},
): { value?: CoherenceReport; problems: Problem[] } {
  const d = findDivision(project, divisionNameOrId);
  if (!d) {
    return {
      problems: [
        divisionNameOrId === undefined
          ? problem('noDivision', {}, ['divisions'])
          : problem('unknownDivision', { id: divisionNameOrId }, ['divisions']),
      ],
    };
  }
  const value = coherenceReport(project, d.id, undefined, options);
  return { value, problems: value.problems };
}

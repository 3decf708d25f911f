import type { CoherenceReport } from './coherenceReport';
import { linkIdsInProjectOrder, type CutFigures, type DivisionFigures, type LinkSet } from './divisionFigures';
import type { CoverageGroup, SplitCoverage } from '../coalition/splitCoverage';

type WithIds<T> = { [K in keyof T]: T[K] extends Int32Array ? string[] : T[K] };

/** Figures as written to JSON: every link list as ids, and no id table. */
export type DivisionFiguresJson = Omit<
  WithIds<DivisionFigures>,
  | 'linkIds'
  | 'cut'
  | 'kept'
  | 'unassigned'
  | 'crossDomain'
  | 'omgevingswet'
  | 'owSocialPhysical'
  | 'portfolios'
  | 'coordination'
> & {
  cut: WithIds<CutFigures>;
  kept: WithIds<LinkSet>;
  unassigned: WithIds<LinkSet>;
  crossDomain: WithIds<CutFigures>;
  omgevingswet: WithIds<CutFigures>;
  owSocialPhysical: WithIds<LinkSet>;
  portfolios: WithIds<DivisionFigures['portfolios'][number]>[];
  coordination: WithIds<DivisionFigures['coordination'][number]>[];
};

type AgendaPairJson = Omit<WithIds<CoherenceReport['agenda'][number]>, 'covered' | 'uncovered' | 'deliberate'> & {
  covered: WithIds<CoverageGroup>;
  uncovered: WithIds<CoverageGroup>;
  deliberate: WithIds<CoverageGroup>;
};

/** Coverage as written to JSON: the groups as ids (project order) carry each link's status, so `status` is left out. */
export interface SplitCoverageJson {
  covered: WithIds<CoverageGroup>;
  uncovered: WithIds<CoverageGroup>;
  deliberate: WithIds<CoverageGroup>;
  uncoveredShare: number | null;
  arrangements: WithIds<SplitCoverage['arrangements'][number]>[];
  deliberateSplits: WithIds<SplitCoverage['deliberateSplits'][number]>[];
}

export type CoherenceReportJson = Omit<
  CoherenceReport,
  keyof DivisionFigures | 'baseline' | 'agenda' | 'sharedSubjects' | 'coverage'
> &
  DivisionFiguresJson & {
    baseline: DivisionFiguresJson;
    agenda: AgendaPairJson[];
    sharedSubjects: WithIds<CoherenceReport['sharedSubjects'][number]>[];
    coverage: SplitCoverageJson;
  };

function figuresJson(f: DivisionFigures): DivisionFiguresJson {
  const ids = (list: Int32Array) => linkIdsInProjectOrder(f, list);
  const cut = (c: CutFigures) => ({ ...c, splitLinks: ids(c.splitLinks) });
  const set = (s: LinkSet) => ({ ...s, links: ids(s.links) });
  return {
    cut: cut(f.cut),
    kept: set(f.kept),
    unassigned: set(f.unassigned),
    crossDomain: cut(f.crossDomain),
    omgevingswet: cut(f.omgevingswet),
    owSocialPhysical: set(f.owSocialPhysical),
    portfolios: f.portfolios.map((p) => ({ ...p, keptLinks: ids(p.keptLinks) })),
    coordination: f.coordination.map((c) => ({ ...c, links: ids(c.links) })),
    modularity: f.modularity,
  };
}

/** The report as plain JSON-ready data (the command line's --json): link lists become ids, in project order. */
export function reportJson(r: CoherenceReport): CoherenceReportJson {
  const {
    linkIds: _table,
    cut: _c,
    kept: _k,
    unassigned: _u,
    crossDomain: _x,
    omgevingswet: _o,
    owSocialPhysical: _s,
    portfolios: _p,
    coordination: _q,
    modularity: _m,
    baseline,
    agenda,
    sharedSubjects,
    coverage,
    ...rest
  } = r;
  const ids = (list: Int32Array) => linkIdsInProjectOrder(r, list);
  const group = (c: CoverageGroup) => ({ count: c.count, weight: c.weight, links: ids(c.links) });
  return {
    ...rest,
    ...figuresJson(r),
    baseline: figuresJson(baseline),
    agenda: agenda.map((a) => ({
      ...a,
      links: ids(a.links),
      splitLinks: ids(a.splitLinks),
      sharedLinks: ids(a.sharedLinks),
      covered: group(a.covered),
      uncovered: group(a.uncovered),
      deliberate: group(a.deliberate),
    })),
    sharedSubjects: sharedSubjects.map((s) => ({ ...s, links: ids(s.links) })),
    coverage: {
      covered: group(coverage.covered),
      uncovered: group(coverage.uncovered),
      deliberate: group(coverage.deliberate),
      uncoveredShare: coverage.uncoveredShare,
      arrangements: coverage.arrangements.map((a) => ({ ...a, links: ids(a.links) })),
      deliberateSplits: coverage.deliberateSplits.map((d) => ({ ...d, links: ids(d.links) })),
    },
  };
}

import type { Project } from '../../shared/model';
import { buildCompactGraph, type CompactGraph } from '../../shared/analysis/compactGraph';
import { coherenceReport, type CoherenceReport } from '../../shared/analysis/coherenceReport';
import { compareDivisions, type DivisionComparison } from '../../shared/analysis/compareDivisions';
import { divisionParts } from '../../shared/analysis/compactGraph';
import { subjectLevel, type SubjectLevel } from '../../shared/analysis/subjectLevel';

import { namesOf, type Names } from './names';
import { boardModel, type BoardModel } from '../views/board/viewModel';
import type { NodeLevel } from '../store/viewSlice';

/**
 * Everything computed from a project, in one place, memoised per project revision: the table, map, board, matrix
 * and report read the same numbers. A revision is one project object (edits replace it); what did not change
 * between two revisions (the goals and links behind the graph, a draft and its holders behind a report) is
 * carried over instead of computed again.
 */
export interface Derived {
  readonly project: Project;
  /** Compact typed-array graph of goals and links (the analysis engine's input). */
  readonly graph: CompactGraph;
  readonly names: Names;
  /** Coherence report of one draft; null when the project has no such draft. */
  report(divisionId: string): CoherenceReport | null;
  /** `divisionId` compared with `baseId` (what changed going from the base to this draft). */
  compare(baseId: string, divisionId: string): DivisionComparison | null;
  /** The draft's goals grouped under their subjects (map, board, matrix at subject level); null without such a draft. */
  level(divisionId: string): SubjectLevel | null;
  /**
   * The portfolio board of one draft (columns, cards, split links per card) with goal or subject cards; null when
   * there is no such draft.
   */
  board(divisionId: string, level?: NodeLevel): BoardModel | null;
  /**
   * A view model's own derived data (the map's, the walk's), computed once per revision under `key`. The key
   * must name everything the value depends on besides the project (draft ids, options).
   */
  memo<T>(key: string, compute: () => T): T;
}

interface ReportEntry {
  division: Project['divisions'][number];
  portfolios: Project['portfolios'];
  report: CoherenceReport;
}

class DerivedProject implements Derived {
  private graphValue: CompactGraph | undefined;
  private namesValue: Names | undefined;
  private readonly reports = new Map<string, ReportEntry>();
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly project: Project,
    private previous: DerivedProject | null,
  ) {}

  get graph(): CompactGraph {
    if (this.graphValue) return this.graphValue;
    const prev = this.previous;
    const p = this.project;
    const same =
      prev &&
      prev.project.goals === p.goals &&
      prev.project.subjects === p.subjects &&
      prev.project.links === p.links &&
      prev.project.domains === p.domains;
    this.graphValue = same && prev.graphValue ? prev.graphValue : buildCompactGraph(p);
    return this.graphValue;
  }

  get names(): Names {
    const prev = this.previous;
    const p = this.project;
    this.namesValue ??=
      prev?.namesValue &&
      prev.project.goals === p.goals &&
      prev.project.subjects === p.subjects &&
      prev.project.portfolios === p.portfolios
        ? prev.namesValue
        : namesOf(p);
    return this.namesValue;
  }

  report(divisionId: string): CoherenceReport | null {
    const division = this.project.divisions.find((d) => d.id === divisionId);
    if (!division) return null;
    const hit = this.reports.get(divisionId);
    if (hit) return hit.report;
    const old = this.previous?.reports.get(divisionId);
    const reusable =
      old &&
      old.division === division &&
      old.portfolios === this.project.portfolios &&
      this.previous!.graphValue === this.graph;
    const report = reusable
      ? old.report
      : coherenceReport(this.project, divisionId, this.graph, { bridging: { top: 8 } });
    this.reports.set(divisionId, { division, portfolios: this.project.portfolios, report });
    return report;
  }

  compare(baseId: string, divisionId: string): DivisionComparison | null {
    const ids = new Set(this.project.divisions.map((d) => d.id));
    if (!ids.has(baseId) || !ids.has(divisionId)) return null;
    return this.memo(`compare|${baseId}|${divisionId}`, () =>
      compareDivisions(this.project, baseId, divisionId, this.graph),
    );
  }

  level(divisionId: string): SubjectLevel | null {
    const division = this.project.divisions.find((d) => d.id === divisionId);
    if (!division) return null;
    return this.memo(`level|${divisionId}`, () =>
      subjectLevel(this.graph, divisionParts(this.graph, division), division),
    );
  }

  board(divisionId: string, level: NodeLevel = 'goal'): BoardModel | null {
    const division = this.project.divisions.find((d) => d.id === divisionId);
    if (!division) return null;
    const key = `board|${divisionId}|${level}`;
    // Cards that did not change keep their object, so the board repaints only the cards a move touched.
    return this.memo(key, () =>
      boardModel(
        this.project,
        this.graph,
        division,
        this.previous?.memos.get(key) as BoardModel | undefined,
        level === 'subject' ? (this.level(divisionId) ?? undefined) : undefined,
      ),
    );
  }

  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  /** Only the revision just before is consulted, so the chain of old revisions is cut here. */
  forgetPrevious(): void {
    this.previous = null;
  }
}

let last: DerivedProject | null = null;

/** The derived data of this project revision; the same object for the same revision. */
export function derivedOf(project: Project): Derived {
  if (last?.project === project) return last;
  last?.forgetPrevious();
  const next = new DerivedProject(project, last);
  last = next;
  return next;
}

import type { Project } from '../model/project';
import type { LinkKind } from '../model/link';
import { nodeHolder, type Division } from '../model/division';
import type { CoherenceReport } from '../analysis/coherenceReport';
import { linkIdsInProjectOrder, strongestLinksFirst } from '../analysis/divisionFigures';
import type { PublishedHolder, PublishedRole } from './publishedDivision';
import type { ApplyPublishedDivisionSummary } from './applyPublishedDivision';
import { decisionKey } from './matchPublishedDivision';

/** What the division command reports on: the parsed division, what applying it gave, and the report of that draft. */
export interface DivisionReportInput {
  /** As parsed (role, party and FTE as the file wrote them). */
  published: readonly PublishedHolder[];
  /** applyPublishedDivision's summary for `project`. */
  summary: ApplyPublishedDivisionSummary;
  /** The project applyPublishedDivision returned. */
  project: Project;
  /** coherenceReport(project, summary.divisionId). */
  report: CoherenceReport;
}

/** One end of a link: the subject's text as its holder published it, and that holder's name. */
export interface PublishedEnd {
  published: string;
  holder: string;
}

export interface DivisionLinkJson {
  /** The link's id in the project (and in the file `--save` writes): what `coordinationPairs[].links` lists. */
  id: string;
  from: PublishedEnd;
  to: PublishedEnd;
  kind: LinkKind;
  strength: number;
  rationale: string;
}

export interface DivisionHolderJson {
  name: string;
  role: PublishedRole;
  party: string | null;
  fte: number | null;
  subjects: { published: string; subjectIds: string[] }[];
}

export interface CoordinationPairJson {
  holders: [string, string];
  weight: number;
  /** Ids of the pair's links, in project order: each is in `splitLinks` or in `sharedLinks`. */
  links: string[];
  /** The subjects the two share, as the lead holder published them (their links are on the pair's agenda). */
  sharedSubjects: string[];
}

/** The `--json` output of `npm run division`. */
export interface DivisionReportJson {
  holders: DivisionHolderJson[];
  /** Texts, or the pieces of texts, that matched no subject: left out of the project, nothing invented for them. */
  unmatched: string[];
  /** Links whose ends two different holders lead, strongest first. */
  splitLinks: DivisionLinkJson[];
  /** Links on the agenda only because one end is a subject two holders share (not split), strongest first. */
  sharedLinks: DivisionLinkJson[];
  /** The coordination agenda: split links and shared subjects per pair of holders, heaviest first. */
  coordinationPairs: CoordinationPairJson[];
}

/** Lookups shared by the JSON and the text: who holds what, and how each holder published it. */
export interface DivisionReportView {
  json: DivisionReportJson;
  division: Division;
  holderName: (portfolioId: string) => string;
  subjectName: (subjectId: string) => string;
}

function divisionOf(input: DivisionReportInput): Division {
  const d = input.project.divisions.find((x) => x.id === input.summary.divisionId);
  // The summary and the project come from one applyPublishedDivision call; anything else is a bug in the caller.
  if (!d) throw new Error(`divisionReport: division ${input.summary.divisionId} is not in the project`);
  return d;
}

/**
 * The division command's report as data. A link end is a subject (or, in a project with goals, a goal) and belongs
 * to the holder the report counts it with: the subject's lead. Its `published` is the first text under that holder
 * that matched the subject (a text may match several subjects; two texts of one holder rarely match the same one).
 */
export function divisionReportView(input: DivisionReportInput): DivisionReportView {
  const { project, report, summary } = input;
  const division = divisionOf(input);
  const applied = new Map(summary.holders.map((h) => [h.portfolioId, h]));
  const holderName = (pf: string) => applied.get(pf)?.name ?? project.portfolios.find((p) => p.id === pf)?.holder ?? pf;
  const subjects = new Map(project.subjects.map((s) => [s.id, s]));
  const goals = new Map(project.goals.map((g) => [g.id, g]));
  const subjectName = (id: string) => subjects.get(id)?.name ?? goals.get(id)?.title ?? id;
  const subjectOf = (id: string) => (subjects.has(id) ? id : goals.get(id)?.subjectId);

  const end = (nodeId: string): PublishedEnd => {
    const subject = subjectOf(nodeId);
    const pf = nodeHolder(division, nodeId, subject);
    const text =
      subject !== undefined && pf !== undefined
        ? applied.get(pf)?.subjects.find((s) => s.subjectIds.includes(subject))?.published
        : undefined;
    return { published: text ?? subjectName(nodeId), holder: pf === undefined ? '' : holderName(pf) };
  };
  const linkById = new Map(project.links.map((l) => [l.id, l]));
  const linkJson = (ids: Int32Array): DivisionLinkJson[] =>
    strongestLinksFirst(report, ids, linkById).map((l) => ({
      id: l.id,
      from: end(l.source),
      to: end(l.target),
      kind: l.kind,
      strength: l.strength,
      rationale: l.rationale,
    }));

  const split = new Set(report.cut.splitLinks);
  const sharedOnly = new Set<number>();
  for (const pair of report.agenda) for (const e of pair.sharedLinks) if (!split.has(e)) sharedOnly.add(e);

  const published = new Map(input.published.map((h) => [decisionKey(h.name), h]));
  const holders: DivisionHolderJson[] = summary.holders.map((h) => {
    const p = published.get(decisionKey(h.name));
    return {
      name: h.name,
      role: p?.role ?? 'wethouder',
      party: p?.party ?? null,
      fte: p?.fte ?? null,
      subjects: h.subjects.map((s) => ({ published: s.published, subjectIds: [...s.subjectIds] })),
    };
  });

  const unmatched = new Map<string, string>();
  for (const u of summary.unmatched)
    for (const piece of u.pieces) if (!unmatched.has(decisionKey(piece))) unmatched.set(decisionKey(piece), piece);

  const coordinationPairs = report.agenda.map((a): CoordinationPairJson => ({
    holders: [holderName(a.a), holderName(a.b)],
    weight: a.weight,
    links: linkIdsInProjectOrder(report, a.links),
    sharedSubjects: a.sharedSubjectIds.map((id) => end(id).published),
  }));

  return {
    json: {
      holders,
      unmatched: [...unmatched.values()],
      splitLinks: linkJson(report.cut.splitLinks),
      sharedLinks: linkJson(Int32Array.from(sharedOnly)),
      coordinationPairs,
    },
    division,
    holderName,
    subjectName,
  };
}

/** The `--json` object of `npm run division` (see DivisionReportJson). */
export function divisionReport(input: DivisionReportInput): DivisionReportJson {
  return divisionReportView(input).json;
}

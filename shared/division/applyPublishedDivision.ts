import type { Project } from '../model/project';
import { DivisionSchema } from '../model/division';
import { LinkSchema, linkKey, type Link } from '../model/link';
import { PortfolioSchema, PORTFOLIO_PALETTE, type Portfolio } from '../model/portfolio';
import type { Subject } from '../model/subject';
import { newId } from '../model/ids';
import { checkProject } from '../model/invariants';
import { problem, type Problem } from '../model/problem';
import { zodProblems } from '../model/operations/result';
import { typicalLinksAmong } from '../catalogue/typicalLinks';
import { checkProjectSize, projectCounts } from '../io/checkLimits';
import type { PublishedHolder } from './publishedDivision';
import { decisionKey, matchPublishedDivision, type PublishedSubjectDecision } from './matchPublishedDivision';
import { publishedSubjectResolver, type SubjectOutcome } from './publishedSubjectResolver';

export interface ApplyPublishedDivisionInput {
  holders: readonly PublishedHolder[];
  /** The language of the names and rationales taken from the catalogue. */
  lang: 'nl' | 'en';
  divisionName: string;
  /**
   * The user's word per published text (keyed by the text as written; case and spacing do not matter). A text
   * without a decision takes what matchPublishedDivision proposes, and is reported unmatched when that is nothing.
   */
  decisions?: Readonly<Record<string, PublishedSubjectDecision>>;
  /** The domain of subjects created from a published text; default the first 'sociaal' domain, else the first. */
  domainId?: string;
}

export interface AppliedSubject {
  published: string;
  subjectIds: string[];
  outcome: SubjectOutcome;
}

export interface AppliedHolder {
  name: string;
  portfolioId: string;
  /** True when a portfolio with this holder's name was already there (it is reused as it is). */
  reused: boolean;
  subjects: AppliedSubject[];
}

export interface ApplyPublishedDivisionSummary {
  divisionId: string;
  holders: AppliedHolder[];
  /** Texts (or pieces of texts) that named nothing and were not decided on: nothing was added for them. */
  unmatched: { holder: string; published: string; pieces: string[] }[];
  skipped: { holder: string; published: string }[];
  /** Subjects the project did not have before, in the order they were added. */
  addedSubjectIds: string[];
  /** Subjects this division gives to more than one holder (published under each). */
  sharedSubjectIds: string[];
  linksAdded: number;
}

export type ApplyPublishedDivisionResult =
  { ok: true; project: Project; summary: ApplyPublishedDivisionSummary } | { ok: false; problems: Problem[] };

const failWith = (problems: Problem[]): ApplyPublishedDivisionResult => ({ ok: false, problems });

function defaultDomainId(p: Project): string {
  return (p.domains.find((d) => d.classic === 'sociaal') ?? p.domains[0]!).id;
}

/**
 * Takes a published division into the project as one change (one undo step): its holders as portfolios (an existing
 * portfolio with the same holder name is reused), the subjects it names (catalogue subjects added once, with their
 * domain), a new division giving each subject to the holder(s) that published it — a subject under two holders is
 * shared, the first-named leading — and the catalogue's typical links among the division's subjects. Nothing is
 * invented: a text that matched nothing and has no decision is reported, not added. Goals, other links and other
 * divisions are left as they are.
 */
export function applyPublishedDivision(
  project: Project,
  input: ApplyPublishedDivisionInput,
): ApplyPublishedDivisionResult {
  if (input.holders.length === 0) return failWith([problem('divisionNoHolders')]);
  const work = { domains: [...project.domains], subjects: [...project.subjects] };
  const resolve = publishedSubjectResolver(project, work, {
    lang: input.lang,
    matches: matchPublishedDivision(project, input.holders),
    decisions: input.decisions ?? {},
    newSubjectDomainId: input.domainId ?? defaultDomainId(project),
  });

  const portfolios: Portfolio[] = [...project.portfolios];
  const holders: AppliedHolder[] = [];
  const summary: Omit<ApplyPublishedDivisionSummary, 'divisionId' | 'holders' | 'sharedSubjectIds' | 'linksAdded'> = {
    unmatched: [],
    skipped: [],
    addedSubjectIds: [],
  };
  // A Map keeps the first-published order of subjects and of each subject's holders (the first leads).
  const subjectHolders = new Map<string, string[]>();

  for (const [i, h] of input.holders.entries()) {
    let portfolio = portfolios.find((x) => decisionKey(x.holder) === decisionKey(h.name));
    const reused = portfolio !== undefined;
    if (!portfolio) {
      const parsed = PortfolioSchema.safeParse({
        id: newId('pf'),
        holder: h.name,
        role: h.role,
        party: h.party ?? '',
        fte: h.fte ?? 1,
        colour: PORTFOLIO_PALETTE[portfolios.length % PORTFOLIO_PALETTE.length],
      });
      if (!parsed.success) return failWith(zodProblems(parsed.error, ['holders', i]));
      portfolio = parsed.data;
      portfolios.push(portfolio);
    }
    const applied: AppliedHolder = { name: h.name, portfolioId: portfolio.id, reused, subjects: [] };
    for (const s of h.subjects) {
      const r = resolve(s.published);
      if (Array.isArray(r)) return failWith(r);
      applied.subjects.push({ published: s.published, subjectIds: r.subjectIds, outcome: r.outcome });
      if (r.outcome === 'skipped') summary.skipped.push({ holder: h.name, published: s.published });
      if (r.unmatched.length > 0)
        summary.unmatched.push({ holder: h.name, published: s.published, pieces: r.unmatched });
      for (const id of r.subjectIds) {
        const list = subjectHolders.get(id) ?? [];
        if (!list.includes(portfolio.id)) list.push(portfolio.id);
        subjectHolders.set(id, list);
      }
    }
    // The same holder named twice (two spellings of one name) is one portfolio in the division.
    const earlier = holders.find((x) => x.portfolioId === portfolio.id);
    if (earlier) earlier.subjects.push(...applied.subjects);
    else holders.push(applied);
  }

  const before = new Set(project.subjects.map((s) => s.id));
  summary.addedSubjectIds = work.subjects.filter((s) => !before.has(s.id)).map((s) => s.id);

  const parsedDivision = DivisionSchema.safeParse({
    id: newId('div'),
    name: input.divisionName,
    portfolioIds: holders.map((h) => h.portfolioId),
    subjects: Object.fromEntries(subjectHolders),
  });
  if (!parsedDivision.success) return failWith(zodProblems(parsedDivision.error, ['division']));
  const division = parsedDivision.data;

  const links = catalogueLinks(project.links, work.subjects, [...subjectHolders.keys()], input.lang);
  const next: Project = {
    ...project,
    domains: work.domains,
    subjects: work.subjects,
    portfolios,
    links: [...project.links, ...links],
    divisions: [...project.divisions, division],
  };
  const problems = [...checkProjectSize(projectCounts(next)), ...checkProject(next)];
  if (problems.length > 0) return failWith(problems);
  return {
    ok: true,
    project: next,
    summary: {
      divisionId: division.id,
      holders,
      ...summary,
      sharedSubjectIds: [...subjectHolders].filter(([, pfs]) => pfs.length > 1).map(([id]) => id),
      linksAdded: links.length,
    },
  };
}

/**
 * The catalogue's typical links among the division's subjects that stand for a catalogue subject, between those
 * project subjects. A pair already linked with the same kind (drawn, weakened or taken before) is left as it is; so
 * is a catalogue link the project still has in any form (edited to another kind or other ends) and one the user
 * removed (recorded on either subject as `removedCatalogueLinks`).
 */
function catalogueLinks(
  existing: readonly Link[],
  subjects: readonly Pick<Subject, 'id' | 'catalogueId' | 'removedCatalogueLinks'>[],
  divisionSubjectIds: readonly string[],
  lang: 'nl' | 'en',
): Link[] {
  const inDivision = new Set(divisionSubjectIds);
  const byCatalogue = new Map<string, string>();
  for (const s of subjects)
    if (s.catalogueId !== undefined && inDivision.has(s.id) && !byCatalogue.has(s.catalogueId))
      byCatalogue.set(s.catalogueId, s.id);
  const keys = new Set(existing.map(linkKey));
  const taken = new Set(existing.flatMap((l) => (l.catalogueLinkId === undefined ? [] : [l.catalogueLinkId])));
  const removed = new Map(subjects.map((s) => [s.id, s.removedCatalogueLinks ?? []]));
  const out: Link[] = [];
  for (const t of typicalLinksAmong(byCatalogue.keys())) {
    const source = byCatalogue.get(t.source)!;
    const target = byCatalogue.get(t.target)!;
    if (taken.has(t.id) || removed.get(source)?.includes(t.id) || removed.get(target)?.includes(t.id)) continue;
    const link = LinkSchema.parse({
      id: newId('link'),
      source,
      target,
      kind: t.kind,
      strength: t.strength,
      rationale: t.rationale[lang],
      catalogueLinkId: t.id,
    });
    if (source === target || keys.has(linkKey(link))) continue;
    keys.add(linkKey(link));
    out.push(link);
  }
  return out;
}

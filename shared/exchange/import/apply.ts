import {
  checkProject,
  nodeHolder,
  subjectHolders,
  problem,
  type Division,
  type Goal,
  type Link,
  type Portfolio,
  type Problem,
  type Project,
  type Subject,
} from '../../model';
import { checkProjectSize, projectCounts } from '../../io/checkLimits';
import type { Incoming } from './records';
import type { ExchangeFormat } from './where';

/** What a checked file brings: every entity whole, new or replacing the project's with its id. */
export interface ExchangeImport {
  format: ExchangeFormat;
  subjects: Incoming<Subject>[];
  goals: Incoming<Goal>[];
  links: Incoming<Link>[];
  portfolios: Incoming<Portfolio>[];
  /** A new draft from a division sheet; absent when there is none, or when a draft gives exactly this division. */
  division?: Division;
  /** The name of the draft that gives the sheet's division already (then nothing is added for it). */
  sameAsDraft?: string;
}

/** Deep equality of plain data, key order aside (an entity read back is a new object with its keys in schema order). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

export type Change = 'added' | 'updated' | 'unchanged';

export function changeOf<T>(i: Incoming<T>): Change {
  if (i.before === undefined) return 'added';
  return sameData(i.before, i.entity) ? 'unchanged' : 'updated';
}

/**
 * The collection with the file's entities: updates in place, additions at the end, every entity the file leaves
 * unchanged (and every one it does not name) kept as the same object, so the diff and the undo step see only changes.
 * An entity the project changed since the file was checked is not overwritten: the import is refused instead.
 */
function merged<T extends { id: string }>(
  list: readonly T[],
  incoming: readonly Incoming<T>[],
  collection: string,
  problems: Problem[],
): T[] {
  const byId = new Map(incoming.map((i) => [i.entity.id, i]));
  let changed = false;
  const out = list.map((e) => {
    const i = byId.get(e.id);
    if (!i) return e;
    byId.delete(e.id);
    if (i.before === undefined || !sameData(i.before, e)) {
      problems.push(problem('exchangeProjectChanged', { id: e.id }, [collection]));
      return e;
    }
    if (sameData(e, i.entity)) return e;
    changed = true;
    return i.entity;
  });
  for (const i of byId.values()) {
    if (i.before !== undefined) problems.push(problem('exchangeProjectChanged', { id: i.entity.id }, [collection]));
    else out.push(i.entity);
  }
  return changed || out.length > list.length ? out : (list as T[]);
}

/**
 * The project with a checked import in it, or the problems that stop it: the project changed where the file would
 * change it, or the result breaks a rule of the model (checkProject) or a limit. One call, one undo step.
 */
export function applyExchangeImport(
  project: Project,
  imp: ExchangeImport,
): { ok: true; project: Project } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const next: Project = {
    ...project,
    subjects: imp.subjects.length ? merged(project.subjects, imp.subjects, 'subjects', problems) : project.subjects,
    goals: imp.goals.length ? merged(project.goals, imp.goals, 'goals', problems) : project.goals,
    links: imp.links.length ? merged(project.links, imp.links, 'links', problems) : project.links,
    portfolios: imp.portfolios.length
      ? merged(project.portfolios, imp.portfolios, 'portfolios', problems)
      : project.portfolios,
    divisions: imp.division ? [...project.divisions, imp.division] : project.divisions,
  };
  if (problems.length) return { ok: false, problems };
  const broken = [...checkProjectSize(projectCounts(next)), ...checkProject(next)];
  return broken.length ? { ok: false, problems: broken } : { ok: true, project: next };
}

/**
 * Whether a draft read from a division sheet is one the project has: the same holders in the same order, every goal
 * with the same holder, and every subject without goals with the same holders. (A subject's goals say who holds it,
 * except where the sheet cannot tell: a subject no one holds whose goals are all given to holders one by one; nor
 * does the sheet say who leads a shared subject.) So a workbook imported back into the project it came from adds no
 * second copy of its draft.
 */
export function sameHoldings(a: Division, b: Division, goals: readonly Goal[], subjects: readonly Subject[]): boolean {
  if (!sameData(a.portfolioIds, b.portfolioIds)) return false;
  const inA = new Set(a.portfolioIds);
  const holder = (d: Division, id: string, subject: string | undefined) => {
    const h = nodeHolder(d, id, subject);
    return h !== undefined && inA.has(h) ? h : undefined;
  };
  const withGoals = new Set(goals.map((g) => g.subjectId));
  const holders = (d: Division, id: string) =>
    subjectHolders(d, id)
      .filter((h) => inA.has(h))
      .sort();
  return (
    goals.every((g) => holder(a, g.id, g.subjectId) === holder(b, g.id, g.subjectId)) &&
    subjects.every((s) => withGoals.has(s.id) || sameData(holders(a, s.id), holders(b, s.id)))
  );
}

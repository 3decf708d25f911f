import type { Project } from './project';
import { linkKey } from './link';
import { findTaakveld } from './taakvelden';
import { problem, type Problem } from './problem';

/**
 * Checks what zod cannot see: references between entities and uniqueness. Paths are JSON paths into the
 * project so that an import error can point at the offending entry.
 */
export function checkProject(p: Project, base: (string | number)[] = []): Problem[] {
  const out: Problem[] = [];
  const at = (...seg: (string | number)[]) => [...base, ...seg];

  const dupIds = (items: readonly { id: string }[], coll: string) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      if (seen.has(it.id)) out.push(problem('duplicateId', { id: it.id }, at(coll, i, 'id')));
      seen.add(it.id);
    });
    return seen;
  };
  const domainIds = dupIds(p.domains, 'domains');
  const goalIds = dupIds(p.goals, 'goals');
  dupIds(p.links, 'links');
  const portfolioIds = dupIds(p.portfolios, 'portfolios');
  dupIds(p.divisions, 'divisions');

  p.goals.forEach((g, i) => {
    if (!domainIds.has(g.domainId)) out.push(problem('unknownDomain', { id: g.domainId }, at('goals', i, 'domainId')));
    g.taakvelden.forEach((code, j) => {
      if (!findTaakveld(p.taakveldList, code))
        out.push(problem('unknownTaakveld', { code, list: p.taakveldList }, at('goals', i, 'taakvelden', j)));
    });
  });

  const keys = new Set<string>();
  p.links.forEach((l, i) => {
    if (l.source === l.target) out.push(problem('selfLink', { id: l.source }, at('links', i)));
    if (!goalIds.has(l.source)) out.push(problem('danglingLink', { id: l.source }, at('links', i, 'source')));
    if (!goalIds.has(l.target)) out.push(problem('danglingLink', { id: l.target }, at('links', i, 'target')));
    const key = linkKey(l);
    if (keys.has(key))
      out.push(problem('duplicateLink', { source: l.source, target: l.target, kind: l.kind }, at('links', i)));
    keys.add(key);
  });

  p.divisions.forEach((d, i) => {
    const inDivision = new Set<string>();
    d.portfolioIds.forEach((pid, j) => {
      if (!portfolioIds.has(pid))
        out.push(problem('unknownPortfolio', { id: pid }, at('divisions', i, 'portfolioIds', j)));
      if (inDivision.has(pid)) out.push(problem('duplicateId', { id: pid }, at('divisions', i, 'portfolioIds', j)));
      inDivision.add(pid);
    });
    for (const [gid, pid] of Object.entries(d.assignments)) {
      if (!goalIds.has(gid)) out.push(problem('unknownGoal', { id: gid }, at('divisions', i, 'assignments', gid)));
      if (!inDivision.has(pid))
        out.push(problem('portfolioNotInDivision', { id: pid }, at('divisions', i, 'assignments', gid)));
    }
    // Sets, not indexOf: with indexOf a crafted draft of 130,000 locked ids took quadratic time (issue 17).
    const locked = new Set<string>();
    d.locked.forEach((gid, j) => {
      if (!goalIds.has(gid)) out.push(problem('unknownGoal', { id: gid }, at('divisions', i, 'locked', j)));
      else if (!Object.hasOwn(d.assignments, gid))
        out.push(problem('lockedUnassigned', { id: gid }, at('divisions', i, 'locked', j)));
      if (locked.has(gid)) out.push(problem('duplicateId', { id: gid }, at('divisions', i, 'locked', j)));
      locked.add(gid);
    });
  });

  const pinned = new Set<string>();
  p.mapPositions.forEach((m, i) => {
    if (!goalIds.has(m.id)) out.push(problem('unknownGoal', { id: m.id }, at('mapPositions', i, 'id')));
    else if (pinned.has(m.id)) out.push(problem('duplicateId', { id: m.id }, at('mapPositions', i, 'id')));
    pinned.add(m.id);
  });
  return out;
}

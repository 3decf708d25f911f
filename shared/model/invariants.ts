import type { Project } from './project';
import { linkKey } from './link';
import { findTaakveld } from './taakvelden';
import { problem, type Problem } from './problem';
import { partyKey } from './coalition';
import { checkCoalition } from './coalitionInvariants';

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
  const subjectIds = dupIds(p.subjects, 'subjects');
  const goalIds = dupIds(p.goals, 'goals');
  // Goals and subjects are both nodes a link, a pin or a lock can name: one namespace.
  p.goals.forEach((g, i) => {
    if (subjectIds.has(g.id)) out.push(problem('duplicateId', { id: g.id }, at('goals', i, 'id')));
  });
  const nodeIds = new Set([...goalIds, ...subjectIds]);
  dupIds(p.links, 'links');
  const portfolioIds = dupIds(p.portfolios, 'portfolios');
  dupIds(p.divisions, 'divisions');
  const partyNames = new Set<string>();
  p.parties.forEach((party, i) => {
    const key = partyKey(party.name);
    if (partyNames.has(key)) out.push(problem('duplicatePartyName', { name: party.name }, at('parties', i, 'name')));
    partyNames.add(key);
  });
  dupIds(p.parties, 'parties');

  const checkNode = (coll: 'goals' | 'subjects', i: number, n: { domainId: string; taakvelden: readonly string[] }) => {
    if (!domainIds.has(n.domainId)) out.push(problem('unknownDomain', { id: n.domainId }, at(coll, i, 'domainId')));
    n.taakvelden.forEach((code, j) => {
      if (!findTaakveld(p.taakveldList, code))
        out.push(problem('unknownTaakveld', { code, list: p.taakveldList }, at(coll, i, 'taakvelden', j)));
    });
  };
  p.subjects.forEach((s, i) => checkNode('subjects', i, s));
  p.goals.forEach((g, i) => {
    checkNode('goals', i, g);
    if (g.subjectId !== undefined && !subjectIds.has(g.subjectId))
      out.push(problem('unknownSubject', { id: g.subjectId }, at('goals', i, 'subjectId')));
  });

  const keys = new Set<string>();
  p.links.forEach((l, i) => {
    if (l.source === l.target) out.push(problem('selfLink', { id: l.source }, at('links', i)));
    if (!nodeIds.has(l.source)) out.push(problem('danglingLink', { id: l.source }, at('links', i, 'source')));
    if (!nodeIds.has(l.target)) out.push(problem('danglingLink', { id: l.target }, at('links', i, 'target')));
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
    for (const [sid, holders] of Object.entries(d.subjects)) {
      if (!subjectIds.has(sid)) out.push(problem('unknownSubject', { id: sid }, at('divisions', i, 'subjects', sid)));
      const seen = new Set<string>();
      holders.forEach((pid, j) => {
        if (!inDivision.has(pid))
          out.push(problem('portfolioNotInDivision', { id: pid }, at('divisions', i, 'subjects', sid, j)));
        if (seen.has(pid)) out.push(problem('duplicateId', { id: pid }, at('divisions', i, 'subjects', sid, j)));
        seen.add(pid);
      });
    }
    const goalSubject = new Map(p.goals.map((g) => [g.id, g.subjectId]));
    const assigned = (id: string) => {
      if (Object.hasOwn(d.assignments, id) || Object.hasOwn(d.subjects, id)) return true;
      const sid = goalSubject.get(id);
      return sid !== undefined && Object.hasOwn(d.subjects, sid);
    };
    // Sets, not indexOf: with indexOf a crafted draft of 130,000 locked ids took quadratic time (issue 17).
    const locked = new Set<string>();
    d.locked.forEach((gid, j) => {
      if (!nodeIds.has(gid)) out.push(problem('unknownGoal', { id: gid }, at('divisions', i, 'locked', j)));
      else if (!assigned(gid)) out.push(problem('lockedUnassigned', { id: gid }, at('divisions', i, 'locked', j)));
      if (locked.has(gid)) out.push(problem('duplicateId', { id: gid }, at('divisions', i, 'locked', j)));
      locked.add(gid);
    });
    out.push(...checkCoalition(d, i, inDivision, nodeIds, subjectIds, goalIds, at));
  });

  const pinned = new Set<string>();
  p.mapPositions.forEach((m, i) => {
    if (!nodeIds.has(m.id)) out.push(problem('unknownGoal', { id: m.id }, at('mapPositions', i, 'id')));
    else if (pinned.has(m.id)) out.push(problem('duplicateId', { id: m.id }, at('mapPositions', i, 'id')));
    pinned.add(m.id);
  });
  return out;
}

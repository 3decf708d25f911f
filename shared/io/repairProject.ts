import { linkKey, type Project, type Problem } from '../model';
import { warning } from './capProblems';

/**
 * The explicit repair a user asks for when a file is otherwise unreadable: links whose ends are missing or equal,
 * repeated links, draft entries and map pins for goals that no longer exist, and a goal's second pin, are
 * dropped — each with a warning that names it. Everything else stays an error. Unchanged collections keep their
 * reference.
 */
export function repairProject(p: Project): { value: Project; problems: Problem[] } {
  const problems: Problem[] = [];
  const goalIds = new Set(p.goals.map((g) => g.id));
  const seen = new Set<string>();
  const links = p.links.filter((l, i) => {
    const params = { id: l.id, source: l.source, target: l.target };
    if (!goalIds.has(l.source) || !goalIds.has(l.target)) {
      problems.push(warning('repairedDanglingLink', params, ['links', i]));
      return false;
    }
    if (l.source === l.target) {
      problems.push(warning('repairedSelfLink', params, ['links', i]));
      return false;
    }
    const key = linkKey(l);
    if (seen.has(key)) {
      problems.push(warning('repairedDuplicateLink', { ...params, kind: l.kind }, ['links', i]));
      return false;
    }
    seen.add(key);
    return true;
  });

  const divisions = p.divisions.map((d, i) => {
    const unknown = new Set([...Object.keys(d.assignments), ...d.locked].filter((g) => !goalIds.has(g)));
    if (!unknown.size) return d;
    for (const g of unknown)
      problems.push(warning('repairedUnknownGoalInDivision', { id: g, division: d.name }, ['divisions', i]));
    const assignments = Object.fromEntries(Object.entries(d.assignments).filter(([g]) => !unknown.has(g)));
    return { ...d, assignments, locked: d.locked.filter((g) => !unknown.has(g)) };
  });
  const changedDivisions = divisions.some((d, i) => d !== p.divisions[i]);

  const pinned = new Set<string>();
  const mapPositions = p.mapPositions.filter((m, i) => {
    const keep = goalIds.has(m.id) && !pinned.has(m.id);
    if (!keep) problems.push(warning('repairedUnknownPin', { id: m.id }, ['mapPositions', i]));
    pinned.add(m.id);
    return keep;
  });
  return {
    value: {
      ...p,
      links: links.length === p.links.length ? p.links : links,
      divisions: changedDivisions ? divisions : p.divisions,
      mapPositions: mapPositions.length === p.mapPositions.length ? p.mapPositions : mapPositions,
    },
    problems,
  };
}

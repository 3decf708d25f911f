import { linkKey, pruneCoalition, type Division, type Project, type Problem } from '../model';
import { warning } from './capProblems';

/**
 * The explicit repair a user asks for when a file is otherwise unreadable: links whose ends are missing or equal,
 * repeated links, draft entries and map pins for goals or subjects that no longer exist (also in a draft's
 * arrangements, deliberate splits and keep rules, and holders those name outside the draft), and a goal's second
 * pin, are dropped — each with a warning that names it. Everything else stays an error. Unchanged collections keep their
 * reference.
 */
export function repairProject(p: Project): { value: Project; problems: Problem[] } {
  const problems: Problem[] = [];
  // Goals and subjects are both nodes: a link, a lock or a pin may name either.
  const goalIds = new Set([...p.goals.map((g) => g.id), ...p.subjects.map((x) => x.id)]);
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

  const divisions = p.divisions.map((d0, i) => {
    const d = repairCoalition(d0, i, goalIds, problems);
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

/** A draft's coalition entries without nodes that do not exist and holders outside the draft, each with a warning. */
function repairCoalition(d: Division, i: number, nodeIds: ReadonlySet<string>, problems: Problem[]): Division {
  const named = [
    ...d.arrangements.flatMap((a) => [...a.subjectIds, ...a.goalIds]),
    ...d.deliberate.flatMap((s) => [s.a, s.b]),
    ...d.keep.flatMap((r) => r.nodeIds),
  ];
  const nodes = new Set(named.filter((id) => !nodeIds.has(id)));
  const inDraft = new Set(d.portfolioIds);
  const holders = new Set(d.arrangements.flatMap((a) => [a.leadId, ...a.holderIds]).filter((h) => !inDraft.has(h)));
  if (!nodes.size && !holders.size) return d;
  for (const id of [...nodes, ...holders])
    problems.push(warning('repairedCoalitionEntry', { id, division: d.name }, ['divisions', i]));
  return pruneCoalition(d, { nodes, holders });
}

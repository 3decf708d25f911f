import type { Project } from '../project';
import { MapPositionSchema, type MapPosition } from '../mapPosition';
import { problem } from '../problem';
import { fail, ok, zodProblems, type OpResult } from './result';

/**
 * Pin nodes where the user put them on the free map (one drag, or a whole arrangement at once). A node already
 * pinned moves; others are added in the order given. Positions the nodes already have are not touched, so
 * pinning a goal where it already is changes nothing and makes no undo step.
 */
export function pinNodes(p: Project, positions: readonly MapPosition[]): OpResult {
  // Goals and subjects share one id namespace, and a subject is a node of the map at subject level.
  const goals = new Set([...p.goals.map((g) => g.id), ...p.subjects.map((s) => s.id)]);
  const next = new Map<string, MapPosition>();
  for (const [i, raw] of positions.entries()) {
    const parsed = MapPositionSchema.safeParse(raw);
    if (!parsed.success) return fail(...zodProblems(parsed.error, ['mapPositions', i]));
    if (!goals.has(parsed.data.id))
      return fail(problem('unknownGoal', { id: parsed.data.id }, ['mapPositions', i, 'id']));
    next.set(parsed.data.id, parsed.data);
  }
  let changed = false;
  const kept = p.mapPositions.map((old) => {
    const pos = next.get(old.id);
    if (!pos) return old;
    next.delete(old.id);
    if (pos.x === old.x && pos.y === old.y) return old;
    changed = true;
    return pos;
  });
  if (!changed && !next.size) return ok(p);
  return ok({ ...p, mapPositions: [...kept, ...next.values()] });
}

/** Let nodes go back to the layout; `'all'` unpins every node. Unknown or unpinned ids are ignored. */
export function unpinNodes(p: Project, ids: readonly string[] | 'all'): OpResult {
  if (!p.mapPositions.length) return ok(p);
  if (ids === 'all') return ok({ ...p, mapPositions: [] });
  const drop = new Set(ids);
  const kept = p.mapPositions.filter((m) => !drop.has(m.id));
  return ok(kept.length === p.mapPositions.length ? p : { ...p, mapPositions: kept });
}

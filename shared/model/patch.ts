import { COLLECTIONS, metaOf, type Collection, type EntityOf, type Project, type ProjectMeta } from './project';

/**
 * What changed between two versions of a project, entity by entity. A patch is at once the record an undo step
 * keeps, the inverse it replays, and the set of rows the repository writes in one transaction.
 */
export interface ProjectPatch {
  projectId: string;
  meta?: ProjectMeta;
  put: { [C in Collection]?: EntityOf<C>[] };
  remove: { [C in Collection]?: string[] };
  /** Entity order per collection after the change, only where it changed. */
  order: { [C in Collection]?: string[] };
}

function sameMeta(a: Project, b: Project): boolean {
  return (
    a.name === b.name &&
    a.municipality === b.municipality &&
    a.taakveldList === b.taakveldList &&
    a.createdAt === b.createdAt &&
    a.updatedAt === b.updatedAt
  );
}

/** Relies on operations updating immutably: an entity that was not touched keeps its reference. */
export function diffProjects(before: Project, after: Project): ProjectPatch {
  const patch: ProjectPatch = { projectId: after.id, put: {}, remove: {}, order: {} };
  if (!sameMeta(before, after)) patch.meta = metaOf(after);
  for (const c of COLLECTIONS) {
    const prev = before[c] as readonly { id: string }[];
    const next = after[c] as readonly { id: string }[];
    if (prev === next) continue;
    const prevById = new Map(prev.map((e) => [e.id, e]));
    const nextIds = new Set(next.map((e) => e.id));
    const put = next.filter((e) => prevById.get(e.id) !== e);
    const remove = prev.filter((e) => !nextIds.has(e.id)).map((e) => e.id);
    if (put.length) (patch.put as Record<string, unknown[]>)[c] = put;
    if (remove.length) patch.remove[c] = remove;
    const sameOrder = prev.length === next.length && prev.every((e, i) => e.id === next[i]!.id);
    if (!sameOrder) patch.order[c] = next.map((e) => e.id);
  }
  return patch;
}

export function isEmptyPatch(p: ProjectPatch): boolean {
  return !p.meta && !Object.keys(p.put).length && !Object.keys(p.remove).length && !Object.keys(p.order).length;
}

/** Applies a patch to a project; used to replay stored rows and in tests of the repository. */
export function applyPatch(p: Project, patch: ProjectPatch): Project {
  const next: Project = { ...p, ...(patch.meta ?? {}) };
  for (const c of COLLECTIONS) {
    const put = (patch.put[c] ?? []) as { id: string }[];
    const remove = new Set(patch.remove[c] ?? []);
    const order = patch.order[c];
    if (!put.length && !remove.size && !order) continue;
    const byId = new Map((p[c] as { id: string }[]).map((e) => [e.id, e]));
    for (const id of remove) byId.delete(id);
    const added: string[] = [];
    for (const e of put) {
      if (!byId.has(e.id)) added.push(e.id);
      byId.set(e.id, e);
    }
    const ids = order ?? [...(p[c] as { id: string }[]).map((e) => e.id).filter((id) => byId.has(id)), ...added];
    (next as unknown as Record<string, unknown[]>)[c] = ids.map((id) => byId.get(id)).filter((e) => e !== undefined);
  }
  return next;
}

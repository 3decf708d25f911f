import type { Goal, Subject } from '../../model';

/** Names compare ignoring case and runs of spaces, as the links CSV finds goals by title. */
export const nameKey = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** A subject by id, else by name; `ambiguous` lists the ids when several share the name. */
export interface SubjectFinder {
  (text: string): { id?: string; ambiguous?: string };
  isFileSubject(id: string): boolean;
}

function byName<T>(items: readonly T[], nameOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = nameKey(nameOf(item));
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Subjects as they will be after the import: the project's, with those of the file (new ones, and updates by id,
 * which may rename them).
 */
export function subjectFinder(project: readonly Subject[], file: readonly Subject[]): SubjectFinder {
  const merged = new Map(project.map((s) => [s.id, s]));
  for (const s of file) merged.set(s.id, s);
  const fileIds = new Set(file.map((s) => s.id));
  const names = byName([...merged.values()], (s) => s.name);
  const find = (text: string) => {
    if (merged.has(text)) return { id: text };
    const hits = names.get(nameKey(text)) ?? [];
    if (hits.length === 1) return { id: hits[0]!.id };
    return hits.length ? { ambiguous: hits.map((s) => s.id).join(', ') } : {};
  };
  return Object.assign(find, { isFileSubject: (id: string) => fileIds.has(id) });
}

/**
 * A node (goal or subject) a link end names: by id, else by title or name when exactly one has it. `failed` are ids
 * of the file's records that were refused: a link to one is not reported again (the record's own problem says why).
 */
export type NodeFinder = (text: string) => { id?: string; candidates?: string[]; failed?: boolean };

export function nodeFinder(
  goals: readonly Goal[],
  subjects: readonly Subject[],
  failed: ReadonlySet<string> = new Set(),
): NodeFinder {
  const ids = new Set<string>([...goals.map((g) => g.id), ...subjects.map((s) => s.id)]);
  const names = byName(
    [...goals.map((g) => ({ id: g.id, name: g.title })), ...subjects.map((s) => ({ id: s.id, name: s.name }))],
    (n) => n.name,
  );
  return (text) => {
    if (ids.has(text)) return { id: text };
    const hits = names.get(nameKey(text)) ?? [];
    if (hits.length === 1) return { id: hits[0]!.id };
    if (hits.length) return { candidates: hits.map((n) => n.id) };
    return failed.has(text) ? { failed: true } : {};
  };
}

import type { Project } from '../../../shared/model';

/** A subject or goal to choose in the coalition forms (their ids share one namespace). */
export interface NodeOption {
  id: string;
  kind: 'subject' | 'goal';
  name: string;
  /** A goal's subject, shown beside it so two goals of the same title can be told apart. */
  subjectName?: string;
}

/** The project's subjects, then its goals, each in the project's order. */
export function nodeOptions(project: Pick<Project, 'subjects' | 'goals'>): NodeOption[] {
  const subjects = new Map(project.subjects.map((s) => [s.id, s.name]));
  return [
    ...project.subjects.map((s): NodeOption => ({ id: s.id, kind: 'subject', name: s.name })),
    ...project.goals.map((g): NodeOption => {
      const subjectName = g.subjectId === undefined ? undefined : subjects.get(g.subjectId);
      return { id: g.id, kind: 'goal', name: g.title, ...(subjectName !== undefined ? { subjectName } : {}) };
    }),
  ];
}

/**
 * The options for what the user typed in the filter box: the name or (for a goal) its subject's name contains it,
 * in any case. Chosen options stay listed whatever the filter, so unticking one never needs clearing the box first.
 */
export function filterNodeOptions(
  options: readonly NodeOption[],
  query: string,
  chosen: ReadonlySet<string> = new Set(),
): readonly NodeOption[] {
  const q = query.trim().toLocaleLowerCase('nl');
  if (!q) return options;
  return options.filter(
    (o) => chosen.has(o.id) || `${o.name} ${o.subjectName ?? ''}`.toLocaleLowerCase('nl').includes(q),
  );
}

/** A list with `id` added or taken out, keeping the order of the rest. */
export function toggled(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

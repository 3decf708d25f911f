import type { Link, Project } from '../../../shared/model';
import { TYPICAL_LINKS, type TypicalLink } from '../../../shared/catalogue';

/**
 * Where a link comes from, for the *Herkomst* column: drawn by the user ('own'), or taken from the catalogue's
 * typical links ('catalogue'), then with the catalogue's own entry (absent when this version of the catalogue no
 * longer has that id) and whether the user changed its kind, strength or rationale since.
 */
export type LinkOrigin =
  { kind: 'own' } | { kind: 'catalogue'; typical: TypicalLink | undefined; changed: boolean; catalogueLinkId: string };

const typicalById = new Map(TYPICAL_LINKS.map((t) => [t.id, t]));

export function linkOrigin(link: Pick<Link, 'kind' | 'strength' | 'rationale' | 'catalogueLinkId'>): LinkOrigin {
  if (link.catalogueLinkId === undefined) return { kind: 'own' };
  const typical = typicalById.get(link.catalogueLinkId);
  // The rationale was taken in the language of the moment: either of the catalogue's two is unchanged.
  const changed =
    typical !== undefined &&
    (typical.kind !== link.kind ||
      typical.strength !== link.strength ||
      (link.rationale !== typical.rationale.nl && link.rationale !== typical.rationale.en));
  return { kind: 'catalogue', typical, changed, catalogueLinkId: link.catalogueLinkId };
}

/** A link end as the table and the form show it: a goal's title or a subject's name, and which of the two it is. */
export interface LinkEnd {
  name: string;
  isSubject: boolean;
}

export function linkEnds(project: Pick<Project, 'goals' | 'subjects'>): Map<string, LinkEnd> {
  const ends = new Map<string, LinkEnd>();
  for (const g of project.goals) ends.set(g.id, { name: g.title, isSubject: false });
  for (const s of project.subjects) ends.set(s.id, { name: s.name, isSubject: true });
  return ends;
}

/** The link form's choices: goals, then subjects (a group each when the project has subjects), in project order. */
export function linkEndGroups(
  project: Pick<Project, 'goals' | 'subjects'>,
): { group: 'goals' | 'subjects'; options: { id: string; label: string }[] }[] {
  const goals = { group: 'goals' as const, options: project.goals.map((g) => ({ id: g.id, label: g.title })) };
  if (!project.subjects.length) return [goals];
  return [goals, { group: 'subjects', options: project.subjects.map((s) => ({ id: s.id, label: s.name })) }];
}

/** How many links the project has of each origin (the heading's note). */
export function originCounts(links: readonly Link[]): { catalogue: number; own: number } {
  let catalogue = 0;
  for (const l of links) if (l.catalogueLinkId !== undefined) catalogue++;
  return { catalogue, own: links.length - catalogue };
}

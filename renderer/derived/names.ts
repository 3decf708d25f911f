import type { Project } from '../../shared/model';

/** Display names of goals, subjects and holders, looked up by id (never through a plain object: ids may be any string). */
export interface Names {
  goal(id: string): string;
  subject(id: string): string;
  /** A goal's title or a subject's name (their ids share one namespace). */
  node(id: string): string;
  portfolio(id: string): string;
  colour(id: string): string | undefined;
}

export function namesOf(project: Project): Names {
  const goals = new Map(project.goals.map((g) => [g.id, g.title]));
  const subjects = new Map(project.subjects.map((s) => [s.id, s.name]));
  const pfs = new Map(project.portfolios.map((p) => [p.id, p]));
  return {
    goal: (id) => goals.get(id) ?? id,
    subject: (id) => subjects.get(id) ?? id,
    node: (id) => goals.get(id) ?? subjects.get(id) ?? id,
    portfolio: (id) => pfs.get(id)?.holder ?? id,
    colour: (id) => pfs.get(id)?.colour,
  };
}

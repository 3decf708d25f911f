import { z } from './zod';
import { IdSchema } from './ids';
import { DomainSchema, DEFAULT_DOMAINS } from './domain';
import { GoalSchema } from './goal';
import { LinkSchema } from './link';
import { PortfolioSchema } from './portfolio';
import { DivisionSchema } from './division';
import { MapPositionSchema } from './mapPosition';
import { SubjectSchema } from './subject';
import { PartySchema } from './coalition';

export const TAAKVELD_LISTS = ['2017', '2025'] as const;
export const TaakveldListSchema = z.enum(TAAKVELD_LISTS);
export type TaakveldList = z.infer<typeof TaakveldListSchema>;

export const ProjectMetaSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(200),
  municipality: z.string().max(120).default(''),
  /** Which Iv3 list the goals' taakveld codes come from. */
  taakveldList: TaakveldListSchema.default('2025'),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ProjectMeta = z.infer<typeof ProjectMetaSchema>;

export const ProjectSchema = ProjectMetaSchema.extend({
  domains: z.array(DomainSchema).min(1),
  /** Published subjects (beleidsvelden); added in file version 4 (`AddSubjects`). */
  subjects: z.array(SubjectSchema).default([]),
  goals: z.array(GoalSchema).default([]),
  links: z.array(LinkSchema).default([]),
  portfolios: z.array(PortfolioSchema).default([]),
  /** The coalition's parties with their council seats; added in file version 5 (`AddCoalition`). */
  parties: z.array(PartySchema).max(40).default([]),
  divisions: z.array(DivisionSchema).default([]),
  /** Goals pinned on the free map by dragging them there; added in file version 3 (`AddMapPositions`). */
  mapPositions: z.array(MapPositionSchema).default([]),
});
export type Project = z.infer<typeof ProjectSchema>;
export type ProjectInput = z.input<typeof ProjectSchema>;

/** The entity collections of a project, in the order they are stored and diffed. */
export const COLLECTIONS = [
  'domains',
  'subjects',
  'goals',
  'links',
  'portfolios',
  'parties',
  'divisions',
  'mapPositions',
] as const;
export type Collection = (typeof COLLECTIONS)[number];
export type EntityOf<C extends Collection> = Project[C][number];

export function emptyProject(fields: { id: string; name: string; municipality?: string; now: string }): Project {
  return {
    id: fields.id,
    name: fields.name,
    municipality: fields.municipality ?? '',
    taakveldList: '2025',
    createdAt: fields.now,
    updatedAt: fields.now,
    domains: DEFAULT_DOMAINS.map((d) => ({ ...d })),
    subjects: [],
    goals: [],
    links: [],
    portfolios: [],
    parties: [],
    divisions: [],
    mapPositions: [],
  };
}

export function metaOf(p: Project): ProjectMeta {
  const { id, name, municipality, taakveldList, createdAt, updatedAt } = p;
  return { id, name, municipality, taakveldList, createdAt, updatedAt };
}

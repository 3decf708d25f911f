import { parseNumber } from './parseNumber';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/**
 * One named step of the document format: `up` turns the `project` of version `version - 1` into version
 * `version`. Steps are pure functions on plain JSON, so they run before zod and never see a typed Project
 * (tldraw's migrate, Excalidraw's restore). A new format version appends one step here, with a fixture file
 * saved in the version before it.
 */
export interface MigrationStep {
  name: string;
  version: number;
  up: (project: JsonObject) => JsonObject;
}

export function isJsonObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Version 1 was the pre-release format: the app knew only the 2017 taakveld list, so projects carried no
 * `taakveldList`; portfolios had no `role` and no `fte`; a goal's budget could be a Dutch euro string such as
 * "1.250.000". Version 2 names the list, gives every portfolio holder a role and size, and stores budgets as
 * numbers. A budget string that is not a number stays a string, so validation points at it instead of it
 * silently vanishing.
 */
function addHolderDetails(project: JsonObject): JsonObject {
  const next: JsonObject = { ...project };
  if (next.taakveldList === undefined) next.taakveldList = '2017';
  if (Array.isArray(project.portfolios))
    next.portfolios = project.portfolios.map((p) =>
      isJsonObject(p) ? { ...p, role: p.role ?? 'wethouder', fte: p.fte ?? 1 } : p,
    );
  if (Array.isArray(project.goals))
    next.goals = project.goals.map((g) => {
      if (!isJsonObject(g) || typeof g.budget !== 'string') return g;
      const { budget, ...rest } = g;
      if (budget.trim() === '') return rest;
      const n = parseNumber(budget, ',');
      return n === undefined ? g : { ...rest, budget: n };
    });
  return next;
}

/**
 * Version 3 stores where users pinned goals on the free map (`mapPositions`, one `{ id, x, y }` per pinned goal).
 * Version 2 files had no map, so they start with no pins and the map is laid out as before. The version goes up
 * (rather than relying on the schema default) so that an older Samenhang refuses a file with pins instead of
 * silently dropping them on its next save.
 */
function addMapPositions(project: JsonObject): JsonObject {
  return project.mapPositions === undefined ? { ...project, mapPositions: [] } : project;
}

/**
 * Version 4 adds subjects (beleidsvelden): `subjects` on the project, and per division `subjects` (who holds each
 * subject). Version 3 files had no subjects, so every goal keeps exactly the holder it had: the meaning is unchanged.
 */
function addSubjects(project: JsonObject): JsonObject {
  const next: JsonObject = project.subjects === undefined ? { ...project, subjects: [] } : { ...project };
  if (Array.isArray(project.divisions))
    next.divisions = project.divisions.map((d) =>
      isJsonObject(d) && d.subjects === undefined ? { ...d, subjects: {} } : d,
    );
  return next;
}

/**
 * Version 5 adds coalition practice: the coalition's `parties` (with seats) on the project, and per division its
 * coordination `arrangements`, `deliberate` splits and `keep` rules. Version 4 files had none, so every figure stays
 * as it was; the version goes up so that an older Samenhang refuses a file with arrangements instead of dropping them.
 */
function addCoalition(project: JsonObject): JsonObject {
  const next: JsonObject = project.parties === undefined ? { ...project, parties: [] } : { ...project };
  if (Array.isArray(project.divisions))
    next.divisions = project.divisions.map((d) =>
      isJsonObject(d)
        ? { ...d, arrangements: d.arrangements ?? [], deliberate: d.deliberate ?? [], keep: d.keep ?? [] }
        : d,
    );
  return next;
}

export const MIGRATIONS: readonly MigrationStep[] = [
  { name: 'AddHolderDetails', version: 2, up: addHolderDetails },
  { name: 'AddMapPositions', version: 3, up: addMapPositions },
  { name: 'AddSubjects', version: 4, up: addSubjects },
  { name: 'AddCoalition', version: 5, up: addCoalition },
];

/** The oldest version a file can have; steps start from here. */
export const FIRST_FILE_VERSION = 1;
export const CURRENT_FILE_VERSION: number = MIGRATIONS.length
  ? MIGRATIONS[MIGRATIONS.length - 1]!.version
  : FIRST_FILE_VERSION;

/** Applies every step after `fromVersion`, in order. Callers check `fromVersion` is known first. */
export function migrateProject(project: JsonObject, fromVersion: number): JsonObject {
  let out = project;
  for (const step of MIGRATIONS) if (step.version > fromVersion) out = step.up(out);
  return out;
}

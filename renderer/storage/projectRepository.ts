import {
  COLLECTIONS,
  metaOf,
  type Collection,
  type Problem,
  type Project,
  type ProjectMeta,
  type ProjectPatch,
} from '../../shared/model';
import { FORMAT_VERSION, readProjectFile } from '../../shared/io/projectFile';
import type { EntityRow, ProjectRow, SamenhangDb } from './database';

export interface ProjectSummary extends ProjectMeta {
  goalCount: number;
  linkCount: number;
  divisionCount: number;
}

export interface LoadResult {
  value?: Project;
  problems: Problem[];
}

/**
 * The one module that touches the database. Every write is one Dexie transaction, so an edit is stored whole or
 * not at all; reads go through the same validation as an opened file.
 */
export interface ProjectRepository {
  listProjects(): Promise<ProjectSummary[]>;
  loadProject(id: string): Promise<LoadResult>;
  /** Stores a whole project (new, imported or example); replaces any project with the same id. */
  saveProject(project: Project): Promise<void>;
  applyPatch(patch: ProjectPatch): Promise<void>;
  deleteProject(id: string): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
}

function rowsOf(project: Project): EntityRow[] {
  const rows: EntityRow[] = [];
  for (const c of COLLECTIONS)
    (project[c] as { id: string }[]).forEach((e, pos) =>
      rows.push({ projectId: project.id, collection: c, id: e.id, pos, data: e }),
    );
  return rows;
}

/**
 * Rows per bulkPut. IndexedDB copies every row on the page's thread when it is put, so twenty thousand imported
 * goals in one call would freeze the window for about two seconds; in steps of this size the page can draw in
 * between. The steps share one transaction, so a write still lands whole or not at all.
 */
const ROWS_PER_PUT = 200;

export function createProjectRepository(db: SamenhangDb): ProjectRepository {
  const tables = [db.projects, db.entities];

  async function putRows(rows: EntityRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += ROWS_PER_PUT) await db.entities.bulkPut(rows.slice(i, i + ROWS_PER_PUT));
  }

  async function countOf(projectId: string, collection: Collection): Promise<number> {
    return db.entities.where('[projectId+collection]').equals([projectId, collection]).count();
  }

  const repository: ProjectRepository = {
    async listProjects() {
      const rows = await db.projects.orderBy('updatedAt').reverse().toArray();
      return Promise.all(
        rows.map(async ({ formatVersion: _v, ...meta }) => ({
          ...meta,
          goalCount: await countOf(meta.id, 'goals'),
          linkCount: await countOf(meta.id, 'links'),
          divisionCount: await countOf(meta.id, 'divisions'),
        })),
      );
    },

    async loadProject(id) {
      const result = await db.transaction('r', tables, async () => {
        const row = await db.projects.get(id);
        if (!row) return undefined;
        const entities = await db.entities.where('projectId').equals(id).toArray();
        return { row, entities };
      });
      if (!result) return { problems: [{ code: 'projectNotFound', params: { id } }] };
      const { row, entities } = result;
      const { formatVersion, ...meta } = row;
      const project: Record<string, unknown> = { ...meta };
      for (const c of COLLECTIONS)
        project[c] = entities
          .filter((e) => e.collection === c)
          .sort((a, b) => a.pos - b.pos)
          .map((e) => e.data);
      // Stored rows take the same road as an opened file: migrate, validate, check references.
      const envelope = { format: 'samenhang', version: formatVersion, savedAt: meta.updatedAt, project };
      const read = readProjectFile(JSON.stringify(envelope));
      // Rows of an older format are rewritten once, so later patches never mix two formats in one project.
      if (read.value && formatVersion < FORMAT_VERSION) await repository.saveProject(read.value);
      return read;
    },

    async saveProject(project) {
      await db.transaction('rw', tables, async () => {
        await db.entities.where('projectId').equals(project.id).delete();
        await db.projects.put({ ...metaOf(project), formatVersion: FORMAT_VERSION });
        await putRows(rowsOf(project));
      });
    },

    async applyPatch(patch) {
      await db.transaction('rw', tables, async () => {
        const row = await db.projects.get(patch.projectId);
        if (!row) throw new Error(`applyPatch: project ${patch.projectId} is not stored`);
        if (patch.meta) await db.projects.put({ ...row, ...patch.meta });
        for (const c of COLLECTIONS) {
          const removed = patch.remove[c] ?? [];
          if (removed.length)
            await db.entities.bulkDelete(removed.map((id) => [patch.projectId, c, id] as [string, string, string]));
          const order = patch.order[c];
          const put = (patch.put[c] ?? []) as { id: string }[];
          if (order) {
            // Positions shift: rewrite every row of the collection with its new position.
            const existing = await db.entities.where('[projectId+collection]').equals([patch.projectId, c]).toArray();
            const data = new Map<string, unknown>(existing.map((e) => [e.id, e.data]));
            for (const e of put) data.set(e.id, e);
            const rows = order.map((id, pos) => {
              // An entity the rows do not hold means they lag behind the patch: refuse rather than store a hole.
              if (!data.has(id)) throw new Error(`applyPatch: ${c} ${id} is not stored`);
              return { projectId: patch.projectId, collection: c, id, pos, data: data.get(id) };
            });
            await putRows(rows);
          } else if (put.length) {
            const keys = put.map((e) => [patch.projectId, c, e.id] as [string, string, string]);
            const existing = await db.entities.bulkGet(keys);
            await putRows(
              put.map((e, i) => ({
                projectId: patch.projectId,
                collection: c,
                id: e.id,
                pos: existing[i]?.pos ?? 0,
                data: e,
              })),
            );
          }
        }
      });
    },

    async deleteProject(id) {
      await db.transaction('rw', tables, async () => {
        await db.entities.where('projectId').equals(id).delete();
        await db.projects.delete(id);
      });
    },

    async getSetting<T>(key: string) {
      return (await db.settings.get(key))?.value as T | undefined;
    },

    async setSetting(key, value) {
      await db.settings.put({ key, value });
    },
  };
  return repository;
}

export type { ProjectRow };

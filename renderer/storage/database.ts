import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Collection, ProjectMeta } from '../../shared/model';

export interface ProjectRow extends ProjectMeta {
  /** Version of the content format the rows were written in; content migrates through shared/io steps. */
  formatVersion: number;
}

export interface EntityRow {
  projectId: string;
  collection: Collection;
  id: string;
  /** Position in the collection; rewritten when the order changes. */
  pos: number;
  data: unknown;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type SamenhangDb = Dexie & {
  projects: EntityTable<ProjectRow, 'id'>;
  entities: Table<EntityRow, [string, string, string]>;
  settings: EntityTable<SettingRow, 'key'>;
};

export const DB_NAME = 'samenhang';

/**
 * Dexie versions only add tables and indexes (design.md, convention 7); content changes migrate through the
 * project-file steps when a project is loaded. Version 2 added the settings table and stamped the content format.
 */
export function openDatabase(name = DB_NAME, indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange): SamenhangDb {
  const db = new Dexie(name, indexedDB && keyRange ? { indexedDB, IDBKeyRange: keyRange } : undefined) as SamenhangDb;
  db.version(1).stores({
    projects: 'id, updatedAt',
    entities: '[projectId+collection+id], [projectId+collection], projectId',
  });
  db.version(2)
    .stores({ settings: 'key' })
    .upgrade(async (tx) => {
      // Rows written before version 2 carried no format stamp: they are format 1.
      await tx
        .table('projects')
        .toCollection()
        .modify((row: Partial<ProjectRow>) => {
          row.formatVersion ??= 1;
        });
    });
  return db;
}

import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase } from '../../../renderer/storage/database';
import { createProjectRepository } from '../../../renderer/storage/projectRepository';
import { createAppStore } from '../../../renderer/store/appStore';
import { createTestingPlatform } from '../../../renderer/platform/testing';

/** A store over a fresh in-memory database and the in-memory platform, with a clock that ticks per call. */
export function testStore() {
  const db = openDatabase(`t${Math.random()}`, new IDBFactory(), IDBKeyRange);
  const repository = createProjectRepository(db);
  const platform = createTestingPlatform();
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1, 12, 0, tick++)).toISOString();
  const store = createAppStore({ repository, platform, now });
  return { store, repository, platform, db };
}

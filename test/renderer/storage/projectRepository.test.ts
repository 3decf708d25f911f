import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase } from '../../../renderer/storage/database';
import { createProjectRepository } from '../../../renderer/storage/projectRepository';
import { smallExample } from '../../fixtures/smallExample';
import { FORMAT_VERSION } from '../../../shared/io/projectFile';
import {
  addGoal,
  addLink,
  diffProjects,
  pinNodes,
  removeGoal,
  unpinNodes,
  updateGoal,
  type Project,
} from '../../../shared/model';

function freshRepo() {
  const idb = new IDBFactory();
  const db = openDatabase('test', idb, IDBKeyRange);
  return { idb, db, repo: createProjectRepository(db) };
}

function must(r: { ok: true; project: Project } | { ok: false }): Project {
  if (!r.ok) throw new Error('operation failed');
  return r.project;
}

describe('projectRepository', () => {
  it('stores a project and loads it back equal', async () => {
    const { repo } = freshRepo();
    const p = smallExample();
    await repo.saveProject(p);
    const loaded = await repo.loadProject(p.id);
    expect(loaded.problems).toEqual([]);
    expect(loaded.value).toEqual(p);
  });

  it('lists projects with counts', async () => {
    const { repo } = freshRepo();
    const p = smallExample();
    await repo.saveProject(p);
    const list = await repo.listProjects();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: p.id,
      name: p.name,
      goalCount: p.goals.length,
      linkCount: p.links.length,
      divisionCount: 2,
    });
  });

  it('applies patches so that a reload equals the edited project, including order', async () => {
    const { repo } = freshRepo();
    const p0 = smallExample();
    await repo.saveProject(p0);
    const p1 = must(addGoal(p0, { id: 'goal_new', title: 'Nieuw doel', domainId: 'sociaal' }));
    const p2 = must(
      addLink(p1, { id: 'link_new', source: 'goal_new', target: 'goal_armoede', kind: 'reinforces', strength: 2 }),
    );
    const p3 = must(updateGoal(p2, 'goal_werk', { title: 'Werk boven uitkering' }));
    const p4 = must(removeGoal(p3, 'goal_schulden'));
    let prev = p0;
    for (const next of [p1, p2, p3, p4]) {
      await repo.applyPatch(diffProjects(prev, next));
      prev = next;
    }
    const loaded = await repo.loadProject(p0.id);
    expect(loaded.problems).toEqual([]);
    expect(loaded.value).toEqual(p4);
  });

  it('writes a patch in one transaction: a failing patch leaves the stored project as it was', async () => {
    const { repo } = freshRepo();
    const p0 = smallExample();
    await repo.saveProject(p0);
    const p1 = must(addGoal(p0, { id: 'goal_new', title: 'Nieuw doel', domainId: 'sociaal' }));
    const patch = diffProjects(p0, p1);
    // Unstorable data (a function cannot be cloned into IndexedDB) makes the last write of the transaction fail.
    const bad = {
      ...patch,
      put: { ...patch.put, links: [{ ...p0.links[0]!, rationale: (() => 1) as unknown as string }] },
    };
    await expect(repo.applyPatch(bad)).rejects.toThrow();
    expect((await repo.loadProject(p0.id)).value).toEqual(p0);
  });

  it('writes a large import in steps of one transaction: all of it reloads, or a late failure leaves nothing', async () => {
    const { repo } = freshRepo();
    const p0 = smallExample();
    await repo.saveProject(p0);
    const extra = Array.from({ length: 1200 }, (_, i) => ({ ...p0.goals[0]!, id: `goal_n${i}`, title: `Doel ${i}` }));
    const p1 = { ...p0, goals: [...p0.goals, ...extra] };
    const patch = diffProjects(p0, p1);
    const goals = patch.put.goals!;
    // Unstorable data near the end fails the third step, after two steps were written.
    const bad = {
      ...patch,
      put: {
        ...patch.put,
        goals: goals.map((g, i) => (i === 1100 ? { ...g, title: (() => 1) as unknown as string } : g)),
      },
    };
    await expect(repo.applyPatch(bad)).rejects.toThrow();
    expect((await repo.loadProject(p0.id)).value).toEqual(p0);
    await repo.applyPatch(patch);
    expect((await repo.loadProject(p0.id)).value).toEqual(p1);
  });

  it('deletes a project and all its rows', async () => {
    const { repo, db } = freshRepo();
    const p = smallExample();
    await repo.saveProject(p);
    await repo.deleteProject(p.id);
    expect(await repo.listProjects()).toEqual([]);
    expect(await db.entities.count()).toBe(0);
    expect((await repo.loadProject(p.id)).problems[0]?.code).toBe('projectNotFound');
  });

  it('reports stored rows that fail validation instead of opening a broken project', async () => {
    const { repo, db } = freshRepo();
    const p = smallExample();
    await repo.saveProject(p);
    await db.entities.put({
      projectId: p.id,
      collection: 'links',
      id: 'link_bad',
      pos: 999,
      data: {
        id: 'link_bad',
        source: 'goal_armoede',
        target: 'goal_gone',
        kind: 'reinforces',
        strength: 1,
        rationale: '',
      },
    });
    const loaded = await repo.loadProject(p.id);
    expect(loaded.value).toBeUndefined();
    expect(loaded.problems.map((x) => x.code)).toContain('danglingLink');
  });

  it('keeps settings', async () => {
    const { repo } = freshRepo();
    expect(await repo.getSetting('locale')).toBeUndefined();
    await repo.setSetting('locale', 'en');
    expect(await repo.getSetting('locale')).toBe('en');
  });

  it('stores map pins as rows of their own: a pin, a move, an unpin and a removed goal each reload equal', async () => {
    const { repo, db } = freshRepo();
    const p0 = smallExample();
    await repo.saveProject(p0);
    const p1 = must(pinNodes(p0, [{ id: 'goal_werk', x: 12.5, y: -40 }]));
    const p2 = must(
      pinNodes(p1, [
        { id: 'goal_werk', x: 13, y: -41 },
        { id: 'goal_armoede', x: 0, y: 0 },
      ]),
    );
    const p3 = must(unpinNodes(p2, ['goal_werk']));
    const p4 = must(removeGoal(p3, 'goal_armoede'));
    let prev = p0;
    for (const next of [p1, p2, p3, p4]) {
      await repo.applyPatch(diffProjects(prev, next));
      expect((await repo.loadProject(p0.id)).value).toEqual(next);
      prev = next;
    }
    const rows = await db.entities.where('[projectId+collection]').equals([p0.id, 'mapPositions']).count();
    expect(rows).toBe(0);
  });

  it('upgrades a version-1 database: rows gain a format stamp and their content migrates on load', async () => {
    const idb = new IDBFactory();
    const old = new Dexie('legacy', { indexedDB: idb, IDBKeyRange });
    old
      .version(1)
      .stores({ projects: 'id, updatedAt', entities: '[projectId+collection+id], [projectId+collection], projectId' });
    const t = '2025-03-01T10:00:00.000Z';
    await old.table('projects').put({ id: 'p1', name: 'Oud project', municipality: 'X', createdAt: t, updatedAt: t });
    const rows = [
      { collection: 'domains', data: { id: 'sociaal', name: 'Sociaal', colour: '#1f5fa8', classic: 'sociaal' } },
      {
        collection: 'goals',
        data: { id: 'g1', title: 'Armoede', domainId: 'sociaal', taakvelden: ['6.71'], budget: '1.250.000' },
      },
      { collection: 'portfolios', data: { id: 'w1', holder: 'Wethouder A', party: 'P', colour: '#0072b2' } },
    ];
    await old.table('entities').bulkPut(rows.map((r, pos) => ({ projectId: 'p1', id: r.data.id, pos, ...r })));
    old.close();

    const db = openDatabase('legacy', idb, IDBKeyRange);
    const repo = createProjectRepository(db);
    const loaded = await repo.loadProject('p1');
    // Migrated rows are rewritten once in the current format, so later patches never mix two formats.
    expect((await db.projects.get('p1'))?.formatVersion).toBe(FORMAT_VERSION);
    expect(loaded.value?.mapPositions).toEqual([]);
    expect((await repo.loadProject('p1')).value).toEqual(loaded.value);
    expect(loaded.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(loaded.value?.taakveldList).toBe('2017');
    expect(loaded.value?.portfolios[0]).toMatchObject({ role: 'wethouder', fte: 1 });
    expect(loaded.value?.goals[0]?.budget).toBe(1_250_000);
  });
});

describe('projectRepository: rows that lag behind', () => {
  it('refuses a reorder that names an entity the rows do not hold, and stores nothing of it', async () => {
    const { repo } = freshRepo();
    const p0 = smallExample();
    await repo.saveProject(p0);
    const p1 = must(addGoal(p0, { id: 'goal_x', title: 'X', domainId: 'sociaal' }));
    const p2 = must(addGoal(p1, { id: 'goal_y', title: 'Y', domainId: 'sociaal' }));
    // p0 → p2's order names goal_x, but this patch (p1 → p2) does not carry it: as if p0 → p1 was never stored.
    await expect(repo.applyPatch(diffProjects(p1, p2))).rejects.toThrow(/goal_x/);
    expect((await repo.loadProject(p0.id)).value).toEqual(p0);
  });
});

import { describe, expect, it } from 'vitest';
import { smallExample, SMALL_EXAMPLE_ID } from '../../fixtures/smallExample';
import { addGoal } from '../../../shared/model';
import {
  fileNameFor,
  importCsv,
  importProjectFile,
  openProjectFromFile,
  saveProjectToFile,
} from '../../../renderer/app/fileActions';
import { LIMITS } from '../../../shared/io/limits';
import { testStore } from '../support/testStore';

const enc = new TextEncoder();

async function withExample() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  return t;
}

describe('file actions', () => {
  it('saves to a chosen path, then to the same path without asking', async () => {
    const { store, platform } = await withExample();
    platform.saveAnswers.push('/docs/college.samenhang.json');
    await saveProjectToFile(store, false);
    expect(store.getState().filePath).toBe('/docs/college.samenhang.json');
    await saveProjectToFile(store, false);
    expect(platform.saved.map((s) => s.path)).toEqual(['/docs/college.samenhang.json', '/docs/college.samenhang.json']);
    const json = JSON.parse(new TextDecoder().decode(platform.saved[0]!.data));
    expect(json.project.id).toBe(SMALL_EXAMPLE_ID);
  });

  it('refuses an invalid project file: every problem located, nothing stored', async () => {
    const { store, platform, repository } = await withExample();
    platform.files.set(
      '/bad.samenhang.json',
      enc.encode('{"format":"samenhang","version":2,"project":{"id":"x","name":""}}'),
    );
    platform.openAnswers.push('/bad.samenhang.json');
    await openProjectFromFile(store);
    const notice = store.getState().notices.at(-1)!;
    expect(notice.kind).toBe('error');
    expect(notice.problems!.length).toBeGreaterThan(1);
    expect(notice.problems!.every((p) => p.path !== undefined)).toBe(true);
    expect(await repository.listProjects()).toHaveLength(1);
  });

  it('opens the stored project for the same file, and a copy for a changed version', async () => {
    const { store, platform } = await withExample();
    platform.saveAnswers.push('/p.samenhang.json');
    await saveProjectToFile(store, false);
    platform.openAnswers.push('/p.samenhang.json');
    await openProjectFromFile(store);
    expect(store.getState().library).toHaveLength(1);
    store.getState().edit('app.cmd.goalAdd', (p) => addGoal(p, { title: 'Later', domainId: 'sociaal' }));
    await store.getState().flush();
    await store.getState().refreshLibrary();
    platform.openAnswers.push('/p.samenhang.json');
    await openProjectFromFile(store);
    expect(store.getState().library).toHaveLength(2);
    expect(store.getState().project?.goals).toHaveLength(24);
    expect(store.getState().project?.name).toContain('(kopie)');
  });

  it('imports a goals CSV as one undo step, and a broken one not at all', async () => {
    const { store, platform } = await withExample();
    platform.files.set('/ok.csv', enc.encode('titel;domein\nBuurtkamer;sociaal\nSpeeltuin;fysiek\n'));
    platform.files.set('/bad.csv', enc.encode('titel;kleur\nX;rood\n'));
    platform.openAnswers.push('/bad.csv');
    await importCsv(store, 'goals');
    expect(store.getState().project?.goals).toHaveLength(24);
    expect(store.getState().notices.at(-1)?.problems?.[0]?.path).toBeDefined();
    platform.openAnswers.push('/ok.csv');
    await importCsv(store, 'goals');
    expect(store.getState().project?.goals).toHaveLength(26);
    store.getState().undo();
    expect(store.getState().project?.goals).toHaveLength(24);
  });

  it('makes file names Windows accepts', () => {
    expect(fileNameFor({ ...smallExample(), name: 'Plan: "2026/2030"?' }, '.csv')).toBe('Plan 20262030.csv');
  });
});

describe('file actions: big files in the background', () => {
  /** Goals CSV of `rows` data rows. */
  const goalsCsv = (rows: number) =>
    enc.encode(`titel;domein\n${Array.from({ length: rows }, (_, i) => `Doel ${i};sociaal`).join('\n')}\n`);

  it('refuses a CSV over the row limit as too large, naming the limit, and stores nothing', async () => {
    const { store, platform, repository } = await withExample();
    await store.getState().flush();
    const storedBefore = await repository.loadProject(SMALL_EXAMPLE_ID);
    platform.files.set('/big.csv', enc.encode(`titel\n${'x\n'.repeat(LIMITS.csvRows + 1)}`));
    platform.openAnswers.push('/big.csv');
    await importCsv(store, 'goals');
    const notice = store.getState().notices.at(-1)!;
    expect(notice).toMatchObject({ kind: 'error', key: 'app.notice.csvTooLarge', params: { name: 'big.csv' } });
    expect(notice.problems).toEqual([{ code: 'csvTooManyRows', params: { limit: LIMITS.csvRows } }]);
    expect(store.getState().project?.goals).toHaveLength(24);
    await store.getState().flush();
    expect(await repository.loadProject(SMALL_EXAMPLE_ID)).toEqual(storedBefore);
    expect(store.getState().fileImport).toBeNull();
  });

  it('refuses a project file over the size limit before reading it, and stores nothing', async () => {
    const { store, repository } = await withExample();
    const ok = await importProjectFile(store, {
      name: 'huge.samenhang.json',
      bytes: new Uint8Array(LIMITS.projectFileBytes + 1),
    });
    expect(ok).toBe(false);
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      key: 'app.notice.fileTooLarge',
      problems: [{ code: 'fileTooLarge', params: { size: 64.1, limit: 64 } }],
    });
    expect(await repository.listProjects()).toHaveLength(1);
  });

  it('shows the file being read while it runs; stopping it adds nothing, stores nothing and says so', async () => {
    const { store, platform, repository } = await withExample();
    await store.getState().flush();
    const storedBefore = await repository.loadProject(SMALL_EXAMPLE_ID);
    platform.files.set('/doelen.csv', goalsCsv(3000));
    platform.openAnswers.push('/doelen.csv');
    const importing = importCsv(store, 'goals');
    await expect.poll(() => store.getState().fileImport).not.toBeNull();
    expect(store.getState().fileImport).toMatchObject({ name: 'doelen.csv', progress: { stage: 'read' } });
    store.getState().fileImport!.cancel();
    await importing;
    expect(store.getState().fileImport).toBeNull();
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'info', key: 'app.notice.readCancelled' });
    expect(store.getState().project?.goals).toHaveLength(24);
    expect(store.getState().history.past).toHaveLength(0);
    await store.getState().flush();
    expect(await repository.loadProject(SMALL_EXAMPLE_ID)).toEqual(storedBefore);
  });

  it('checks the file again when the project changed while it was read, keeping that change', async () => {
    const { store, platform } = await withExample();
    platform.files.set('/doelen.csv', goalsCsv(5));
    platform.openAnswers.push('/doelen.csv');
    const importing = importCsv(store, 'goals');
    await expect.poll(() => store.getState().fileImport).not.toBeNull();
    store.getState().edit('app.cmd.goalAdd', (p) => addGoal(p, { title: 'Tussendoor', domainId: 'sociaal' }));
    await importing;
    const titles = store.getState().project!.goals.map((g) => g.title);
    expect(titles).toHaveLength(30);
    expect(titles).toContain('Tussendoor');
    expect(titles.at(-1)).toBe('Doel 4');
    store.getState().undo();
    expect(store.getState().project!.goals.map((g) => g.title)).toContain('Tussendoor');
    expect(store.getState().project!.goals).toHaveLength(25);
  });
});

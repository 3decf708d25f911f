// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { exportGraphml, exportXlsx, workbookXlsx } from '../../../shared/exchange';
import { smallExample, SMALL_EXAMPLE_ID } from '../../fixtures/smallExample';
import { importExchangeFile } from '../../../renderer/app/exchangeImport';
import { dispatch } from '../../../renderer/store/commands/dispatch';
import { importExchange } from '../../../renderer/store/commands/exchangeImportCommands';
import { testStore } from '../support/testStore';

async function withExample() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  await t.store.getState().flush();
  expect((await t.repository.loadProject(SMALL_EXAMPLE_ID)).value?.goals.length).toBeGreaterThan(0);
  return t;
}

/** The dialog the check opens, with what it would store. */
function review(store: ReturnType<typeof testStore>['store']) {
  const d = store.getState().dialog;
  if (typeof d !== 'object' || d?.kind !== 'exchangeImport') throw new Error(`no import dialog: ${JSON.stringify(d)}`);
  return d;
}

describe('importing a workbook or network file', () => {
  it('refuses a workbook with a bad cell: located problems, nothing changed or stored, no dialog', async () => {
    const { store, platform, repository } = await withExample();
    const before = await repository.loadProject(SMALL_EXAMPLE_ID);
    const bytes = await workbookXlsx([
      {
        sheet: 'Doelen',
        header: ['titel', 'domein', 'budget'],
        rows: [
          ['Goed', 'sociaal', 5],
          ['Fout', 'sociaal', 'veel'],
        ],
      },
    ]);
    platform.files.set('/doelen.xlsx', bytes);
    platform.openAnswers.push('/doelen.xlsx');
    await importExchangeFile(store);
    const notice = store.getState().notices.at(-1)!;
    expect(notice).toMatchObject({ kind: 'error', key: 'app.notice.exchangeInvalid', params: { name: 'doelen.xlsx' } });
    expect(notice.problems).toEqual([
      { code: 'csvBadBudget', params: { value: 'veel' }, path: ['sheet', 'Doelen', 3, 'budget'] },
    ]);
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().history.past).toHaveLength(0);
    await store.getState().flush();
    expect(await repository.loadProject(SMALL_EXAMPLE_ID)).toEqual(before);
  });

  it('shows what a good workbook adds before storing it; cancelling stores nothing, importing is one undo step', async () => {
    const { store, platform, repository } = await withExample();
    const before = await repository.loadProject(SMALL_EXAMPLE_ID);
    const p = store.getState().project!;
    const bytes = await workbookXlsx([
      {
        sheet: 'Doelen',
        header: ['titel', 'domein'],
        rows: [
          ['Buurtkamer', 'sociaal'],
          ['Speeltuin', 'fysiek'],
        ],
      },
      { sheet: 'Verbanden', header: ['van', 'naar', 'soort'], rows: [['Buurtkamer', 'Speeltuin', 'versterkt']] },
    ]);
    platform.files.set('/nieuw.xlsx', bytes);
    platform.openAnswers.push('/nieuw.xlsx');
    await importExchangeFile(store);
    const r = review(store);
    expect(r.imported.goals.map((g) => g.entity.title)).toEqual(['Buurtkamer', 'Speeltuin']);
    // Checked, not stored: the project and the database are as they were until the user says so.
    expect(store.getState().project).toBe(p);
    store.getState().setDialog(null);
    await store.getState().flush();
    expect(await repository.loadProject(SMALL_EXAMPLE_ID)).toEqual(before);

    expect(dispatch(store, importExchange, { imported: r.imported })).toEqual([]);
    expect(store.getState().project!.goals).toHaveLength(p.goals.length + 2);
    expect(store.getState().project!.links).toHaveLength(p.links.length + 1);
    await store.getState().flush();
    expect((await repository.loadProject(SMALL_EXAMPLE_ID)).value!.goals).toHaveLength(p.goals.length + 2);
    store.getState().undo();
    expect(store.getState().project!.goals).toHaveLength(p.goals.length);
    expect(store.getState().project!.links).toHaveLength(p.links.length);
  });

  it('the project’s own workbook, edited: updates the goals it names by id, adds nothing twice', async () => {
    const { store, platform } = await withExample();
    const p = store.getState().project!;
    const edited = { ...p, goals: p.goals.map((g, i) => (i === 0 ? { ...g, title: 'Nieuwe titel', budget: 42 } : g)) };
    platform.files.set('/eigen.xlsx', await exportXlsx(edited));
    platform.openAnswers.push('/eigen.xlsx');
    await importExchangeFile(store);
    const r = review(store);
    expect(r.imported.sameAsDraft).toBe(p.divisions[0]!.name);
    expect(dispatch(store, importExchange, { imported: r.imported })).toEqual([]);
    const after = store.getState().project!;
    expect(after.goals).toHaveLength(p.goals.length);
    expect(after.goals[0]).toMatchObject({ id: p.goals[0]!.id, title: 'Nieuwe titel', budget: 42 });
    expect(after.goals.slice(1)).toEqual(p.goals.slice(1));
    expect(after.divisions).toBe(p.divisions);
  });

  it('a GraphML file is parsed on the page and checked in the worker; a DOCTYPE is refused and nothing stored', async () => {
    const { store, platform, repository } = await withExample();
    const before = await repository.loadProject(SMALL_EXAMPLE_ID);
    const p = store.getState().project!;
    const text = exportGraphml({ ...p, goals: p.goals.slice(0, 3), links: [], subjects: [], divisions: [] });
    platform.files.set(
      '/kwaad.graphml',
      new TextEncoder().encode(text.replace('<graphml', '<!DOCTYPE graphml>\n<graphml')),
    );
    platform.openAnswers.push('/kwaad.graphml');
    await importExchangeFile(store);
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      problems: [{ code: 'exchangeXmlDoctype' }],
    });
    await store.getState().flush();
    expect(await repository.loadProject(SMALL_EXAMPLE_ID)).toEqual(before);

    platform.files.set('/goed.graphml', new TextEncoder().encode(text));
    platform.openAnswers.push('/goed.graphml');
    await importExchangeFile(store);
    const r = review(store);
    expect(r.imported.format).toBe('graphml');
    expect(r.imported.goals.map((g) => g.before?.id)).toEqual(p.goals.slice(0, 3).map((g) => g.id));
  });

  it('refuses to store an import when the project changed where the file would change it', async () => {
    const { store, platform } = await withExample();
    const p = store.getState().project!;
    platform.files.set(
      '/eigen.xlsx',
      await exportXlsx({ ...p, goals: [{ ...p.goals[0]!, title: 'Uit het bestand' }] }),
    );
    platform.openAnswers.push('/eigen.xlsx');
    await importExchangeFile(store);
    const r = review(store);
    store.getState().edit('app.cmd.goalUpdate', (q) => ({
      ok: true,
      project: { ...q, goals: q.goals.map((g, i) => (i === 0 ? { ...g, title: 'Intussen veranderd' } : g)) },
    }));
    const problems = dispatch(store, importExchange, { imported: r.imported }, { inline: true });
    expect(problems.map((x) => x.code)).toContain('exchangeProjectChanged');
    expect(store.getState().project!.goals[0]!.title).toBe('Intussen veranderd');
  });
});

import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { smallExample } from '../../fixtures/smallExample';
import { exportGexf, exportTableCsv } from '../../../shared/exchange';
import { exportGoalsCsv } from '../../../shared/io/csv';
import { EXPORT_IDS, exportAvailable, runExport } from '../../../renderer/app/exchangeExports';
import { fileNameFor } from '../../../renderer/app/fileActions';
import { testStore } from '../support/testStore';

// Keeping the byte order mark: the CSV files start with one for Excel.
const text = (data: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);

async function withExample(drafts = true) {
  const t = testStore();
  const p = smallExample();
  await t.store.getState().adoptProject(drafts ? p : { ...p, divisions: [] });
  return t;
}

describe('exchange exports in the app', () => {
  it('saves every export as one file through the platform, named after the project', async () => {
    const { store, platform } = await withExample();
    const project = store.getState().project!;
    const shown = EXPORT_IDS.filter((id) => exportAvailable(id, project));
    // The example has drafts but no subjects: everything but the subjects table.
    expect(shown).toEqual(EXPORT_IDS.filter((id) => id !== 'subjectsCsv'));
    for (const id of shown) await runExport(store, id);
    // A file of the chosen draft carries its name (without the colon Windows refuses in a file name).
    const draft = project.divisions.find((d) => d.id === store.getState().draftId)!.name.replace(':', '');
    expect(draft.length).toBeGreaterThan(0);
    expect(platform.saved.map((f) => f.name)).toEqual(
      [
        ' - doelen.csv',
        ' - verbanden.csv',
        ` - verdeling ${draft}.csv`,
        ` - afstemmingsagenda ${draft}.csv`,
        ` - tabellen ${draft}.xlsx`,
        ` - ${draft}.gexf`,
        ` - ${draft}.graphml`,
        ` - kumu ${draft}.json`,
        ` - kumu ${draft}.xlsx`,
      ].map((suffix) => fileNameFor(project, suffix)),
    );
    expect(platform.saved.map((f) => f.mime)).toEqual([
      'text/csv',
      'text/csv',
      'text/csv',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/xml',
      'application/xml',
      'application/json',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(text(platform.saved[0]!.data)).toBe(exportGoalsCsv(project));
    const sheets = await readXlsxFile(Buffer.from(platform.saved[4]!.data));
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Doelen',
      'Onderwerpen',
      'Verbanden',
      'Verdeling',
      'Afstemmingsagenda',
    ]);
    expect(JSON.parse(text(platform.saved[7]!.data)).elements).toHaveLength(project.goals.length);
    expect(store.getState().notices.at(-1)).toMatchObject({ key: 'app.notice.fileSaved' });
  });

  it('exports the draft the header shows, in the UI’s language', async () => {
    const { store, platform } = await withExample();
    const project = store.getState().project!;
    const second = project.divisions[1]!;
    store.getState().chooseDraft(second.id);
    store.getState().setLocale('en');
    await runExport(store, 'divisionCsv');
    await runExport(store, 'gexf');
    expect(platform.saved[0]!.name).toBe(fileNameFor(project, ` - division ${second.name.replace(':', '')}.csv`));
    expect(platform.saved[1]!.name).toBe(fileNameFor(project, ` - ${second.name.replace(':', '')}.gexf`));
    expect(text(platform.saved[0]!.data)).toBe(
      exportTableCsv(project, 'division', { divisionId: second.id, locale: 'en', delimiter: ';' }),
    );
    expect(text(platform.saved[1]!.data)).toBe(exportGexf(project, { divisionId: second.id, locale: 'en' }));
    expect(text(platform.saved[1]!.data)).toContain(`— ${second.name}</description>`);
  });

  it('writes nothing for a draft’s table without a draft, or when the user cancels', async () => {
    const { store, platform } = await withExample(false);
    expect(exportAvailable('agendaCsv', store.getState().project!)).toBe(false);
    await runExport(store, 'agendaCsv');
    platform.saveAnswers.push(null);
    await runExport(store, 'kumuJson');
    expect(platform.saved).toEqual([]);
    expect(store.getState().notices.some((n) => n.key === 'app.notice.fileSaved')).toBe(false);
  });
});

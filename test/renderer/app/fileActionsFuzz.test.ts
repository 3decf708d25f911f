import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importCsv, importProjectFile } from '../../../renderer/app/fileActions';
import { smallExample } from '../../fixtures/smallExample';
import { applyCsvImport, type CsvImportKind } from '../../../shared/io/applyCsvImport';
import type { Project } from '../../../shared/model';
import { csvInputs } from '../../shared/io/fuzz/csvInputs';
import type { FuzzInput } from '../../shared/io/fuzz/fuzzBytes';
import { FUZZ, timeoutFor } from '../../shared/io/fuzz/fuzzRng';
import { FuzzTally } from '../../shared/io/fuzz/fuzzTally';
import { projectFileInputs } from '../../shared/io/fuzz/projectFileInputs';
import { testStore } from '../support/testStore';

// A sample of the fuzz inputs goes the whole way a user's file goes: the platform, the file import worker (run
// in-process here), the store and the repository on an in-memory IndexedDB. The readers themselves get every
// input in test/shared/io/fuzz; here the point is what is stored.
const SAMPLE = FUZZ.long ? Math.ceil(FUZZ.runs / 10) : 250;

type Fixture = ReturnType<typeof testStore>;

/** Every stored project row and entity row, in key order (settings such as the last project opened left out). */
async function stored({ db }: Fixture): Promise<unknown> {
  return { projects: await db.table('projects').toArray(), entities: await db.table('entities').toArray() };
}

/** Back to one stored project, open: what the next input starts from. */
async function reset(t: Fixture, project: Project): Promise<void> {
  const s = t.store.getState();
  for (const p of await s.deps.repository.listProjects()) if (p.id !== project.id) await s.deleteProject(p.id);
  await s.adoptProject(project);
  t.store.setState({ notices: [] });
}

describe('opening and importing fuzzed files through the repository (issue 17)', () => {
  it(
    `stores nothing for a refused project file, and exactly the project for an accepted one (${SAMPLE} inputs)`,
    async () => {
      const t = testStore();
      const base = smallExample();
      await reset(t, base);
      const baseline = await stored(t);
      const tally = new FuzzTally('project file, stored', FUZZ.seed + 3);
      let index = 0;
      for (const input of projectFileInputs(FUZZ.seed + 3, SAMPLE)) {
        const i = index++;
        tally.inputs++;
        let opened = false;
        try {
          opened = await importProjectFile(t.store, { name: `fuzz-${i}.samenhang.json`, bytes: input.bytes });
        } catch (e) {
          tally.fail('crashes', i, input, String(e));
        }
        const s = t.store.getState();
        if (opened) {
          tally.accepted++;
          await s.flush();
          const loaded = await s.deps.repository.loadProject(s.project!.id);
          if (!isDeepStrictEqual(loaded.value, s.project)) tally.fail('badAccepts', i, input, 'stored ≠ opened');
          await reset(t, base);
        } else {
          tally.refused++;
          const notice = s.notices.at(-1);
          if (notice?.kind !== 'error' || !notice.problems?.length)
            tally.fail('silentRefusals', i, input, JSON.stringify(notice));
          await s.flush();
          if (!isDeepStrictEqual(await stored(t), baseline)) {
            tally.fail('badAccepts', i, input, 'a refused file changed what is stored');
            await reset(t, base);
          }
        }
      }
      tally.assertClean();
      expect(tally.accepted).toBeGreaterThan(0);
    },
    timeoutFor(SAMPLE, 3000),
  );

  it.each<[CsvImportKind, number]>([
    ['goals', FUZZ.seed + 4],
    ['links', FUZZ.seed + 5],
  ])(
    `%s CSV: stores nothing when refused; when accepted stores the import, and undo restores what was stored (${SAMPLE} inputs)`,
    async (kind, seed) => {
      const t = testStore();
      const tally = new FuzzTally(`${kind} CSV, stored`, seed);
      let current: Project | undefined;
      let index = 0;
      for (const input of csvInputs(kind, seed, SAMPLE)) {
        const i = index++;
        tally.inputs++;
        if (input.project !== current) {
          await reset(t, input.project);
          current = input.project;
        }
        const before = await stored(t);
        const project = t.store.getState().project;
        // The reader's own verdict, to hold the app to it.
        const expected = applyCsvImport(input.project, kind, input.bytes).value !== undefined;
        t.platform.files.set(`/fuzz/${i}.csv`, input.bytes);
        t.platform.openAnswers.push(`/fuzz/${i}.csv`);
        try {
          await importCsv(t.store, kind);
        } catch (e) {
          tally.fail('crashes', i, input as FuzzInput, String(e));
        }
        const s = t.store.getState();
        await s.flush();
        const accepted = s.project !== project;
        if (accepted !== expected)
          tally.fail('badAccepts', i, input, `the app ${accepted ? 'accepted' : 'refused'}, the reader did not`);
        if (accepted) {
          tally.accepted++;
          const loaded = await s.deps.repository.loadProject(s.project!.id);
          if (!isDeepStrictEqual(loaded.value, s.project)) tally.fail('badAccepts', i, input, 'stored ≠ imported');
          s.undo();
          await t.store.getState().flush();
          if (!isDeepStrictEqual(await stored(t), before)) tally.fail('badAccepts', i, input, 'undo left a change');
        } else {
          tally.refused++;
          if (!isDeepStrictEqual(await stored(t), before))
            tally.fail('badAccepts', i, input, 'a refused file changed what is stored');
        }
        if (!isDeepStrictEqual(await stored(t), before)) await reset(t, input.project);
        t.store.setState({ notices: [] });
      }
      tally.assertClean();
      expect(tally.accepted).toBeGreaterThan(0);
    },
    timeoutFor(SAMPLE, 3000),
  );
});

import { describe, expect, it } from 'vitest';
import {
  CURRENT_FILE_VERSION,
  FIRST_FILE_VERSION,
  MIGRATIONS,
  migrateProject,
  type JsonObject,
} from '../../../shared/io/migrations';
import { readProjectFile } from '../../../shared/io/projectFile';
import { fixtureText } from './fixtures';

const v1 = () => (JSON.parse(fixtureText('project-v1.samenhang.json')) as { project: JsonObject }).project;
const v2 = () => (JSON.parse(fixtureText('project-v2.samenhang.json')) as { project: JsonObject }).project;
const v3 = () => (JSON.parse(fixtureText('project-v3.samenhang.json')) as { project: JsonObject }).project;

describe('migration steps', () => {
  it('are named, unique and dense from the first version to the current one', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: CURRENT_FILE_VERSION - FIRST_FILE_VERSION }, (_, i) => FIRST_FILE_VERSION + 1 + i),
    );
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    expect(MIGRATIONS.find((m) => m.version === 2)?.name).toBe('AddHolderDetails');
    expect(MIGRATIONS.find((m) => m.version === 3)?.name).toBe('AddMapPositions');
  });

  it('AddHolderDetails: 2 turns the v1 fixture into v2', () => {
    const step = MIGRATIONS.find((m) => m.name === 'AddHolderDetails')!;
    const before = v1();
    const snapshot = structuredClone(before);
    const after = step.up(before) as {
      taakveldList: string;
      portfolios: { role: string; fte: number; holder: string }[];
      goals: { id: string; budget?: unknown }[];
    };
    expect(before).toEqual(snapshot); // pure: the input is untouched
    expect(after.taakveldList).toBe('2017');
    expect(after.portfolios.map((p) => [p.holder, p.role, p.fte])).toEqual([
      ['C. Bakker', 'wethouder', 1],
      ['D. Yilmaz', 'wethouder', 1],
    ]);
    const budgets = Object.fromEntries(after.goals.map((g) => [g.id, g.budget]));
    expect(budgets).toEqual({
      goal_thuis: 1250000,
      goal_jeugd: 980000.5,
      goal_groen: 300000,
      goal_onbekend: undefined,
    });
    expect('budget' in after.goals.find((g) => g.id === 'goal_onbekend')!).toBe(false);
  });

  it('keeps what v1 already had explicitly', () => {
    const step = MIGRATIONS[0]!;
    const out = step.up({ taakveldList: '2025', portfolios: [{ role: 'burgemeester', fte: 0.6 }], goals: [] });
    expect(out).toEqual({ taakveldList: '2025', portfolios: [{ role: 'burgemeester', fte: 0.6 }], goals: [] });
  });

  it('leaves an unreadable budget string for validation to point at', () => {
    const out = MIGRATIONS[0]!.up({ goals: [{ id: 'g', budget: 'veel' }] }) as { goals: { budget: unknown }[] };
    expect(out.goals[0]!.budget).toBe('veel');
    const file = JSON.parse(fixtureText('project-v1.samenhang.json')) as { project: { goals: { budget?: unknown }[] } };
    file.project.goals[0]!.budget = 'veel';
    const read = readProjectFile(JSON.stringify(file));
    expect(read.value).toBeUndefined();
    expect(read.problems).toContainEqual(
      expect.objectContaining({ code: 'zod.invalid_type', path: ['goals', 0, 'budget'] }),
    );
  });

  it('tolerates shapes it does not understand instead of throwing', () => {
    expect(migrateProject({ goals: 'nee', portfolios: [1, null] }, 1)).toEqual({
      goals: 'nee',
      portfolios: [1, null],
      taakveldList: '2017',
      mapPositions: [],
      subjects: [],
      parties: [],
    });
    expect(migrateProject({ mapPositions: 'nee' }, 2)).toEqual({ mapPositions: 'nee', subjects: [], parties: [] });
    expect(migrateProject({ subjects: 'nee', divisions: [1, null, 'x'] }, 3)).toEqual({
      subjects: 'nee',
      divisions: [1, null, 'x'],
      parties: [],
    });
    expect(migrateProject({ parties: 'nee', divisions: [1, { id: 'd', keep: 'x' }] }, 4)).toEqual({
      parties: 'nee',
      divisions: [1, { id: 'd', arrangements: [], deliberate: [], keep: 'x' }],
    });
  });

  it('AddMapPositions: 3 gives the v2 fixture an empty list of pins, and reads it as a current project', () => {
    const step = MIGRATIONS.find((m) => m.name === 'AddMapPositions')!;
    expect(step.version).toBe(3);
    const before = v2();
    const snapshot = structuredClone(before);
    const after = step.up(before);
    expect(before).toEqual(snapshot); // pure
    expect(after).toEqual({ ...before, mapPositions: [] });
    // Everything else is carried over untouched, entity by entity.
    for (const key of Object.keys(before)) expect(after[key]).toBe(before[key]);
    const { value, problems, meta } = readProjectFile(fixtureText('project-v2.samenhang.json'));
    expect(problems).toEqual([]);
    expect(meta?.version).toBe(2);
    expect(value?.mapPositions).toEqual([]);
    expect(value?.goals).toHaveLength(8);
  });

  it('AddMapPositions keeps pins a file already has', () => {
    const pins = [{ id: 'goal_wonen', x: 10, y: -20 }];
    expect(MIGRATIONS.find((m) => m.version === 3)!.up({ mapPositions: pins })).toEqual({ mapPositions: pins });
  });

  it('AddSubjects: 4 gives the v3 fixture no subjects and every draft an empty subject list, meaning unchanged', () => {
    const step = MIGRATIONS.find((m) => m.name === 'AddSubjects')!;
    expect(step.version).toBe(4);
    const before = v3();
    const snapshot = structuredClone(before);
    const after = step.up(before);
    expect(before).toEqual(snapshot); // pure
    expect(after.subjects).toEqual([]);
    const divisions = after.divisions as JsonObject[];
    expect(divisions.map((d) => d.subjects)).toEqual((before.divisions as JsonObject[]).map(() => ({})));
    for (const key of Object.keys(before)) if (key !== 'divisions') expect(after[key]).toBe(before[key]);
    const { value, problems, meta } = readProjectFile(fixtureText('project-v3.samenhang.json'));
    expect(problems).toEqual([]);
    expect(meta?.version).toBe(3);
    expect(value?.mapPositions).toHaveLength(2);
    // Every goal keeps exactly the holder it had: the assignments are carried over as they were.
    expect(value?.divisions.map((d) => d.assignments)).toEqual(
      (before.divisions as JsonObject[]).map((d) => d.assignments),
    );
    expect(value?.goals.every((g) => g.subjectId === undefined)).toBe(true);
  });

  it('AddSubjects keeps subjects a file already has', () => {
    const subjects = [{ id: 's', name: 'Wonen', domainId: 'fysiek' }];
    const d = { id: 'D', subjects: { s: ['P'] } };
    expect(MIGRATIONS.find((m) => m.version === 4)!.up({ subjects, divisions: [d] })).toEqual({
      subjects,
      divisions: [d],
    });
  });

  it('AddCoalition: 5 gives the v4 fixture no parties and every draft no arrangements, splits or rules', () => {
    const step = MIGRATIONS.find((m) => m.name === 'AddCoalition')!;
    expect(step.version).toBe(5);
    const before = (JSON.parse(fixtureText('project-v4.samenhang.json')) as { project: JsonObject }).project;
    const snapshot = structuredClone(before);
    const after = step.up(before);
    expect(before).toEqual(snapshot); // pure
    expect(after.parties).toEqual([]);
    for (const d of after.divisions as JsonObject[]) {
      expect([d.arrangements, d.deliberate, d.keep]).toEqual([[], [], []]);
    }
    const { value, problems, meta } = readProjectFile(fixtureText('project-v4.samenhang.json'));
    expect(problems).toEqual([]);
    expect(meta?.version).toBe(4);
    // Who holds what is carried over as it was.
    expect(value?.divisions.map((d) => [d.assignments, d.subjects])).toEqual(
      (before.divisions as JsonObject[]).map((d) => [d.assignments, d.subjects]),
    );
  });

  it('runs no step for a current file', () => {
    const p: JsonObject = { id: 'x' };
    expect(migrateProject(p, CURRENT_FILE_VERSION)).toBe(p);
  });

  it('reads the v1 fixture as a valid current project', () => {
    const { value, problems, meta } = readProjectFile(fixtureText('project-v1.samenhang.json'));
    expect(problems).toEqual([]);
    expect(meta).toEqual({ version: 1, savedAt: '2025-11-14T15:05:00.000Z', app: 'Samenhang 0.0.9' });
    expect(value?.taakveldList).toBe('2017');
    expect(value?.goals[0]?.taakvelden).toEqual(['6.71', '6.1']);
    expect(value?.portfolios[0]).toMatchObject({ role: 'wethouder', fte: 1 });
  });
});

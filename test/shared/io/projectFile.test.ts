import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  readProjectFile,
  readProjectFileBytes,
  writeProjectFile,
  FORMAT_VERSION,
} from '../../../shared/io/projectFile';
import { encodeWindows1252 } from '../../../shared/io/decodeText';
import { LIMITS } from '../../../shared/io/limits';
import { MAX_PROBLEMS } from '../../../shared/io/capProblems';
import type { Project } from '../../../shared/model';
import { arbProject } from './arbProject';
import { fixtureText } from './fixtures';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../fixtures/subjects/subjectsExample';

type Envelope = {
  format: string;
  version: number;
  project: Record<string, unknown> & {
    goals: Record<string, unknown>[];
    links: Record<string, unknown>[];
    divisions: Record<string, unknown>[];
  };
};
const v2 = (): Envelope => JSON.parse(fixtureText('project-v2.samenhang.json')) as Envelope;
const read = (env: unknown, repair = false) => readProjectFile(JSON.stringify(env), { repair });
const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);
/** The same value with every object's keys in reverse order. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reverseKeys(x)]),
    );
  return v;
}
const META = { savedAt: '2026-03-02T10:00:00.000Z', appVersion: '0.1.0' };

describe('readProjectFile', () => {
  it('reads the current fixture without problems', () => {
    const r = readProjectFile(fixtureText('project-v2.samenhang.json'));
    expect(r.problems).toEqual([]);
    expect(r.value?.goals).toHaveLength(8);
    expect(r.meta).toEqual({ version: 2, savedAt: '2026-03-02T09:30:00.000Z', app: 'Samenhang 0.1.0' });
  });

  it('locates a JSON syntax error by line and column', () => {
    const r = readProjectFile(fixtureText('project-broken.samenhang.json'));
    // Line 7 is `    "goals": []` after a missing comma on line 6: the scanner stops at its first quote.
    expect(r).toEqual({ problems: [{ code: 'fileNotJson', params: { line: 7, column: 5 } }] });
  });

  it('locates a truncated file at its end', () => {
    expect(readProjectFile('{\n  "format": "samenhang",\n  "version": 2,').problems[0]).toEqual({
      code: 'fileNotJson',
      params: { line: 3, column: 16 }, // just past `  "version": 2,`
    });
  });

  it('locates a broken file however deep it is nested', () => {
    expect(readProjectFile('['.repeat(200000)).problems).toEqual([
      { code: 'fileNotJson', params: { line: 1, column: 200001 } },
    ]);
  });

  it('accepts a UTF-8 BOM before the JSON', () => {
    expect(readProjectFile(`\uFEFF${fixtureText('project-v2.samenhang.json')}`).value).toBeDefined();
  });

  it('rejects a wrong envelope', () => {
    expect(codes(readProjectFile('[]'))).toEqual(['fileWrongFormat']);
    expect(readProjectFile('{"format":"excalidraw","version":2}').problems).toEqual([
      { code: 'fileWrongFormat', params: { format: 'excalidraw' } },
    ]);
    const noProject = { format: 'samenhang', version: 2 };
    expect(codes(read(noProject))).toEqual(['fileNoProject']);
    for (const version of ['2', 0, 1.5, null])
      expect(codes(read({ format: 'samenhang', version, project: {} }))).toEqual(['fileBadVersion']);
  });

  it('refuses a file from a newer Samenhang instead of downgrading it', () => {
    const r = readProjectFile(fixtureText('project-newer.samenhang.json'));
    expect(r.value).toBeUndefined();
    expect(r.problems).toEqual([
      { code: 'fileNewerVersion', params: { version: 7, current: FORMAT_VERSION, app: 'Samenhang 4.2.0' } },
    ]);
  });

  it('reports every zod issue with its path into the project', () => {
    const env = v2();
    env.project.goals[3]!.title = '';
    env.project.links[1]!.strength = 20;
    (env.project.domains as Record<string, unknown>[])[0]!.colour = 'groen';
    delete env.project.name;
    const r = read(env);
    expect(r.value).toBeUndefined();
    const located = r.problems.map((p) => [p.code, p.path]);
    expect(located).toEqual(
      expect.arrayContaining([
        ['zod.too_small', ['goals', 3, 'title']],
        ['zod.too_big', ['links', 1, 'strength']],
        ['zod.invalid_format', ['domains', 0, 'colour']],
        ['zod.invalid_type', ['name']],
      ]),
    );
    expect(r.problems).toHaveLength(4);
  });

  it('reports every broken reference: dangling and duplicate links, unknown goal in a division, unknown taakveld', () => {
    const env = v2();
    env.project.links.push({
      id: 'link_x',
      source: 'goal_weg',
      target: 'goal_wmo',
      kind: 'reinforces',
      strength: 1,
      rationale: '',
    });
    env.project.links.push({
      id: 'link_dup',
      source: 'goal_wmo',
      target: 'goal_wonen',
      kind: 'sharedTargetGroup',
      strength: 1,
      rationale: '',
    });
    (env.project.divisions[0]!.assignments as Record<string, string>).goal_verdwenen = 'pf_anna';
    (env.project.goals[1]!.taakvelden as string[]).push('6.72');
    const r = read(env);
    expect(r.value).toBeUndefined();
    expect(r.problems).toEqual([
      { code: 'unknownTaakveld', params: { code: '6.72', list: '2025' }, path: ['goals', 1, 'taakvelden', 1] },
      { code: 'danglingLink', params: { id: 'goal_weg' }, path: ['links', 4, 'source'] },
      {
        code: 'duplicateLink',
        params: { source: 'goal_wmo', target: 'goal_wonen', kind: 'sharedTargetGroup' },
        path: ['links', 5],
      },
      {
        code: 'unknownGoal',
        params: { id: 'goal_verdwenen' },
        path: ['divisions', 0, 'assignments', 'goal_verdwenen'],
      },
    ]);
  });

  it('repairs only when asked, and reports each repair as a warning', () => {
    const env = v2();
    env.project.links.push({ id: 'link_x', source: 'goal_weg', target: 'goal_wmo', kind: 'reinforces' });
    env.project.links.push({ id: 'link_dup', source: 'goal_wmo', target: 'goal_wonen', kind: 'sharedTargetGroup' });
    env.project.links.push({ id: 'link_self', source: 'goal_wmo', target: 'goal_wmo', kind: 'reinforces' });
    (env.project.divisions[0]!.assignments as Record<string, string>).goal_verdwenen = 'pf_anna';
    expect(read(env).value).toBeUndefined();
    const r = read(env, true);
    expect(r.value?.links.map((l) => l.id)).toEqual(['link_1', 'link_2', 'link_3', 'link_4']);
    expect(r.value?.divisions[0]?.assignments).toEqual({ goal_jeugd: 'pf_bram', goal_wonen: 'pf_anna' });
    expect(r.problems.map((p) => [p.code, p.severity, p.path])).toEqual([
      ['repairedDanglingLink', 'warning', ['links', 4]],
      ['repairedDuplicateLink', 'warning', ['links', 5]],
      ['repairedSelfLink', 'warning', ['links', 6]],
      ['repairedUnknownGoalInDivision', 'warning', ['divisions', 0]],
    ]);
  });

  it('repairs coalition entries naming a missing goal or a holder outside the draft, and keeps subject links', () => {
    const p = subjectsExample();
    const d = p.divisions.find((x) => x.id === SUBJECTS_DRAFT_ID)!;
    d.deliberate = [{ id: 's1', a: 'goal_weg', b: 'goal_werk', reason: 'r' }];
    d.arrangements = [
      {
        id: 'a1',
        name: 'A',
        kind: 'shared',
        leadId: 'pf_sociaal',
        holderIds: ['pf_weg'],
        subjectIds: ['subj_wonen'],
        goalIds: [],
        note: '',
      },
    ];
    d.keep = [{ id: 'k1', kind: 'apart', nodeIds: ['goal_weg', 'goal_werk', 'subj_wonen'], reason: '' }];
    const text = writeProjectFile(p, { savedAt: '2026-12-06T00:00:00.000Z', appVersion: 'test' });
    expect(readProjectFile(text).value).toBeUndefined();
    const r = readProjectFile(text, { repair: true });
    const fixed = r.value!.divisions.find((x) => x.id === SUBJECTS_DRAFT_ID)!;
    expect(fixed.deliberate).toEqual([]);
    expect(fixed.arrangements.map((a) => a.holderIds)).toEqual([[]]);
    expect(fixed.keep.map((k) => k.nodeIds)).toEqual([['goal_werk', 'subj_wonen']]);
    expect(r.value!.links).toEqual(p.links);
    expect(r.problems.map((x) => [x.code, x.params?.id])).toEqual([
      ['repairedCoalitionEntry', 'goal_weg'],
      ['repairedCoalitionEntry', 'pf_weg'],
    ]);
  });

  it('repairs pins of goals that do not exist and a second pin of one goal', () => {
    const env = v2();
    env.project.mapPositions = [
      { id: 'goal_wmo', x: 1, y: 2 },
      { id: 'goal_weg', x: 0, y: 0 },
      { id: 'goal_wmo', x: 3, y: 4 },
    ];
    expect(codes(read(env))).toEqual(['unknownGoal', 'duplicateId']);
    const r = read(env, true);
    expect(r.value?.mapPositions).toEqual([{ id: 'goal_wmo', x: 1, y: 2 }]);
    expect(r.problems.map((p) => [p.code, p.severity, p.path])).toEqual([
      ['repairedUnknownPin', 'warning', ['mapPositions', 1]],
      ['repairedUnknownPin', 'warning', ['mapPositions', 2]],
    ]);
  });

  it('does not repair what it cannot: an unknown taakveld stays an error', () => {
    const env = v2();
    env.project.links.push({ id: 'link_x', source: 'goal_weg', target: 'goal_wmo', kind: 'reinforces' });
    (env.project.goals[0]!.taakvelden as string[]).push('9.9');
    const r = read(env, true);
    expect(r.value).toBeUndefined();
    expect(codes(r)).toEqual(['repairedDanglingLink', 'unknownTaakveld']);
  });

  it(`caps the list at ${MAX_PROBLEMS} problems and says how many more there were`, () => {
    const env = v2();
    for (let i = 0; i < 300; i++)
      env.project.links.push({ id: `l${i}`, source: `goal_weg${i}`, target: 'goal_wmo', kind: 'reinforces' });
    const r = read(env);
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.problems.at(-1)).toEqual({ code: 'moreProblems', params: { count: 100 } });
  });
});

// The crafted files of issue 17, exactly as reported: each used to throw instead of returning problems.
describe('readProjectFile on crafted files', () => {
  it('refuses a version nested 5,000 arrays deep (10 KB) without walking it', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const text = `{"format":"samenhang","version":${deep},"project":{}}`;
    expect(text.length).toBeGreaterThan(10_000);
    expect(readProjectFile(text).problems).toEqual([{ code: 'fileBadVersion', params: { version: '[…]' } }]);
  });

  it('shows only the start of a long version or format string', () => {
    const long = 'x'.repeat(100_000);
    const version = readProjectFile(JSON.stringify({ format: 'samenhang', version: long, project: {} }));
    expect(String(version.problems[0]!.params!.version)).toHaveLength(40);
    const format = readProjectFile(JSON.stringify({ format: long }));
    expect(String(format.problems[0]!.params!.format)).toHaveLength(40);
  });

  it('refuses a draft with 130,000 locked ids with located, capped problems', () => {
    const env = v2();
    env.project.divisions[0]!.locked = Array.from({ length: 130_000 }, (_, i) => `goal_weg${i}`);
    const r = read(env);
    expect(r.value).toBeUndefined();
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.problems[0]).toEqual({
      code: 'unknownGoal',
      params: { id: 'goal_weg0' },
      path: ['divisions', 0, 'locked', 0],
    });
    expect(r.problems.at(-1)).toEqual({ code: 'moreProblems', params: { count: 130_000 - MAX_PROBLEMS } });
  });

  it('locates broken JSON nested 20,000 levels deep by line and column', () => {
    const text = `{"format": "samenhang",\n "project": ${'['.repeat(20_000)}1 2${']'.repeat(20_000)}}`;
    expect(readProjectFile(text).problems).toEqual([{ code: 'fileNotJson', params: { line: 2, column: 20_015 } }]);
  });
});

describe('readProjectFileBytes', () => {
  const bytesOf = (text: string) => new TextEncoder().encode(text);

  it('reads a sound UTF-8 file as readProjectFile reads its text', () => {
    const text = fixtureText('project-v2.samenhang.json');
    expect(readProjectFileBytes(bytesOf(text))).toEqual(readProjectFile(text));
  });

  // Found by the fuzz suite: 777 MB of UTF-16 made the engine's decoder throw. The limit now comes first.
  it('refuses a file over the size limit before decoding it', () => {
    const bytes = new Uint8Array(LIMITS.projectFileBytes + 1);
    bytes.set([0xff, 0xfe]);
    expect(readProjectFileBytes(bytes).problems).toEqual([{ code: 'fileTooLarge', params: { size: 64.1, limit: 64 } }]);
  });

  it('refuses a UTF-8 file with a bad byte at the line and column of that byte', () => {
    const text = fixtureText('project-v2.samenhang.json');
    const at = text.indexOf('"name"', text.indexOf('"goals"'));
    const good = bytesOf(text);
    const offset = bytesOf(text.slice(0, at)).length;
    const bad = new Uint8Array([...good.subarray(0, offset), 0xff, ...good.subarray(offset)]);
    const line = text.slice(0, at).split('\n').length;
    const column = at - text.lastIndexOf('\n', at - 1);
    expect(readProjectFileBytes(bad).problems).toEqual([
      { code: 'fileInvalidText', params: { line, column, count: 1, encoding: 'UTF-8' } },
    ]);
  });

  it('reads a file an editor saved as Windows-1252, with a warning that quotes the first accented text', () => {
    const env = v2();
    env.project.name = 'Zorg één';
    const r = readProjectFileBytes(encodeWindows1252(JSON.stringify(env)));
    expect(r.value?.name).toBe('Zorg één');
    expect(r.problems).toEqual([
      {
        code: 'fileEncodingGuessed',
        params: expect.objectContaining({ line: 1, example: expect.stringContaining('Zorg één') }),
        severity: 'warning',
      },
    ]);
  });
});

describe('writeProjectFile', () => {
  it('writes the envelope with the current version and pretty, stable JSON', () => {
    const project = readProjectFile(fixtureText('project-v2.samenhang.json')).value!;
    const text = writeProjectFile(project, META);
    const env = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(env)).toEqual(['format', 'version', 'savedAt', 'app', 'project']);
    expect(env).toMatchObject({
      format: 'samenhang',
      version: FORMAT_VERSION,
      savedAt: META.savedAt,
      app: 'Samenhang 0.1.0',
    });
    expect(text).toContain('\n  "project": {\n    "id": "project_voorbeeld",');
    // Same project with keys and assignments in another order → same bytes.
    const reversed = reverseKeys(project) as Project;
    expect(Object.keys(reversed.divisions[0]!.assignments)).toEqual(['goal_wonen', 'goal_jeugd']);
    expect(writeProjectFile(reversed, META)).toBe(text);
  });

  it('round-trips: read(write(p)) equals p', () => {
    fc.assert(
      fc.property(arbProject, (p) => {
        const r = readProjectFile(writeProjectFile(p, META));
        expect(r.problems).toEqual([]);
        expect(r.value).toEqual(p);
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips the v1 fixture after migration', () => {
    const once = readProjectFile(fixtureText('project-v1.samenhang.json')).value!;
    expect(readProjectFile(writeProjectFile(once, META)).value).toEqual(once);
  });
});

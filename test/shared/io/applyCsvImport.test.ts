import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCsvImport } from '../../../shared/io/applyCsvImport';
import { exportGoalsCsv } from '../../../shared/io/exportGoalsCsv';
import { readProjectFile } from '../../../shared/io/projectFile';
import { checkProject, diffProjects, type Project } from '../../../shared/model';
import { arbProject } from './arbProject';
import { fixtureBytes, fixtureText } from './fixtures';

const base = (): Project => readProjectFile(fixtureText('project-v2.samenhang.json')).value!;

describe('applyCsvImport', () => {
  it('appends goals immutably: existing entities and other collections keep their references', () => {
    const p = base();
    const { value, problems } = applyCsvImport(p, 'goals', fixtureBytes('goals-nl.csv'));
    expect(problems.map((x) => x.code)).toEqual(['csvEncodingGuessed']); // a Windows-1252 file: a warning only
    expect(value!.goals).toHaveLength(p.goals.length + 3);
    value!.goals.slice(0, p.goals.length).forEach((g, i) => expect(g).toBe(p.goals[i]));
    expect(value!.links).toBe(p.links);
    expect(value!.divisions).toBe(p.divisions);
    expect(p.goals).toHaveLength(8);
    const patch = diffProjects(p, value!);
    expect(patch.put.goals?.map((g) => g.title)).toEqual([
      'Schuldhulp vroeg in beeld',
      'Gezond opgroeien in de wijk',
      'Veilige fietsroutes naar school',
    ]);
    expect(patch.remove).toEqual({});
    expect(checkProject(value!)).toEqual([]);
  });

  it('appends links', () => {
    const p = base();
    const { value } = applyCsvImport(p, 'links', fixtureBytes('links.csv'));
    expect(value!.links).toHaveLength(p.links.length + 3);
    expect(value!.goals).toBe(p.goals);
    expect(checkProject(value!)).toEqual([]);
  });

  it('is all or nothing: one bad row and no project comes back', () => {
    for (const [kind, file] of [
      ['goals', 'goals-bad-number.csv'],
      ['goals', 'goals-unknown-domain.csv'],
      ['links', 'links-duplicate.csv'],
      ['links', 'links-self.csv'],
    ] as const) {
      const r = applyCsvImport(base(), kind, fixtureBytes(file));
      expect(r.value).toBeUndefined();
      expect(r.problems.length).toBeGreaterThan(0);
    }
  });

  it('lets warnings through with the project', () => {
    const bytes = new TextEncoder().encode('titel;domein;taakvelden\nHulpmiddelen;Sociaal;6.6\n');
    const { value, problems } = applyCsvImport(base(), 'goals', bytes);
    expect(value?.goals.at(-1)?.taakvelden).toEqual(['6.60']);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['csvTaakveldMapped', 'warning']]);
  });

  it('never leaves a project that checkProject rejects', () => {
    let applied = 0;
    fc.assert(
      fc.property(arbProject, arbProject, (target, source) => {
        // Goals of another project with their ids blanked, so new ids are made; domains and taakvelden may not fit.
        const csv = exportGoalsCsv(source).replace(/(^\uFEFF|\r\n)goal_[a-z0-9]+;/g, '$1;');
        const { value } = applyCsvImport(target, 'goals', new TextEncoder().encode(csv));
        if (value) {
          applied++;
          expect(checkProject(value)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
    expect(applied).toBeGreaterThan(10);
  });
});

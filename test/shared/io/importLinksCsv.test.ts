import { describe, expect, it } from 'vitest';
import { importLinksCsv } from '../../../shared/io/importLinksCsv';
import { readProjectFile } from '../../../shared/io/projectFile';
import type { Goal, Problem, Project } from '../../../shared/model';
import { fixtureBytes, fixtureText } from './fixtures';

const base = (): Project => readProjectFile(fixtureText('project-v2.samenhang.json')).value!;
const utf8 = (s: string) => new TextEncoder().encode(s);
const brief = (ps: Problem[]) => ps.map((p) => [p.code, p.path, p.severity ?? 'error']);

describe('importLinksCsv', () => {
  it('resolves ends by id or by title ignoring case, Dutch kinds, decimal comma strength and default 1', () => {
    const { value, problems } = importLinksCsv(base(), fixtureBytes('links.csv'));
    expect(problems).toEqual([]);
    expect(value?.map((l) => [l.source, l.target, l.kind, l.strength, l.rationale])).toEqual([
      ['goal_jeugd', 'goal_wmo', 'sharedTargetGroup', 2, 'Mantelzorgers met jonge kinderen'],
      ['goal_werk', 'goal_begroting', 'sharedBudget', 1.5, ''],
      ['goal_groen', 'goal_wmo', 'reinforces', 1, 'Ommetjes in de wijk'],
    ]);
    expect(new Set(value!.map((l) => l.id)).size).toBe(3);
  });

  it('accepts English headers and kinds', () => {
    const { value } = importLinksCsv(
      base(),
      utf8('From,To,Kind,Strength\ngoal_jeugd,goal_wmo,prerequisite,2.5\ngoal_jeugd,goal_werk,Conflict,\n'),
    );
    expect(value?.map((l) => [l.kind, l.strength])).toEqual([
      ['prerequisite', 2.5],
      ['conflicts', 1],
    ]);
  });

  it('reports an unknown goal at its cell', () => {
    const { value, problems } = importLinksCsv(base(), fixtureBytes('links-unknown-goal.csv'));
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      { code: 'csvUnknownGoal', params: { row: 2, column: 'van', value: 'Onbekend doel' }, path: ['csv', 2, 'van'] },
    ]);
  });

  it('reports a self-link, also when one end is named by title', () => {
    const { problems } = importLinksCsv(base(), fixtureBytes('links-self.csv'));
    expect(problems).toEqual([
      {
        code: 'csvSelfLink',
        params: { row: 2, column: 'naar', title: 'Jeugdhulp dichtbij huis' },
        path: ['csv', 2, 'naar'],
      },
    ]);
  });

  it('reports a link repeated in the file (either direction for undirected kinds) and one the project has', () => {
    const { problems } = importLinksCsv(base(), fixtureBytes('links-duplicate.csv'));
    expect(problems).toEqual([
      {
        code: 'csvDuplicateLink',
        params: {
          row: 3,
          column: 'soort',
          from: 'Langer zelfstandig thuis wonen',
          to: 'Jeugdhulp dichtbij huis',
          kind: 'Versterkt',
          otherRow: 2,
        },
        path: ['csv', 3, 'soort'],
      },
      {
        code: 'csvLinkExists',
        params: {
          row: 4,
          column: 'soort',
          from: 'Langer zelfstandig thuis wonen',
          to: 'Betaalbare woningen voor starters',
          kind: 'zelfde doelgroep',
        },
        path: ['csv', 4, 'soort'],
      },
    ]);
  });

  it('treats the two directions of a prerequisite as different links', () => {
    const { value } = importLinksCsv(
      base(),
      utf8('van;naar;soort\ngoal_jeugd;goal_wmo;voorwaarde\ngoal_wmo;goal_jeugd;voorwaarde\n'),
    );
    expect(value).toHaveLength(2);
  });

  it('reports an ambiguous title with the ids it could mean', () => {
    const { problems } = importLinksCsv(base(), fixtureBytes('links-ambiguous.csv'));
    expect(problems).toEqual([
      {
        code: 'csvAmbiguousGoal',
        params: { row: 2, column: 'van', value: 'Wijkaanpak', ids: 'goal_wijk_fysiek, goal_wijk_sociaal' },
        path: ['csv', 2, 'van'],
      },
    ]);
    // The id always works.
    expect(importLinksCsv(base(), utf8('van;naar;soort\ngoal_wijk_sociaal;goal_jeugd;versterkt\n')).value).toHaveLength(
      1,
    );
  });

  it('reports a strength that is not a number or out of range', () => {
    const { problems } = importLinksCsv(base(), fixtureBytes('links-bad-strength.csv'));
    expect(problems).toEqual([
      {
        code: 'csvBadStrength',
        params: { row: 2, column: 'sterkte', value: 'hoog', min: 0.1, max: 10 },
        path: ['csv', 2, 'sterkte'],
      },
      {
        code: 'csvBadStrength',
        params: { row: 3, column: 'sterkte', value: '25', min: 0.1, max: 10 },
        path: ['csv', 3, 'sterkte'],
      },
    ]);
  });

  it('lists the known kinds for an unknown one', () => {
    const { problems } = importLinksCsv(base(), fixtureBytes('links-unknown-kind.csv'));
    expect(problems).toEqual([
      {
        code: 'csvUnknownKind',
        params: {
          row: 2,
          column: 'soort',
          value: 'helpt',
          known: 'versterkt, voorwaarde, conflict, zelfde doelgroep, gedeeld budget, omgevingswet',
          knownEn:
            'reinforces, prerequisite, conflicts, shared target group, shared budget, environment and planning act',
        },
        path: ['csv', 2, 'soort'],
      },
    ]);
  });

  it('requires van, naar and soort columns and values', () => {
    expect(brief(importLinksCsv(base(), utf8('van;soort\nx;versterkt\n')).problems)).toEqual([
      ['csvMissingColumn', ['csv', 1], 'error'],
    ]);
    expect(brief(importLinksCsv(base(), utf8('van;naar;soort\n;goal_wmo;\n')).problems)).toEqual([
      ['csvRequiredValue', ['csv', 2, 'van'], 'error'],
      ['csvRequiredValue', ['csv', 2, 'soort'], 'error'],
    ]);
  });

  it('refuses link ids that exist or repeat', () => {
    const { problems } = importLinksCsv(
      base(),
      utf8(
        'id;van;naar;soort\nlink_1;goal_jeugd;goal_wmo;versterkt\nl;goal_jeugd;goal_werk;conflict\nl;goal_werk;goal_wmo;conflict\n',
      ),
    );
    expect(problems.map((p) => [p.code, p.params?.row])).toEqual([
      ['csvLinkIdExists', 2],
      ['csvDuplicateId', 4],
    ]);
  });

  it('finds goals being imported in the same step', () => {
    const extra = [{ id: 'goal_nieuw', title: 'Nieuw doel' } as Goal];
    const bytes = utf8('van;naar;soort\nnieuw doel;goal_wmo;versterkt\n');
    expect(importLinksCsv(base(), bytes).value).toBeUndefined();
    expect(importLinksCsv(base(), bytes, extra).value?.[0]?.source).toBe('goal_nieuw');
  });

  it('ignores the informative title columns of its own export', () => {
    const { value, problems } = importLinksCsv(
      base(),
      utf8('van;naar;soort;van_titel;naar_titel\ngoal_jeugd;goal_wmo;versterkt;iets;anders\n'),
    );
    expect(problems).toEqual([]);
    expect(value).toHaveLength(1);
  });
});

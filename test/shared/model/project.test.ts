import { describe, expect, it } from 'vitest';
import {
  COLLECTIONS,
  DEFAULT_DOMAINS,
  ProjectMetaSchema,
  ProjectSchema,
  checkProject,
  emptyProject,
  metaOf,
} from '../../../shared/model';
import { NOW, projectFixture } from './projectFixture';

const minimal = {
  id: 'project_1',
  name: 'Project',
  createdAt: NOW,
  updatedAt: NOW,
  domains: [{ id: 'fysiek', name: 'Fysiek', colour: '#2f7d32', classic: 'fysiek' }],
};

describe('ProjectSchema', () => {
  it('fills municipality, the 2025 list and empty collections', () => {
    expect(ProjectSchema.parse(minimal)).toStrictEqual({
      ...minimal,
      municipality: '',
      taakveldList: '2025',
      subjects: [],
      goals: [],
      links: [],
      portfolios: [],
      parties: [],
      divisions: [],
      mapPositions: [],
    });
  });

  it('parses the fixture project unchanged', () => {
    const p = projectFixture();
    expect(ProjectSchema.parse(p)).toStrictEqual(p);
  });

  it.each([
    ['no domains', { domains: [] }, ['domains']],
    ['blank name', { name: '' }, ['name']],
    ['unknown taakveld list', { taakveldList: '2023' }, ['taakveldList']],
    ['a date that is not ISO', { createdAt: '5 januari 2026' }, ['createdAt']],
    ['bad id', { id: 'project 1' }, ['id']],
    ['a bad goal inside', { goals: [{ id: 'g', title: '', domainId: 'fysiek' }] }, ['goals', 0, 'title']],
    ['a bad link inside', { links: [{ id: 'l', source: 'a', target: 'b', kind: 'x' }] }, ['links', 0, 'kind']],
  ])('rejects %s', (_label, change, path) => {
    const r = ProjectSchema.safeParse({ ...minimal, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([path]);
  });
});

describe('emptyProject and metaOf', () => {
  it('builds a valid project with copies of the default domains', () => {
    const p = emptyProject({ id: 'p', name: 'Nieuw', municipality: 'Utrecht', now: NOW });
    expect(ProjectSchema.parse(p)).toStrictEqual(p);
    expect(checkProject(p)).toEqual([]);
    expect(p.domains).toEqual(DEFAULT_DOMAINS);
    expect(p.domains[0]).not.toBe(DEFAULT_DOMAINS[0]);
    expect(p.municipality).toBe('Utrecht');
    expect(emptyProject({ id: 'p', name: 'Nieuw', now: NOW }).municipality).toBe('');
  });

  it('metaOf keeps exactly the meta fields', () => {
    const p = projectFixture();
    const meta = metaOf(p);
    expect(ProjectMetaSchema.parse(meta)).toStrictEqual(meta);
    expect(Object.keys(meta).sort()).toEqual(['createdAt', 'id', 'municipality', 'name', 'taakveldList', 'updatedAt']);
    for (const c of COLLECTIONS) expect(c in meta).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { GoalSchema, LinkSchema, fail, ok, replaceById, zodProblems } from '../../../../shared/model';
import { projectFixture } from '../projectFixture';

describe('ok and fail', () => {
  it('wrap a project or problems', () => {
    const p = projectFixture();
    expect(ok(p)).toEqual({ ok: true, project: p });
    expect(fail({ code: 'x' }, { code: 'y' })).toEqual({ ok: false, problems: [{ code: 'x' }, { code: 'y' }] });
  });
});

describe('zodProblems', () => {
  it('keeps code, bounds, allowed values and path under the base', () => {
    const r = LinkSchema.safeParse({ id: 'l', source: 'a', target: 'b', kind: 'x', strength: 20 });
    if (r.success) expect.fail('expected failure');
    const problems = zodProblems(r.error, ['links', 3]);
    expect(problems).toEqual([
      {
        code: 'zod.invalid_value',
        params: {
          message: expect.any(String),
          values: 'reinforces, prerequisite, conflicts, sharedTargetGroup, sharedBudget, omgevingswet',
        },
        path: ['links', 3, 'kind'],
      },
      { code: 'zod.too_big', params: { message: expect.any(String), maximum: 10 }, path: ['links', 3, 'strength'] },
    ]);
  });

  it('reports minimum and expected type', () => {
    const r = GoalSchema.safeParse({ id: 'g', title: '', domainId: 5 });
    if (r.success) expect.fail('expected failure');
    expect(zodProblems(r.error)).toEqual([
      { code: 'zod.too_small', params: { message: expect.any(String), minimum: 1 }, path: ['title'] },
      { code: 'zod.invalid_type', params: { message: expect.any(String), expected: 'string' }, path: ['domainId'] },
    ]);
  });
});

describe('replaceById', () => {
  it('replaces the matching item and keeps the others by reference', () => {
    const items = [
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
    ];
    const next = replaceById(items, { id: 'b', v: 3 });
    expect(next).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 3 },
    ]);
    expect(next[0]).toBe(items[0]);
    expect(items[1]).toEqual({ id: 'b', v: 2 });
  });
});

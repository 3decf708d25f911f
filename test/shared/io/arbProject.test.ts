import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkProject, ProjectSchema } from '../../../shared/model';
import { arbProject } from './arbProject';

// The round-trip properties are only as good as this generator: it must produce valid projects.
describe('arbProject', () => {
  it('generates projects that pass zod and checkProject', () => {
    fc.assert(
      fc.property(arbProject, (p) => {
        expect(ProjectSchema.safeParse(p).success).toBe(true);
        expect(checkProject(p)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

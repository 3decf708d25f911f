import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COLLECTIONS, ProjectSchema, checkProject, type Project } from '../../../../shared/model';
import { editedIdOf, opSequenceArb, runOp, runSequence, startProject } from '../randomOps';

/** Entities that kept their id and content but not their reference: diffProjects would store them again. */
function needlessCopies(before: Project, after: Project, allowed: string | undefined): string[] {
  const out: string[] = [];
  for (const c of COLLECTIONS) {
    const prev = new Map((before[c] as { id: string }[]).map((e) => [e.id, e]));
    for (const e of after[c] as { id: string }[]) {
      const old = prev.get(e.id);
      if (old && old !== e && e.id !== allowed && JSON.stringify(old) === JSON.stringify(e)) out.push(`${c}:${e.id}`);
    }
  }
  return out;
}

describe('sequences of operations from an empty project', () => {
  it('property: every project reached passes checkProject and the schema', () => {
    fc.assert(
      fc.property(opSequenceArb(), (calls) => {
        for (const p of runSequence(startProject(), calls)) {
          expect(checkProject(p)).toEqual([]);
          expect(ProjectSchema.parse(p)).toStrictEqual(p);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: operations never mutate their input, refuse with problems, and copy only what they edit', () => {
    fc.assert(
      fc.property(opSequenceArb(), (calls) => {
        let p = startProject();
        for (const c of calls) {
          const snapshot = structuredClone(p);
          const r = runOp(p, c);
          expect(p).toStrictEqual(snapshot);
          if (!r.ok) {
            expect(r.problems.length).toBeGreaterThan(0);
            continue;
          }
          expect(needlessCopies(p, r.project, editedIdOf(c))).toEqual([]);
          p = r.project;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the generator reaches rich projects, so the properties above are not vacuous', () => {
    const finals = fc
      .sample(opSequenceArb(), { numRuns: 200, seed: 42 })
      .map((calls) => runSequence(startProject(), calls).at(-1)!);
    const share = (f: (p: Project) => boolean) => finals.filter(f).length / finals.length;
    const shares = {
      goals: share((p) => p.goals.length >= 3),
      links: share((p) => p.links.length >= 2),
      assigned: share((p) => p.divisions.some((d) => Object.keys(d.assignments).length >= 2)),
      locked: share((p) => p.divisions.some((d) => d.locked.length > 0)),
      twoDivisions: share((p) => p.divisions.length >= 2),
      list2017: share((p) => p.taakveldList === '2017'),
    };
    expect(shares.goals).toBeGreaterThan(0.5);
    expect(shares.links).toBeGreaterThan(0.2);
    expect(shares.assigned).toBeGreaterThan(0.12);
    expect(shares.locked).toBeGreaterThan(0.08);
    expect(shares.twoDivisions).toBeGreaterThan(0.04);
    expect(shares.list2017).toBeGreaterThan(0.05);
  });
});

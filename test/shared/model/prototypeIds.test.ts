import { describe, expect, it } from 'vitest';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { readProjectFile, writeProjectFile } from '../../../shared/io/projectFile';
import {
  assignGoal,
  checkProject,
  holderOf,
  removeGoal,
  setAssignments,
  setLocked,
  type OpResult,
  type Project,
} from '../../../shared/model';
import { PROTOTYPE_IDS, prototypeProject } from './prototypeProject';

const META = { savedAt: '2026-03-02T10:00:00.000Z', appVersion: '0.1.0' };

function must(r: OpResult): Project {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.project;
}

describe('ids named after Object.prototype members', () => {
  it('read holders as own properties only', () => {
    const { assignments } = prototypeProject().divisions[0]!;
    expect(holderOf(assignments, 'toString')).toBe('P');
    for (const id of ['constructor', 'hasOwnProperty', 'valueOf', '__proto__'])
      expect(holderOf(assignments, id)).toBeUndefined();
  });

  it('survive a file round trip and pass the checks', () => {
    const p = prototypeProject();
    const r = readProjectFile(writeProjectFile(p, META));
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual(p);
    expect(checkProject(r.value!)).toEqual([]);
  });

  it('show as unassigned in the report', () => {
    const report = coherenceReport(prototypeProject(), 'D');
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ code: 'unassignedGoals', goalIds: PROTOTYPE_IDS.filter((id) => id !== 'toString') }),
    );
  });

  it('are assigned, locked, moved and removed like any other id', () => {
    let p = must(assignGoal(prototypeProject(), 'D', 'constructor', 'P'));
    expect(Object.hasOwn(p.divisions[0]!.assignments, 'constructor')).toBe(true);
    p = must(setLocked(p, 'D', 'constructor', true));
    expect(p.divisions[0]!.locked).toEqual(['toString', 'constructor']);
    // A lock is refused for an unassigned `valueOf`, not waved through by Object.prototype.valueOf.
    expect(setLocked(p, 'D', 'valueOf', true)).toMatchObject({ ok: false, problems: [{ code: 'lockedUnassigned' }] });
    // setAssignments keeps locked goals where they are: leaving `constructor` out moves it, which is refused.
    expect(setAssignments(p, 'D', { toString: 'P' })).toMatchObject({ ok: false, problems: [{ code: 'goalLocked' }] });
    p = must(removeGoal(p, 'constructor'));
    expect(p.divisions[0]).toMatchObject({ assignments: { toString: 'P' }, locked: ['toString'] });
    expect(p.links).toEqual([]);
  });

  it('refuse `__proto__` with a message that says why', () => {
    const p = prototypeProject();
    const text = writeProjectFile(p, META).replace('"id": "constructor"', '"id": "__proto__"');
    expect(readProjectFile(text).problems).toContainEqual(
      expect.objectContaining({ code: 'reservedId', path: ['goals', 0, 'id'] }),
    );
  });
});

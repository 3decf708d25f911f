import { describe, expect, it } from 'vitest';
import { voorbeeldProject } from '../../../shared/example/voorbeeld';
import { isUnchangedExample } from '../../../shared/example/voorbeeld/unchanged';
import { addGoal, assignGoal, updateGoal, type OpResult, type Project } from '../../../shared/model';
import { readProjectFile, writeProjectFile } from '../../../shared/io/projectFile';

const after = (r: OpResult): Project => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.project;
};

/** The same data with every object's keys in reverse order, as another reader might build it. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

describe('isUnchangedExample', () => {
  it('holds for a fresh example, one read back from its file, and one saved later or with its keys in another order', () => {
    const fresh = voorbeeldProject();
    expect(isUnchangedExample(fresh)).toBe(true);
    const read = readProjectFile(writeProjectFile(fresh, { savedAt: '2026-06-01T10:00:00.000Z', appVersion: 't' }));
    expect(read.value).toBeDefined();
    expect(isUnchangedExample(read.value!)).toBe(true);
    expect(isUnchangedExample({ ...fresh, updatedAt: '2027-01-01T00:00:00.000Z' })).toBe(true);
    expect(isUnchangedExample(reversedKeys(fresh) as Project)).toBe(true);
  });

  it('fails for a goal added, a goal renamed, a goal moved to another holder, or another name', () => {
    const fresh = voorbeeldProject();
    const goal = fresh.goals[0]!;
    const draft = fresh.divisions[0]!;
    const elsewhere = draft.portfolioIds.find((id) => id !== draft.assignments[goal.id])!;
    const changed: Project[] = [
      after(addGoal(fresh, { id: 'goal_extra', title: 'Extra doel', domainId: goal.domainId })),
      after(updateGoal(fresh, goal.id, { title: `${goal.title}!` })),
      after(assignGoal(fresh, draft.id, goal.id, elsewhere)),
      { ...fresh, name: 'Mijn gemeente' },
    ];
    for (const p of changed) expect(isUnchangedExample(p)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { smallExample } from '../../../fixtures/smallExample';
import { parsePublishedDivision } from '../../../../shared/division/parsePublishedDivision';
import { newId } from '../../../../shared/model';
import { dispatch } from '../../../../renderer/store/commands/dispatch';
import { takeInPublishedDivision } from '../../../../renderer/store/commands/divisionImportCommands';
import { takeInDivision } from '../../../../renderer/store/commands/takeInDivision';
import { EDIT_COMMANDS } from '../../../../renderer/store/commands/registry';
import { testStore } from '../../support/testStore';

const TEXT = [
  'Burgemeester Van Dam: openbare orde en veiligheid',
  'Wethouder Jansen (PvdA, 0,8 fte): werk en inkomen; armoede en schulden',
  'Wethouder Smit (CDA): wonen, zorg, kermis',
].join('\n');

async function opened() {
  const t = testStore();
  await t.store.getState().adoptProject(smallExample());
  return t;
}

function args(divisionName = 'Gepubliceerde verdeling') {
  return {
    input: {
      holders: parsePublishedDivision(TEXT).holders,
      lang: 'nl' as const,
      divisionName,
      decisions: { kermis: { kind: 'create' as const } },
    },
    divisionId: newId('div'),
  };
}

describe('takeInPublishedDivision command', () => {
  it('is registered, and every export of the command file is a command', () => {
    expect(EDIT_COMMANDS).toContain(takeInPublishedDivision);
    expect(new Set(EDIT_COMMANDS.map((c) => c.id)).size).toBe(EDIT_COMMANDS.length);
  });

  it('adds holders, subjects, the draft and catalogue links as one undo step, and chooses the new draft', async () => {
    const { store, repository } = await opened();
    const s = () => store.getState();
    const before = s().project!;
    const draftBefore = s().draftId;
    const a = args();
    expect(dispatch(store, takeInPublishedDivision, a)).toEqual([]);
    const after = s().project!;
    expect(after.portfolios.length - before.portfolios.length).toBe(3);
    expect(after.subjects.map((x) => x.name)).toContain('kermis');
    expect(after.subjects.length).toBe(6);
    expect(after.links.length).toBeGreaterThan(before.links.length);
    expect(after.links.filter((l) => l.catalogueLinkId !== undefined).length).toBe(
      after.links.length - before.links.length,
    );
    const draft = after.divisions.find((d) => d.id === a.divisionId)!;
    expect(draft.name).toBe('Gepubliceerde verdeling');
    expect(Object.keys(draft.subjects)).toHaveLength(6);
    expect(s().draftId).toBe(a.divisionId);
    expect(s().history.past).toHaveLength(1);
    expect(s().history.past[0]!.labelKey).toBe('app.cmd.divisionTakeIn');

    s().undo();
    const undone = s().project!;
    expect(undone.portfolios).toEqual(before.portfolios);
    expect(undone.subjects).toEqual(before.subjects);
    expect(undone.links).toEqual(before.links);
    expect(undone.divisions).toEqual(before.divisions);
    expect(s().draftId).toBe(draftBefore);
    expect(s().history.past).toHaveLength(0);
    // The stored copy follows: nothing of the division is left in the database.
    await s().flush();
    const stored = await repository.loadProject(before.id);
    expect(stored.value!.divisions.map((d) => d.id)).toEqual(before.divisions.map((d) => d.id));
    expect(stored.value!.subjects).toEqual([]);

    s().redo();
    expect(s().project!.divisions.some((d) => d.id === a.divisionId)).toBe(true);
  });

  it('refuses a draft without a name or with a taken id, and then stores nothing', async () => {
    const { store } = await opened();
    const s = () => store.getState();
    const before = s().project;
    expect(dispatch(store, takeInPublishedDivision, args('   '), { inline: true }).length).toBeGreaterThan(0);
    const taken = { ...args(), divisionId: before!.divisions[0]!.id };
    expect(dispatch(store, takeInPublishedDivision, taken, { inline: true }).map((p) => p.code)).toEqual([
      'duplicateId',
    ]);
    expect(s().project).toBe(before);
    expect(s().history.past).toHaveLength(0);
  });

  it('takeInDivision gives the summary the notice shows, with the draft under the caller’s id', () => {
    const a = args();
    const r = takeInDivision(smallExample(), a);
    if (!r.ok) throw new Error('refused');
    expect(r.summary.divisionId).toBe(a.divisionId);
    expect(r.project.divisions.at(-1)!.id).toBe(a.divisionId);
    expect(r.summary.holders.map((h) => h.name)).toEqual(['Van Dam', 'Jansen', 'Smit']);
    expect(r.summary.addedSubjectIds).toHaveLength(6);
  });
});

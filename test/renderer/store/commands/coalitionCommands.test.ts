import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../renderer/store/commands/dispatch';
import * as coalition from '../../../../renderer/store/commands/coalitionCommands';
import { EDIT_COMMANDS } from '../../../../renderer/store/commands/registry';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../../../fixtures/subjects/subjectsExample';
import { testStore } from '../../support/testStore';

async function opened() {
  const t = testStore();
  await t.store.getState().adoptProject(subjectsExample());
  return t.store;
}
const divisionId = SUBJECTS_DRAFT_ID;

describe('coalition commands', () => {
  it('are all registered, so the dispatch path, menus and the help screen know them', () => {
    const all = Object.values(coalition);
    expect(all).toHaveLength(12);
    for (const c of all) expect(EDIT_COMMANDS).toContain(c);
  });

  it('each edit is one undo step with its own label, and undoing them all restores the project exactly', async () => {
    const store = await opened();
    const s = () => store.getState();
    const start = s().project!;
    const draft = () => s().project!.divisions.find((d) => d.id === divisionId)!;
    const steps: [() => unknown, () => unknown, unknown][] = [
      [
        () => dispatch(store, coalition.addParty, { id: 'party_d66', name: 'D66', seats: 4 }),
        () => s().project!.parties.length,
        4,
      ],
      [
        () => dispatch(store, coalition.updateParty, { id: 'party_d66', changes: { seats: 6 } }),
        () => s().project!.parties.at(-1)!.seats,
        6,
      ],
      [
        () =>
          dispatch(store, coalition.addArrangement, {
            divisionId,
            input: {
              id: 'arr_1',
              name: 'Wonen en zorg',
              kind: 'programme',
              leadId: 'pf_fysiek',
              holderIds: ['pf_sociaal'],
              subjectIds: ['subj_wonen'],
            },
          }),
        () => draft().arrangements.map((a) => a.name),
        ['Wonen en zorg'],
      ],
      [
        () =>
          dispatch(store, coalition.updateArrangement, {
            divisionId,
            id: 'arr_1',
            changes: { name: 'Wonen, zorg en welzijn' },
          }),
        () => draft().arrangements.map((a) => a.name),
        ['Wonen, zorg en welzijn'],
      ],
      [
        () =>
          dispatch(store, coalition.addDeliberateSplit, {
            divisionId,
            input: { id: 'split_1', a: 'subj_werk-en-inkomen', b: 'subj_armoede-en-schulden', reason: 'Armoede apart' },
          }),
        () => draft().deliberate.map((d) => d.reason),
        ['Armoede apart'],
      ],
      [
        () =>
          dispatch(store, coalition.updateDeliberateSplit, { divisionId, id: 'split_1', reason: 'Eigen wethouder' }),
        () => draft().deliberate.map((d) => d.reason),
        ['Eigen wethouder'],
      ],
      [
        () =>
          dispatch(store, coalition.addKeepRule, {
            divisionId,
            input: { id: 'keep_1', kind: 'apart', nodeIds: ['subj_jeugd', 'subj_wonen'] },
          }),
        () => draft().keep.map((r) => r.kind),
        ['apart'],
      ],
      [
        () => dispatch(store, coalition.updateKeepRule, { divisionId, id: 'keep_1', changes: { kind: 'together' } }),
        () => draft().keep.map((r) => r.kind),
        ['together'],
      ],
      [() => dispatch(store, coalition.removeKeepRule, { divisionId, id: 'keep_1' }), () => draft().keep, []],
      [
        () => dispatch(store, coalition.removeDeliberateSplit, { divisionId, id: 'split_1' }),
        () => draft().deliberate,
        [],
      ],
      [() => dispatch(store, coalition.removeArrangement, { divisionId, id: 'arr_1' }), () => draft().arrangements, []],
      [() => dispatch(store, coalition.removeParty, 'party_d66'), () => s().project!.parties.length, 3],
    ];
    for (const [run, read, expected] of steps) {
      expect(run()).toEqual([]);
      expect(read()).toEqual(expected);
    }
    expect(s().history.past.map((h) => h.labelKey)).toEqual([
      'app.cmd.partyAdd',
      'app.cmd.partyUpdate',
      'app.cmd.arrangementAdd',
      'app.cmd.arrangementUpdate',
      'app.cmd.deliberateAdd',
      'app.cmd.deliberateUpdate',
      'app.cmd.keepAdd',
      'app.cmd.keepUpdate',
      'app.cmd.keepRemove',
      'app.cmd.deliberateRemove',
      'app.cmd.arrangementRemove',
      'app.cmd.partyRemove',
    ]);
    for (let i = 0; i < steps.length; i++) s().undo();
    expect(s().project).toEqual(start);
  });

  it('a refused edit changes nothing and says why (an arrangement needs something to cover)', async () => {
    const store = await opened();
    const before = store.getState().project;
    const problems = dispatch(
      store,
      coalition.addArrangement,
      { divisionId, input: { name: 'Leeg', leadId: 'pf_fysiek' } },
      { inline: true },
    );
    expect(problems.map((p) => p.code)).toEqual(['arrangementScope']);
    expect(store.getState().project).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
  });
});

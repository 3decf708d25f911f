import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../renderer/store/commands/dispatch';
import { addDivisionFrom, setPlacement } from '../../../../renderer/store/commands/divisionCommands';
import { EDIT_COMMANDS } from '../../../../renderer/store/commands/registry';
import { movePlacement } from '../../../../shared/analysis/placementProblem';
import { buildCompactGraph } from '../../../../shared/analysis/compactGraph';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../../../fixtures/subjects/subjectsExample';
import { testStore } from '../../support/testStore';

async function opened() {
  const t = testStore();
  await t.store.getState().adoptProject(subjectsExample());
  return t;
}

const draft = (s: ReturnType<typeof testStore>['store'], id = SUBJECTS_DRAFT_ID) =>
  s.getState().project!.divisions.find((d) => d.id === id)!;

describe('applying a subject move or a proposal', () => {
  it('setPlacement is registered and one undo step; undo puts subject and goals back', async () => {
    const { store } = await opened();
    expect(EDIT_COMMANDS).toContain(setPlacement);
    const before = draft(store);
    const placement = movePlacement(
      buildCompactGraph(store.getState().project!),
      before,
      'subject',
      'subj_werk-en-inkomen',
      'pf_fysiek',
    )!;
    expect(dispatch(store, setPlacement, { divisionId: SUBJECTS_DRAFT_ID, placement })).toEqual([]);
    expect(draft(store).subjects['subj_werk-en-inkomen']).toEqual(['pf_fysiek']);
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().history.past[0]!.labelKey).toBe('app.cmd.setPlacement');
    store.getState().undo();
    expect(draft(store)).toEqual(before);
  });

  it('refuses to move a locked subject and makes no undo step', async () => {
    const { store } = await opened();
    const before = draft(store);
    const locked = { ...before, locked: ['subj_jeugd'] };
    const project = store.getState().project!;
    await store.getState().adoptProject({
      ...project,
      divisions: project.divisions.map((d) => (d.id === locked.id ? locked : d)),
    });
    const placement = { assignments: before.assignments, subjects: { ...before.subjects, subj_jeugd: ['pf_fysiek'] } };
    const problems = dispatch(store, setPlacement, { divisionId: SUBJECTS_DRAFT_ID, placement });
    expect(problems?.map((p) => p.code)).toEqual(['subjectLocked']);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('a proposal as a new draft carries its subjects, and is chosen', async () => {
    const { store } = await opened();
    const before = draft(store);
    const subjects = { ...before.subjects, 'subj_werk-en-inkomen': ['pf_financien'] };
    dispatch(store, addDivisionFrom, {
      fromId: SUBJECTS_DRAFT_ID,
      newId: 'div_voorstel',
      name: 'Voorstel',
      assignments: before.assignments,
      subjects,
    });
    expect(draft(store, 'div_voorstel').subjects).toEqual(subjects);
    expect(draft(store).subjects).toEqual(before.subjects);
    expect(store.getState().draftId).toBe('div_voorstel');
    expect(store.getState().history.past).toHaveLength(1);
  });
});

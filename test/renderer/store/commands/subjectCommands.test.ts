import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../renderer/store/commands/dispatch';
import {
  addSubject,
  removeSubject,
  setGoalSubject,
  updateSubject,
} from '../../../../renderer/store/commands/subjectCommands';
import { EDIT_COMMANDS } from '../../../../renderer/store/commands/registry';
import { nodeHolder } from '../../../../shared/model';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../../../fixtures/subjects/subjectsExample';
import { testStore } from '../../support/testStore';

async function opened() {
  const t = testStore();
  await t.store.getState().adoptProject(subjectsExample());
  return t.store;
}

describe('subject commands', () => {
  it('are registered, so the dispatch path, menus and the help screen know them', () => {
    for (const c of [addSubject, updateSubject, removeSubject, setGoalSubject]) expect(EDIT_COMMANDS).toContain(c);
  });

  it('add, edit and delete are one undo step each, and undo restores the project exactly', async () => {
    const store = await opened();
    const s = () => store.getState();
    const start = s().project!;
    expect(dispatch(store, addSubject, { id: 'subj_cultuur', name: 'Cultuur', domainId: 'sociaal' })).toEqual([]);
    expect(dispatch(store, updateSubject, { id: 'subj_cultuur', changes: { name: 'Cultuur en erfgoed' } })).toEqual([]);
    expect(s().project!.subjects.at(-1)!.name).toBe('Cultuur en erfgoed');
    expect(s().history.past.map((h) => h.labelKey)).toEqual(['app.cmd.subjectAdd', 'app.cmd.subjectUpdate']);
    s().undo();
    s().undo();
    expect(s().project).toEqual(start);
  });

  it('deleting a subject is one step that takes its links and keeps its goals with their holders; undo brings all back', async () => {
    const store = await opened();
    const s = () => store.getState();
    const start = s().project!;
    const draft = () => s().project!.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
    const holder = (goalId: string) =>
      nodeHolder(draft(), goalId, s().project!.goals.find((g) => g.id === goalId)!.subjectId);
    expect(holder('goal_woningbouw')).toBe('pf_fysiek');
    s().select(['subj_sport']);
    expect(dispatch(store, removeSubject, 'subj_wonen')).toEqual([]);
    expect(dispatch(store, removeSubject, 'subj_sport')).toEqual([]);
    expect(s().project!.links.some((l) => l.source === 'subj_sport' || l.target === 'subj_sport')).toBe(false);
    expect(holder('goal_woningbouw')).toBe('pf_fysiek');
    // The removed subject leaves the shared selection; undo brings the subject back.
    expect(s().selection).toEqual([]);
    expect(s().history.past).toHaveLength(2);
    s().undo();
    s().undo();
    expect(s().project).toEqual(start);
  });

  it('a subject stays selected across other edits (the selection holds subject ids too)', async () => {
    const store = await opened();
    store.getState().select(['subj_sport', 'goal_werk']);
    dispatch(store, updateSubject, { id: 'subj_wonen', changes: { description: 'Bouwen' } });
    expect(store.getState().selection).toEqual(['subj_sport', 'goal_werk']);
  });

  it('puts several goals under a subject in one step, and refuses an unknown subject without a step', async () => {
    const store = await opened();
    const s = () => store.getState();
    const goals = ['goal_werk', 'goal_banen', 'goal_jeugdhulp'];
    expect(dispatch(store, setGoalSubject, { goalIds: goals, subjectId: 'subj_armoede-en-schulden' })).toEqual([]);
    expect(goals.map((id) => s().project!.goals.find((g) => g.id === id)!.subjectId)).toEqual([
      'subj_armoede-en-schulden',
      'subj_armoede-en-schulden',
      'subj_armoede-en-schulden',
    ]);
    expect(s().history.past).toHaveLength(1);
    const problems = dispatch(store, setGoalSubject, { goalIds: goals, subjectId: 'nope' });
    expect(problems.map((p) => p.code)).toEqual(['unknownSubject']);
    expect(s().history.past).toHaveLength(1);
    s().undo();
    expect(s().project!.goals.find((g) => g.id === 'goal_werk')!.subjectId).toBe('subj_werk-en-inkomen');
  });
});

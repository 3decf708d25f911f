import { describe, expect, it } from 'vitest';
import { buildCompactGraph, partsOf } from '../../../../shared/analysis/compactGraph';
import { scoreParts } from '../../../../shared/analysis/scoreParts';
import { suggestSwaps } from '../../../../shared/analysis/suggestSwaps';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../../../fixtures/subjects/subjectsExample';
import { testStore } from '../../support/testStore';
import { applySwap } from '../../../../renderer/views/analysis/applySwap';

describe('applying a swap', () => {
  it('moves both subjects with their goals in one undo step; undo restores the draft', async () => {
    const { store } = testStore();
    await store.getState().adoptProject(subjectsExample());
    const project = store.getState().project!;
    const before = project.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
    const g = buildCompactGraph(project);
    const k = before.portfolioIds.length;
    const swap = suggestSwaps(project, SUBJECTS_DRAFT_ID, { level: 'subject' }, g).swaps[0]!;
    // The example's best swap: Volksgezondheid (sociaal) for Duurzaamheid en energie (fysiek), 33 → 25.
    expect(swap).toMatchObject({
      a: { subjectId: 'subj_volksgezondheid', from: 'pf_sociaal', to: 'pf_fysiek' },
      b: { subjectId: 'subj_duurzaamheid-en-energie', from: 'pf_fysiek', to: 'pf_sociaal' },
      cutBefore: 33,
      cutAfter: 25,
    });

    expect(applySwap(store, g, before, 'subject', swap)).toEqual([]);
    const after = store.getState().project!.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
    expect(after.subjects['subj_volksgezondheid']![0]).toBe('pf_fysiek');
    expect(after.subjects['subj_duurzaamheid-en-energie']![0]).toBe('pf_sociaal');
    expect(scoreParts(g, partsOf(g, after), k).cut).toBe(25);
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().history.past[0]!.labelKey).toBe('app.cmd.setPlacement');

    store.getState().undo();
    expect(store.getState().project!.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)).toEqual(before);
    // A node the draft no longer has: nothing happens.
    const gone = { ...swap, a: { ...swap.a, subjectId: 'subj_nope' } };
    expect(applySwap(store, g, before, 'subject', gone)).toBeNull();
    expect(store.getState().history.past).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { Arrangement, Division } from '../../../../shared/model';
import {
  arrangementDraftOf,
  arrangementInputOf,
  arrangementRows,
} from '../../../../renderer/views/coalition/arrangementsModel';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../../../fixtures/subjects/subjectsExample';

const project = subjectsExample();
const base = project.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
const armoede: Arrangement = {
  id: 'arr_armoede',
  name: 'Coördinatie armoede',
  kind: 'coordinating',
  leadId: 'pf_sociaal',
  holderIds: ['pf_financien', 'pf_fysiek'],
  subjectIds: ['subj_armoede-en-schulden'],
  goalIds: ['goal_energiearmoede'],
  note: '',
};
const wonen: Arrangement = {
  ...armoede,
  id: 'arr_wonen',
  name: 'Wonen en zorg',
  kind: 'programme',
  leadId: 'pf_fysiek',
  holderIds: [],
  subjectIds: ['subj_wonen'],
  goalIds: [],
};
const draft: Division = { ...base, arrangements: [armoede, wonen] };

describe('the arrangements list', () => {
  it('lists the draft’s arrangements in order, the lead apart from the other holders, with what each covers', () => {
    const rows = arrangementRows(draft, [{ arrangementId: 'arr_armoede', count: 3, weight: 5.5 }]);
    expect(rows.map((r) => [r.arrangement.id, r.otherHolderIds, r.covers])).toEqual([
      ['arr_armoede', ['pf_financien', 'pf_fysiek'], { count: 3, weight: 5.5 }],
      // Not in the report's list: it covers none of the draft's split links.
      ['arr_wonen', [], { count: 0, weight: 0 }],
    ]);
  });

  it('says nothing of coverage without a report', () => {
    expect(arrangementRows(draft, undefined).map((r) => r.covers)).toEqual([null, null]);
  });
});

describe('the arrangement form', () => {
  it('starts a new one with the draft’s first holder as lead and nothing chosen', () => {
    expect(arrangementDraftOf(undefined, draft)).toEqual({
      name: '',
      kind: 'coordinating',
      leadId: draft.portfolioIds[0],
      holderIds: [],
      subjectIds: [],
      goalIds: [],
      note: '',
    });
  });

  it('edits a copy: changing the form never touches the arrangement', () => {
    const d = arrangementDraftOf(armoede, draft);
    d.holderIds.push('pf_burgemeester');
    expect(armoede.holderIds).toEqual(['pf_financien', 'pf_fysiek']);
  });

  it('hands over the other holders without the lead, in the draft’s order whatever the ticking order', () => {
    const d = {
      ...arrangementDraftOf(armoede, draft),
      leadId: 'pf_fysiek',
      holderIds: ['pf_fysiek', 'pf_sociaal', 'pf_burgemeester'],
    };
    expect(arrangementInputOf(d, draft).holderIds).toEqual(
      draft.portfolioIds.filter((h) => h === 'pf_burgemeester' || h === 'pf_sociaal'),
    );
    expect(arrangementInputOf(d, draft)).toMatchObject({
      leadId: 'pf_fysiek',
      subjectIds: ['subj_armoede-en-schulden'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Division } from '../../../../shared/model';
import { deliberateRows, isDeliberatePair } from '../../../../renderer/views/coalition/splitsModel';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../../../fixtures/subjects/subjectsExample';

const project = subjectsExample();
const base = project.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
const draft: Division = {
  ...base,
  deliberate: [
    {
      id: 'split_werk',
      a: 'subj_werk-en-inkomen',
      b: 'subj_armoede-en-schulden',
      reason: 'Armoede een eigen wethouder',
    },
    { id: 'split_wonen', a: 'subj_wonen', b: 'subj_jeugd', reason: 'Spreiden' },
  ],
};

describe('the deliberate splits list', () => {
  it('says per split whether the draft still splits its ends, and what it accounts for', () => {
    const rows = deliberateRows(draft, [
      { splitId: 'split_werk', count: 0, weight: 0, apart: false },
      { splitId: 'split_wonen', count: 2, weight: 3, apart: true },
    ]);
    expect(rows.map((r) => [r.split.id, r.apart, r.count, r.weight])).toEqual([
      ['split_werk', false, 0, 0],
      ['split_wonen', true, 2, 3],
    ]);
  });

  it('leaves whether it is split open without a report', () => {
    expect(deliberateRows(draft, undefined).map((r) => r.apart)).toEqual([null, null]);
  });

  it('knows a pair already recorded, in either order', () => {
    expect(isDeliberatePair(draft, 'subj_armoede-en-schulden', 'subj_werk-en-inkomen')).toBe(true);
    expect(isDeliberatePair(draft, 'subj_wonen', 'subj_werk-en-inkomen')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Division } from '../../../../shared/model';
import { conflictLines, keepRows, ruleRef } from '../../../../renderer/views/coalition/keepModel';
import { subjectsExample, SUBJECTS_DRAFT_ID } from '../../../fixtures/subjects/subjectsExample';

const project = subjectsExample();
const base = project.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
const draft: Division = {
  ...base,
  keep: [
    { id: 'keep_zorg', kind: 'together', nodeIds: ['subj_wonen', 'subj_zorg-en-ondersteuning'], reason: '' },
    { id: 'keep_apart', kind: 'apart', nodeIds: ['subj_jeugd', 'subj_financien'], reason: 'Spreiden' },
  ],
  deliberate: [{ id: 'split_1', a: 'subj_wonen', b: 'subj_zorg-en-ondersteuning', reason: 'Twee partijen' }],
};

describe('the keep rules list', () => {
  it('marks the rules the draft breaks with the nodes that break it; a deliberate breach is not a keep rule’s', () => {
    const rows = keepRows(draft, [
      { ruleId: 'keep_zorg', kind: 'together', nodeIds: ['subj_wonen', 'subj_zorg-en-ondersteuning'] },
      { ruleId: 'split_1', kind: 'deliberate', nodeIds: ['subj_wonen'] },
    ]);
    expect(rows.map((r) => [r.rule.id, r.breach])).toEqual([
      ['keep_zorg', ['subj_wonen', 'subj_zorg-en-ondersteuning']],
      ['keep_apart', []],
    ]);
  });
});

describe('conflicts', () => {
  it('name their rules by kind and nodes, keep rules and deliberate splits alike', () => {
    expect(ruleRef(draft, 'keep_apart')).toEqual({
      id: 'keep_apart',
      kind: 'apart',
      nodeIds: ['subj_jeugd', 'subj_financien'],
    });
    expect(ruleRef(draft, 'split_1')).toEqual({
      id: 'split_1',
      kind: 'deliberate',
      nodeIds: ['subj_wonen', 'subj_zorg-en-ondersteuning'],
    });
    const [line] = conflictLines(draft, [
      {
        code: 'togetherApart',
        nodeIds: ['subj_wonen', 'subj_zorg-en-ondersteuning'],
        ruleIds: ['keep_zorg', 'split_1', 'gone'],
        holderIds: [],
      },
    ]);
    expect(line!.rules.map((r) => [r.id, r.kind])).toEqual([
      ['keep_zorg', 'together'],
      ['split_1', 'deliberate'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model';
import type { KeepRule } from '../../../shared/model/coalition';
import { keepBreaches, keepConflicts } from '../../../shared/coalition/keepRules';
import { subjectDraft } from '../analysis/subjectDraftFixture';

// subjectDraft: W (w1, w2, w3) led by P1 with w3 at P2 (an exception), Z (z1, z2) shared by P2 and P3 (P2 leads),
// H (no goals) at P3, x (loose) at P1. Subject level: W {w1, w2} P1, w3 P2, Z {z1, z2} P2 (shared: fixed), x P1,
// H P3; 7 goals counting H as one. Goal level: W and Z are no nodes (they have goals and no links), so they stay
// with their leads; H is a node of its own.
const rule = (id: string, kind: KeepRule['kind'], ...nodeIds: string[]): KeepRule => ({
  id,
  kind,
  nodeIds,
  reason: '',
});
const split = (id: string, a: string, b: string) => ({ id, a, b, reason: 'bewust' });

function draft(change: Partial<Project['divisions'][number]>): Project {
  const p = subjectDraft();
  return { ...p, divisions: [{ ...p.divisions[0]!, ...change }] };
}

describe('keepConflicts', () => {
  it('finds nothing in rules that can all be kept', () => {
    const p = draft({
      keep: [rule('t1', 'together', 'W', 'x'), rule('a1', 'apart', 'W', 'Z')],
      deliberate: [split('d1', 'x', 'H')],
    });
    expect(keepConflicts(p, 'D', { level: 'subject', balance: { by: 'goals', tolerance: 0.5 } })).toEqual([]);
    expect(keepConflicts(p, 'D', { level: 'goal' })).toEqual([]);
  });

  it('names a together rule that an apart rule or a deliberate split contradicts, through shared nodes', () => {
    const p = draft({
      keep: [rule('t1', 'together', 'W', 'x'), rule('t2', 'together', 'x', 'H'), rule('a1', 'apart', 'W', 'H')],
      deliberate: [split('d1', 'H', 'x')],
    });
    expect(keepConflicts(p, 'D', { level: 'subject' })).toEqual([
      { code: 'togetherApart', nodeIds: ['W', 'H'], ruleIds: ['t1', 't2', 'a1'], holderIds: [] },
      { code: 'togetherApart', nodeIds: ['H', 'x'], ruleIds: ['t1', 't2', 'd1'], holderIds: [] },
    ]);
  });

  it('at subject level a goal that follows its subject cannot be kept apart from it', () => {
    const p = draft({ keep: [rule('a1', 'apart', 'W', 'w1')] });
    expect(keepConflicts(p, 'D', { level: 'subject' })).toEqual([
      { code: 'togetherApart', nodeIds: ['W', 'w1'], ruleIds: ['a1'], holderIds: [] },
    ]);
    // At goal level the goal moves alone: nothing stands in the way.
    expect(keepConflicts(p, 'D', { level: 'goal' })).toEqual([]);
  });

  it('names fixed members of one group with different holders (a shared subject is fixed)', () => {
    const p = draft({ keep: [rule('t1', 'together', 'Z', 'H'), rule('t2', 'together', 'H', 'x')], locked: ['H'] });
    expect(keepConflicts(p, 'D', { level: 'subject' })).toEqual([
      { code: 'togetherLocked', nodeIds: ['Z', 'H'], ruleIds: ['t1', 't2'], holderIds: ['P2', 'P3'] },
    ]);
    // At goal level W and Z stay with their leads: keeping them together contradicts.
    const q = draft({ keep: [rule('t1', 'together', 'W', 'Z')] });
    expect(keepConflicts(q, 'D', { level: 'goal' })).toEqual([
      { code: 'togetherLocked', nodeIds: ['W', 'Z'], ruleIds: ['t1'], holderIds: ['P1', 'P2'] },
    ]);
    expect(keepConflicts(q, 'D', { level: 'subject' })).toEqual([]);
  });

  it('names an apart rule or deliberate split with both ends fixed with one holder', () => {
    const p = draft({ keep: [rule('a1', 'apart', 'Z', 'w3')], deliberate: [split('d1', 'w3', 'Z')], locked: ['w3'] });
    expect(keepConflicts(p, 'D', { level: 'subject' })).toEqual([
      { code: 'apartLocked', nodeIds: ['Z', 'w3'], ruleIds: ['a1'], holderIds: ['P2'] },
      { code: 'apartLocked', nodeIds: ['w3', 'Z'], ruleIds: ['d1'], holderIds: ['P2'] },
    ]);
    // Fixed through a together group: x goes where the locked w3 is, and x must be apart from Z.
    const q = draft({ keep: [rule('t1', 'together', 'x', 'w3'), rule('a1', 'apart', 'x', 'Z')], locked: ['w3'] });
    expect(keepConflicts(q, 'D', { level: 'subject' })).toEqual([
      { code: 'apartLocked', nodeIds: ['x', 'Z'], ruleIds: ['a1', 't1'], holderIds: ['P2'] },
    ]);
  });

  it('names apart rules that need more holders than the draft has, one rule or several together', () => {
    const one = draft({ keep: [rule('a1', 'apart', 'W', 'x', 'H', 'w3')] });
    expect(keepConflicts(one, 'D', { level: 'subject' })).toEqual([
      { code: 'apartTooMany', nodeIds: ['W', 'x', 'H', 'w3'], ruleIds: ['a1'], holderIds: [] },
    ]);
    // Four nodes pairwise apart (Z fixed at P2) over three holders: no rule alone is too many.
    const pairs = [
      ['W', 'x'],
      ['x', 'w3'],
      ['w3', 'W'],
      ['Z', 'W'],
      ['Z', 'x'],
      ['Z', 'w3'],
    ];
    const four = draft({ keep: pairs.map(([a, b], i) => rule(`a${i}`, 'apart', a!, b!)) });
    const found = keepConflicts(four, 'D', { level: 'subject' });
    expect(found).toHaveLength(1);
    expect(found[0]!.code).toBe('apartTooMany');
    expect(found[0]!.ruleIds.sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
    expect(found[0]!.nodeIds.sort()).toEqual(['W', 'Z', 'w3', 'x']);
    // Drop one pair: colourable.
    const three = draft({ keep: pairs.slice(1).map(([a, b], i) => rule(`a${i}`, 'apart', a!, b!)) });
    expect(keepConflicts(three, 'D', { level: 'subject' })).toEqual([]);
  });

  it('given the balance, names a group heavier than one holder may carry', () => {
    // ±0 %: 7 goals over 3 holders, at most 3 each; W (2 goals) with Z (2 goals) makes 4.
    const p = draft({ keep: [rule('t1', 'together', 'W', 'Z')] });
    expect(keepConflicts(p, 'D', { level: 'subject', balance: { by: 'goals', tolerance: 0 } })).toEqual([
      { code: 'togetherAboveCap', nodeIds: ['W', 'Z'], ruleIds: ['t1'], holderIds: [] },
    ]);
    // ±100 %: at most 4.
    expect(keepConflicts(p, 'D', { level: 'subject', balance: { by: 'goals', tolerance: 1 } })).toEqual([]);
    expect(keepConflicts(p, 'D', { level: 'subject' })).toEqual([]);
    // With Z (2, shared: fixed) and w3 (1, locked) at P2, x brings P2 to 4.
    const q = draft({ keep: [rule('t1', 'together', 'Z', 'x')], locked: ['w3'] });
    expect(keepConflicts(q, 'D', { level: 'subject', balance: { by: 'goals', tolerance: 0 } })).toEqual([
      { code: 'togetherAboveCap', nodeIds: ['Z', 'x'], ruleIds: ['t1'], holderIds: ['P2'] },
    ]);
  });
});

describe('keepBreaches', () => {
  it('names the rules the draft as it stands breaks, with the nodes that break them', () => {
    const p = draft({
      keep: [
        rule('t1', 'together', 'W', 'x'),
        rule('t2', 'together', 'W', 'w3', 'w1'),
        rule('a1', 'apart', 'W', 'x', 'Z'),
        rule('a2', 'apart', 'W', 'Z'),
      ],
      deliberate: [split('d1', 'w1', 'W'), split('d2', 'Z', 'H')],
    });
    expect(keepBreaches(p, 'D')).toEqual([
      { ruleId: 't2', kind: 'together', nodeIds: ['w3'] },
      { ruleId: 'a1', kind: 'apart', nodeIds: ['W', 'x'] },
      { ruleId: 'd1', kind: 'deliberate', nodeIds: ['w1', 'W'] },
    ]);
  });
});

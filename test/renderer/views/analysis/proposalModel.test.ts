import { describe, expect, it } from 'vitest';
import { buildCompactGraph, partsOf } from '../../../../shared/analysis/compactGraph';
import { splitCoverage } from '../../../../shared/coalition/splitCoverage';
import { suggestArrangements } from '../../../../shared/coalition/suggestArrangements';
import { addArrangement } from '../../../../shared/model/operations/coalitionOps';
import { namesOf } from '../../../../renderer/derived/names';
import {
  arrangementName,
  proposalArrangement,
  proposalWords,
  SCOPE_SHOWN,
} from '../../../../renderer/views/analysis/proposalModel';
import { coverageDraft } from '../../../shared/coalition/coverageFixture';

const proposal = (over: Partial<Parameters<typeof proposalArrangement>[0]> = {}) => ({
  kind: 'coordinating' as const,
  leadId: 'P1',
  holderIds: ['P2', 'P3'],
  subjectIds: ['W', 'Z'],
  goalIds: [],
  count: 7,
  weight: 12,
  links: new Int32Array(0),
  ...over,
});

describe('a proposed arrangement in words', () => {
  const names = namesOf(coverageDraft());
  it('names the lead, the others and the subjects it coordinates', () => {
    expect(proposalWords(proposal(), names)).toEqual({
      lead: 'Wethouder Een',
      holders: ['Wethouder Twee', 'Wethouder Drie'],
      scope: ['Werk en inkomen', 'Zorg'],
      more: 0,
      scopeKind: 'subjects',
    });
  });
  it('names goals when the scope holds no subject, the first few and how many more', () => {
    const w = proposalWords(proposal({ subjectIds: [], goalIds: ['w1', 'w2', 'z1', 'z2', 'x'] }), names);
    expect(w.scope).toEqual(['Doel w1', 'Doel w2', 'Doel z1']);
    expect(w.scope.length).toBe(SCOPE_SHOWN);
    expect(w.more).toBe(2);
    expect(w.scopeKind).toBe('goals');
  });
  it('names the goals held apart from its subjects too, so the sentence hides nothing it adds', () => {
    const w = proposalWords(proposal({ subjectIds: ['W'], goalIds: ['x', 'z1', 'z2'] }), names);
    expect(w.scope).toEqual(['Werk en inkomen', 'Doel x', 'Doel z1']);
    expect(w.more).toBe(1);
    expect(w.scopeKind).toBe('subjects');
  });
});

const more = (n: number) => `en ${n} andere`;

describe('the arrangement a proposal adds', () => {
  it('is coördinerend with the proposal’s holders and scope', () => {
    expect(proposalArrangement(proposal(), 'Coördinatie Werk en inkomen, Zorg')).toEqual({
      name: 'Coördinatie Werk en inkomen, Zorg',
      kind: 'coordinating',
      leadId: 'P1',
      holderIds: ['P2', 'P3'],
      subjectIds: ['W', 'Z'],
      goalIds: [],
    });
  });
  it('is named after its subjects, or its first goal and how many more', () => {
    expect(arrangementName({ scope: ['Wonen', 'Zorg'], more: 0, scopeKind: 'subjects' }, 'Coördinatie', more)).toBe(
      'Coördinatie Wonen, Zorg',
    );
    expect(arrangementName({ scope: ['A', 'B', 'C'], more: 2, scopeKind: 'subjects' }, 'Coördinatie', more)).toBe(
      'Coördinatie A, B, C en 2 andere',
    );
    expect(
      arrangementName({ scope: ['Armoede', 'Werk', 'Zorg'], more: 2, scopeKind: 'goals' }, 'Coördinatie', more),
    ).toBe('Coördinatie Armoede en 4 andere');
    expect(arrangementName({ scope: ['Armoede'], more: 0, scopeKind: 'goals' }, 'Coördinatie', more)).toBe(
      'Coördinatie Armoede',
    );
  });
  it('keeps the name within the 160 characters an arrangement allows', () => {
    const long = 'x'.repeat(100);
    const name = arrangementName({ scope: [long, long], more: 3, scopeKind: 'subjects' }, 'Coördinatie', more);
    expect(name.length).toBeLessThanOrEqual(160);
    expect(name.endsWith('…')).toBe(true);
  });
  it('added to the draft, covers exactly the split weight the proposal promised', () => {
    const p = coverageDraft();
    const d0 = { ...p.divisions[0]!, arrangements: [] };
    const project = { ...p, divisions: [d0] };
    const g = buildCompactGraph(project);
    const parts = partsOf(g, d0);
    const before = splitCoverage(g, parts, d0);
    const [first] = suggestArrangements(g, parts, d0, before, 3);
    expect(first).toBeDefined();
    const input = proposalArrangement(first!, arrangementName(proposalWords(first!, namesOf(project)), 'C', more));
    const r = addArrangement(project, 'D', input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d1 = r.project.divisions[0]!;
    const after = splitCoverage(g, parts, d1);
    expect(after.covered.weight).toBe(first!.weight);
    expect(after.uncovered.weight).toBe(before.uncovered.weight - first!.weight);
  });
});

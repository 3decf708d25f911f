// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { StoreProvider } from '../../../../renderer/app/StoreContext';
import { ProposalCurve } from '../../../../renderer/views/analysis/ProposalCurve';
import { shownProposal } from '../../../../renderer/views/analysis/proposalView';
import { PROPOSAL_VERSION, type Proposal } from '../../../../renderer/store/proposalSlice';
import { testStore } from '../../support/testStore';

afterEach(cleanup);

describe('ProposalCurve', () => {
  it('shows no empty chart, table or cap when no move lowers the split weight', () => {
    const proposal: Proposal = {
      kind: 'proposal',
      version: PROPOSAL_VERSION,
      projectId: 'p',
      draftId: 'd',
      draftName: 'D',
      updatedAt: '2025-01-01T00:00:00.000Z',
      settings: { by: 'goals', tolerance: 20, kind: 'mean', max: {}, seed: 1, level: 'goal', partyBand: undefined },
      holders: [],
      fixed: [],
      cutBefore: 4,
      constantCut: 0,
      found: { placement: { assignments: {}, subjects: {} }, assignments: {}, cut: 4, cancelled: false },
      // The draft is already the proposal and no single move or swap helps: a curve without points.
      curve: {
        before: { cut: 4, splitWeight: 4 },
        points: [],
        full: { cut: 4, splitWeight: 4, moves: 0 },
        complete: true,
      },
      bound: null,
      waiting: { curve: false, bound: false },
      cap: null,
    };
    const { store } = testStore();
    render(
      <StoreProvider store={store}>
        <ProposalCurve proposal={proposal} shown={shownProposal(proposal)} onChoose={() => {}} onCap={() => {}} />
      </StoreProvider>,
    );
    expect(document.querySelector('figure, table, input')).toBeNull();
  });
});

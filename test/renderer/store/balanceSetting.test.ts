import { describe, expect, it } from 'vitest';
import { exampleProject } from '../../../shared/example/exampleProject';
import { DEFAULT_BALANCE, holdersOutside } from '../../../renderer/store/viewSlice';
import { testStore } from '../support/testStore';

describe('one balance setting for board, suggestions and optimiser', () => {
  it('starts at goals ± 20 % with the burgemeester outside, and changes part by part', () => {
    const { store } = testStore();
    expect(store.getState().balance).toEqual(DEFAULT_BALANCE);
    store.getState().setBalance({ tolerance: 0.1 });
    store.getState().setBalance({ by: 'budget' });
    expect(store.getState().balance).toEqual({ by: 'budget', tolerance: 0.1, outside: null });
  });

  it('leaves the draft’s burgemeester out by default, and only holders of the draft when chosen', () => {
    const p = exampleProject();
    const d = p.divisions[0]!;
    expect([...holdersOutside({ outside: null }, p, d)]).toEqual(['pf_burgemeester']);
    expect([...holdersOutside({ outside: [] }, p, d)]).toEqual([]);
    expect([...holdersOutside({ outside: ['pf_fysiek', 'pf_gone'] }, p, d)]).toEqual(['pf_fysiek']);
    expect([...holdersOutside({ outside: null }, p, { portfolioIds: ['pf_fysiek'] })]).toEqual([]);
  });
});

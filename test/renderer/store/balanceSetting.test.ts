import { describe, expect, it } from 'vitest';
import { smallExample } from '../../fixtures/smallExample';
import { DEFAULT_BALANCE, holdersOutside } from '../../../renderer/store/viewSlice';
import { testStore } from '../support/testStore';

describe('one balance setting for board, suggestions and optimiser', () => {
  it('starts at goals ± 20 % of the equal share with the burgemeester outside, and changes part by part', () => {
    const { store } = testStore();
    expect(store.getState().balance).toEqual(DEFAULT_BALANCE);
    expect(DEFAULT_BALANCE).toEqual({ by: 'goals', tolerance: 0.2, outside: null, kind: 'mean', max: {} });
    store.getState().setBalance({ tolerance: 0.1 });
    store.getState().setBalance({ by: 'budget' });
    store.getState().setBalance({ kind: 'current' });
    expect(store.getState().balance).toEqual({ by: 'budget', tolerance: 0.1, outside: null, kind: 'current', max: {} });
  });

  it('keeps maxima while the measure stays, and drops them with a change of measure (goals are not euros)', () => {
    const { store } = testStore();
    store.getState().setBalance({ kind: 'max', max: { pf_sociaal: 9 } });
    store.getState().setBalance({ by: 'goals', tolerance: 0.3 });
    expect(store.getState().balance.max).toEqual({ pf_sociaal: 9 });
    store.getState().setBalance({ by: 'budget' });
    expect(store.getState().balance).toMatchObject({ by: 'budget', kind: 'max', max: {} });
    store.getState().setBalance({ by: 'goals', max: { pf_sociaal: 7 } });
    expect(store.getState().balance.max).toEqual({ pf_sociaal: 7 });
  });

  it('leaves the draft’s burgemeester out by default, and only holders of the draft when chosen', () => {
    const p = smallExample();
    const d = p.divisions[0]!;
    expect([...holdersOutside({ outside: null }, p, d)]).toEqual(['pf_burgemeester']);
    expect([...holdersOutside({ outside: [] }, p, d)]).toEqual([]);
    expect([...holdersOutside({ outside: ['pf_fysiek', 'pf_gone'] }, p, d)]).toEqual(['pf_fysiek']);
    expect([...holdersOutside({ outside: null }, p, { portfolioIds: ['pf_fysiek'] })]).toEqual([]);
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StoreProvider } from '../../../../renderer/app/StoreContext';
import { BalanceControls } from '../../../../renderer/components/BalanceControls';
import { BalanceFitNotice } from '../../../../renderer/views/analysis/BalanceFitNotice';
import { smallExample } from '../../../fixtures/smallExample';
import { testStore } from '../../support/testStore';

afterEach(cleanup);

// The example's first draft without the burgemeester: El Amrani 10 goals, Bakker 8, Visser 5 (0,8 fte); the equal
// share ± 20 % allows 7 to 9.
async function open() {
  const t = testStore();
  await act(() => t.store.getState().adoptProject(smallExample()));
  const project = () => t.store.getState().project!;
  const Both = () => (
    <>
      <BalanceControls />
      <BalanceFitNotice project={project()} division={project().divisions[0]!} />
    </>
  );
  const view = render(
    <StoreProvider store={t.store}>
      <Both />
    </StoreProvider>,
  );
  const rerender = () =>
    view.rerender(
      <StoreProvider store={t.store}>
        <Both />
      </StoreProvider>,
    );
  return { ...t, rerender };
}

const notice = () => document.querySelector('.balance-fit') as HTMLElement;

describe('balance fit notice with the balance controls', () => {
  it('names the holders outside the equal share, offers today’s load with its reason, and one click uses it', async () => {
    const { store } = await open();
    expect(notice().dataset.fits).toBe('false');
    const items = within(notice())
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Wethouder A. El Amrani heeft 10 doelen; deze balans staat 7 tot 9 toe.',
      'Wethouder S. Visser heeft 5 doelen; deze balans staat 7 tot 9 toe.',
    ]);
    expect(notice().textContent).toContain('De portefeuilles lopen uiteen van 5 doelen tot 10 doelen');
    expect(notice().textContent).toContain('(erbuiten: 2)');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Meet aan: huidige omvang per houder' })));
    expect(store.getState().balance.kind).toBe('current');
    expect(notice().dataset.fits).toBe('true');
    expect(notice().textContent).toBe(
      'Balans: aantal doelen, huidige omvang per houder ± 20%. ‘Vorig college: langs de domeinen’ past erbinnen.',
    );
    expect((screen.getByLabelText('Balans gemeten aan') as HTMLSelectElement).value).toBe('current');
  });

  it('maximum per holder: prefilled with today’s load, tolerance hidden, a lower maximum named; budget refills in euros', async () => {
    const { store } = await open();
    expect(screen.queryByLabelText('Verschil ± %')).not.toBeNull();
    act(() => fireEvent.change(screen.getByLabelText('Balans gemeten aan'), { target: { value: 'max' } }));
    expect(store.getState().balance).toMatchObject({
      kind: 'max',
      max: { pf_sociaal: 10, pf_fysiek: 8, pf_financien: 5 },
    });
    expect(screen.queryByLabelText('Verschil ± %')).toBeNull();
    expect(notice().dataset.fits).toBe('true');
    expect(screen.getByText('Maxima per houder (3 van 3 ingevuld)')).toBeTruthy();
    act(() => fireEvent.change(screen.getByLabelText('Wethouder A. El Amrani'), { target: { value: '9' } }));
    expect(store.getState().balance.max).toMatchObject({ pf_sociaal: 9 });
    expect(within(notice()).getByRole('listitem').textContent).toBe(
      'Wethouder A. El Amrani heeft 10 doelen; deze balans staat ten hoogste 9 toe.',
    );
    // The fitting rule is offered here too: the draft does not fit the equal share, so today's load.
    expect(screen.getByRole('button', { name: 'Meet aan: huidige omvang per houder' })).toBeTruthy();
    act(() => fireEvent.change(screen.getByLabelText('Wethouder A. El Amrani'), { target: { value: '' } }));
    expect(store.getState().balance.max).toEqual({ pf_fysiek: 8, pf_financien: 5 });
    expect(screen.getByText('Maxima per houder (2 van 3 ingevuld)')).toBeTruthy();
    act(() => fireEvent.change(screen.getByLabelText('Evenwicht naar'), { target: { value: 'budget' } }));
    expect(store.getState().balance.max).toEqual({
      pf_sociaal: 40_400_000,
      pf_fysiek: 12_900_000,
      pf_financien: 1_600_000,
    });
  });

  it('says the FTE share fits when the FTEs explain the differences', async () => {
    const { store, rerender } = await open();
    // Move one of El Amrani's goals to Visser: 9, 8, 6 is within the FTE shares 7–9, 7–9, 6–7 but 6 is below 7–9.
    const p = store.getState().project!;
    const d = p.divisions[0]!;
    const goal = p.goals.find((g) => d.assignments[g.id] === 'pf_sociaal')!;
    act(() =>
      store.setState({
        project: {
          ...p,
          divisions: [{ ...d, assignments: { ...d.assignments, [goal.id]: 'pf_financien' } }, ...p.divisions.slice(1)],
        },
      }),
    );
    rerender();
    expect(
      within(notice())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Wethouder S. Visser heeft 6 doelen; deze balans staat 7 tot 9 toe.']);
    expect(notice().textContent).toContain('maar wel in zijn deel naar fte ± 20%');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Meet aan: deel naar fte' })));
    expect(store.getState().balance.kind).toBe('fte');
    expect(notice().dataset.fits).toBe('true');
  });
});

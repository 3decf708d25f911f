// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { StoreProvider } from '../../../../renderer/app/StoreContext';
import { DivisionsView } from '../../../../renderer/views/divisions/DivisionsView';
import { prototypeProject } from '../../../shared/model/prototypeProject';
import { testStore } from '../../support/testStore';

afterEach(cleanup);

async function renderDivisions() {
  const { store } = testStore();
  await act(() => store.getState().adoptProject(prototypeProject()));
  render(
    <StoreProvider store={store}>
      <DivisionsView />
    </StoreProvider>,
  );
  return store;
}

// Issue 17: `division.assignments['constructor']` found Object.prototype.constructor, so the goal showed as held.
describe('DivisionsView with goal ids named after Object.prototype members', () => {
  it('shows the unassigned goal `constructor` as unassigned, in the table and in the summary', async () => {
    await renderDivisions();
    const table = screen.getByRole('table', { name: 'Toewijzing van doelen' });
    const holder = (goal: string) =>
      within(table).getByRole('combobox', { name: `Portefeuillehouder voor ${goal}` }) as HTMLSelectElement;
    expect(holder('Doel constructor').value).toBe('');
    expect(holder('Doel hasOwnProperty').value).toBe('');
    expect(holder('Doel toString').value).toBe('P');
    expect(holder('Doel toString').selectedOptions[0]!.textContent).toContain('Wethouder P');
    const summary = screen.getByText(/Nog zonder portefeuillehouder/).closest('p')!;
    expect(summary.textContent).toContain('4 doelen hebben nog geen portefeuillehouder.');
    expect(summary.textContent).toContain('Doel constructor');
    expect(summary.textContent).toContain('Doel valueOf');
    expect(summary.textContent).not.toContain('Doel toString');
  });
});

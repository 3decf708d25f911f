// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { StoreProvider } from '../../../../renderer/app/StoreContext';
import { DivisionsView } from '../../../../renderer/views/divisions/DivisionsView';
import { prototypeProject } from '../../../shared/model/prototypeProject';
import { voorbeeldProject } from '../../../../shared/example/voorbeeld';
import { nodeHolder } from '../../../../shared/model';
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

// A new user saw every holder at 0 goals here while the board showed them full: goals held through their subject
// were not counted, and their rows said "niet toegewezen".
describe('DivisionsView with subjects (Gemeente Voorbeeld)', () => {
  it('counts a goal for the holder of its subject, as the board does, and says so in its row', async () => {
    const { store } = testStore();
    const project = voorbeeldProject();
    await act(() => store.getState().adoptProject(project));
    render(
      <StoreProvider store={store}>
        <DivisionsView />
      </StoreProvider>,
    );
    const draft = project.divisions.find((d) => d.id === store.getState().draftId)!;
    const held = (pf: string) => project.goals.filter((g) => nodeHolder(draft, g.id, g.subjectId) === pf).length;
    expect(draft.portfolioIds.reduce((n, pf) => n + held(pf), 0)).toBe(project.goals.length);
    for (const pf of draft.portfolioIds) {
      const name = project.portfolios.find((p) => p.id === pf)!.holder;
      const card = screen.getByText(name, { selector: '.pc-name' }).closest('label')!;
      expect(card.querySelector('.pc-figures')!.textContent, name).toMatch(new RegExp(`^${held(pf)} doel`));
    }
    expect(screen.queryByText(/nog geen portefeuillehouder/)).toBeNull();

    const goal = project.goals.find((g) => g.subjectId && !Object.hasOwn(draft.assignments, g.id))!;
    const subject = project.subjects.find((x) => x.id === goal.subjectId)!;
    const lead = project.portfolios.find((p) => p.id === draft.subjects[subject.id]![0])!;
    const select = screen.getByRole('combobox', { name: `Portefeuillehouder voor ${goal.title}` }) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.selectedOptions[0]!.textContent).toBe(`Met onderwerp ‘${subject.name}’: ${lead.holder}`);
  });
});

// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StoreProvider } from '../../../renderer/app/StoreContext';
import { AppDialogs } from '../../../renderer/app/AppDialogs';
import { smallExample } from '../../fixtures/smallExample';
import type { Project } from '../../../shared/model';
import { subjectDraft } from '../../shared/analysis/subjectDraftFixture';
import { testStore } from '../support/testStore';

beforeAll(() => {
  // jsdom has <dialog> without its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(cleanup);

async function openDialog(project: Project) {
  const t = testStore();
  await act(() => t.store.getState().adoptProject(project));
  act(() => t.store.getState().setDialog('csvExport'));
  render(
    <StoreProvider store={t.store}>
      <AppDialogs />
    </StoreProvider>,
  );
  return { ...t, dialog: screen.getByRole('dialog', { name: 'Exporteren' }) };
}

const buttons = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('button')
    .filter((b) => b.textContent !== 'Annuleren')
    .map((b) => [b.textContent, (b as HTMLButtonElement).disabled]);

describe('ExportDialog', () => {
  it('offers every export under the program that opens it, for the chosen draft', async () => {
    const { dialog } = await openDialog(subjectDraft());
    expect(
      within(dialog)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Tabellen voor Excel (CSV)', 'Excel-werkmap', 'Netwerk: Gephi, Cytoscape, yEd', 'Kumu']);
    expect(buttons(dialog)).toEqual([
      ['Doelen', false],
      ['Onderwerpen', false],
      ['Verbanden', false],
      ['Verdeling', false],
      ['Afstemmingsagenda', false],
      ['Alle tabellen (.xlsx)', false],
      ['Gephi (.gexf)', false],
      ['Cytoscape en yEd (.graphml)', false],
      ['Kumu-blauwdruk (.json)', false],
      ['Kumu-spreadsheet (.xlsx)', false],
    ]);
    expect(within(dialog).getByText(/gaan uit van de gekozen verdeling: Gepubliceerd\./)).toBeTruthy();
  });

  it('leaves out subjects without subjects and disables the draft’s tables without a draft', async () => {
    const { dialog } = await openDialog({ ...smallExample(), divisions: [] });
    const shown = buttons(dialog);
    expect(shown.map(([label]) => label)).not.toContain('Onderwerpen');
    expect(shown.filter(([, disabled]) => disabled).map(([label]) => label)).toEqual([
      'Verdeling',
      'Afstemmingsagenda',
    ]);
    expect(within(dialog).getByText(/heeft nog geen verdeling/)).toBeTruthy();
  });

  it('closes and saves the chosen file', async () => {
    const { dialog, store, platform } = await openDialog(subjectDraft());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gephi (.gexf)' }));
    expect(store.getState().dialog).toBeNull();
    // The exchange code loads on the first export: wait for the save.
    // The file holds the chosen draft, so it carries the draft's name too.
    const draft = store.getState().project!.divisions.find((d) => d.id === store.getState().draftId)!.name;
    await vi.waitFor(() => expect(platform.saved.map((f) => f.name)).toEqual([`Test - ${draft}.gexf`]), {
      timeout: 10_000,
    });
  });
});

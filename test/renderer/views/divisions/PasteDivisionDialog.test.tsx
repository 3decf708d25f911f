// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StoreProvider } from '../../../../renderer/app/StoreContext';
import { AppDialogs } from '../../../../renderer/app/AppDialogs';
import { smallExample } from '../../../fixtures/smallExample';
import { testStore } from '../../support/testStore';

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

const TEXT = 'Wethouder Jansen (PvdA, 0,8 fte): werk en inkomen; kermis\nWethouder Smit (CDA): wonen';

async function openDialog() {
  const t = testStore();
  await act(() => t.store.getState().adoptProject(smallExample()));
  act(() => t.store.getState().setDialog({ kind: 'divisionPaste' }));
  render(
    <StoreProvider store={t.store}>
      <AppDialogs />
    </StoreProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'Verdeling plakken' });
  return { ...t, dialog };
}

async function paste(dialog: HTMLElement, text: string) {
  fireEvent.change(within(dialog).getByLabelText('Gepubliceerde verdeling'), { target: { value: text } });
  // The preview follows once typing has settled.
  await act(() => new Promise((r) => setTimeout(r, 400)));
}

describe('PasteDivisionDialog', () => {
  it('stores nothing until confirmed: typing, deciding and cancelling leave the project and history alone', async () => {
    const { store, dialog } = await openDialog();
    const before = store.getState().project;
    const confirm = within(dialog).getByRole('button', { name: 'Verdeling overnemen' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(within(dialog).getByText('Plak eerst een verdeling of kies een bestand.')).toBeTruthy();
    await paste(dialog, TEXT);
    expect(within(dialog).getByText('Houders: 2 · onderwerpen: 3 · nog te kiezen: 1')).toBeTruthy();
    const item = dialog.querySelector('[data-published="kermis"]') as HTMLElement;
    fireEvent.click(within(item).getByRole('button', { name: 'Maak aan als nieuw onderwerp' }));
    expect(within(item).getByText('Wordt nieuw onderwerp ‘kermis’', { exact: false })).toBeTruthy();
    expect(confirm.disabled).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().project).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('refused input disables confirm and says why', async () => {
    const { dialog } = await openDialog();
    await paste(dialog, 'Wethouder (PvdA): zorg');
    expect((within(dialog).getByRole('button', { name: 'Verdeling overnemen' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(within(dialog).getByText('Los eerst de fouten in het voorbeeld op.')).toBeTruthy();
    expect(within(dialog).getByText(/noemt een wethouder zonder naam/)).toBeTruthy();
  });

  it('takes the division in as one undo step with the hand match, chooses the draft and reports what was added', async () => {
    const { store, dialog } = await openDialog();
    await paste(dialog, TEXT);
    const item = dialog.querySelector('[data-published="kermis"]') as HTMLElement;
    fireEvent.change(within(item).getByRole('combobox', { name: 'of koppel aan kermis' }), {
      target: { value: 'catalogue:recreatie-en-toerisme' },
    });
    expect(within(item).getByText(/Gekoppeld aan Recreatie en toerisme/i)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Naam van de nieuwe verdeling'), { target: { value: 'Coalitie' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Verdeling overnemen' }));
    const s = store.getState();
    expect(s.dialog).toBeNull();
    expect(s.history.past).toHaveLength(1);
    const draft = s.project!.divisions.find((d) => d.id === s.draftId)!;
    expect(draft.name).toBe('Coalitie');
    const names = s.project!.subjects.map((x) => x.name).sort();
    expect(names).toEqual(['Recreatie en toerisme', 'Werk en inkomen', 'Wonen']);
    expect(s.notices.at(-1)).toMatchObject({ kind: 'info', key: 'app.paste.done' });
    expect(s.notices.at(-1)!.params).toMatchObject({
      name: 'Coalitie',
      holders: 2,
      newHolders: 2,
      subjects: 3,
      left: 0,
    });
  });

  it('keeps the keyboard in place: Wijzigen moves the focus to the picker of the reopened text, a reset keeps it there', async () => {
    const { dialog } = await openDialog();
    await paste(dialog, TEXT);
    const line = [...dialog.querySelectorAll('.paste-subject')].find((el) => el.textContent?.includes('wonen'))!;
    fireEvent.click(within(line as HTMLElement).getByRole('button', { name: 'Wijzigen' }));
    const item = dialog.querySelector('[data-published="wonen"]') as HTMLElement;
    const picker = within(item).getByRole('combobox', { name: 'of koppel aan wonen' });
    expect(document.activeElement).toBe(picker);
    fireEvent.click(within(item).getByRole('button', { name: 'Laat weg' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Terug naar voorstel' }));
    expect(within(item).queryByRole('button', { name: 'Terug naar voorstel' })).toBeNull();
    expect(document.activeElement).toBe(picker);
  });
});

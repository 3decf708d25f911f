// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StoreProvider } from '../../../../renderer/app/StoreContext';
import { DeliberateSplitDialog } from '../../../../renderer/views/analysis/DeliberateSplitDialog';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../../../fixtures/subjects/subjectsExample';
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

/** link_05 of the subjects example: goal_armoede (Armoede en schulden) — goal_energiearmoede (Duurzaamheid). */
async function open(source = 'goal_armoede', target = 'goal_energiearmoede') {
  const t = testStore();
  await act(() => t.store.getState().adoptProject(subjectsExample()));
  let closed = 0;
  render(
    <StoreProvider store={t.store}>
      <DeliberateSplitDialog divisionId={SUBJECTS_DRAFT_ID} source={source} target={target} onClose={() => closed++} />
    </StoreProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'Markeer als bewuste splitsing' });
  const draft = () => t.store.getState().project!.divisions.find((d) => d.id === SUBJECTS_DRAFT_ID)!;
  return { ...t, dialog, draft, closed: () => closed };
}

describe('Markeer als bewuste splitsing', () => {
  it('refuses without a reason and changes nothing', async () => {
    const { dialog, draft, closed } = await open();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Markeren' }));
    expect(within(dialog).getByText('Vul een reden in.')).toBeTruthy();
    expect(draft().deliberate).toEqual([]);
    expect(closed()).toBe(0);
  });

  it('marks the two goals by default, as one undo step', async () => {
    const { store, dialog, draft, closed } = await open();
    fireEvent.change(within(dialog).getByLabelText('Reden (verplicht)'), { target: { value: 'Eigen wethouder' } });
    act(() => fireEvent.click(within(dialog).getByRole('button', { name: 'Markeren' })));
    expect(draft().deliberate.map((d) => [d.a, d.b, d.reason])).toEqual([
      ['goal_armoede', 'goal_energiearmoede', 'Eigen wethouder'],
    ]);
    expect(closed()).toBe(1);
    act(() => store.getState().undo());
    expect(draft().deliberate).toEqual([]);
  });

  it('marks their two subjects when asked, so every link between them counts', async () => {
    const { dialog, draft } = await open();
    const subjects = within(dialog).getByRole('radio', { name: /^hun onderwerpen/ });
    expect(subjects.parentElement!.textContent).toContain('Armoede en schulden');
    fireEvent.click(subjects);
    fireEvent.change(within(dialog).getByLabelText('Reden (verplicht)'), { target: { value: 'Apart gehouden' } });
    act(() => fireEvent.click(within(dialog).getByRole('button', { name: 'Markeren' })));
    expect(draft().deliberate.map((d) => [d.a, d.b])).toEqual([
      ['subj_armoede-en-schulden', 'subj_duurzaamheid-en-energie'],
    ]);
  });

  it('offers no subject choice for two goals of one subject', async () => {
    const { dialog } = await open('goal_armoede', 'goal_kwijtschelding');
    expect(within(dialog).queryByRole('radio')).toBeNull();
  });
});

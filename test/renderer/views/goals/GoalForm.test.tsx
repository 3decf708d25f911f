// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StoreProvider } from '../../../../renderer/app/StoreContext';
import { GoalForm } from '../../../../renderer/views/goals/GoalForm';
import { projectThemes } from '../../../../renderer/views/goals/goalDraft';
import { smallExample } from '../../../fixtures/smallExample';
import type { GoalInput, Problem, Project } from '../../../../shared/model';
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

function open(project: Project, goalId?: string) {
  const { store } = testStore();
  const onSave = vi.fn((_input: Omit<GoalInput, 'id'>): Problem[] => []);
  render(
    <StoreProvider store={store}>
      <GoalForm
        project={project}
        goal={project.goals.find((g) => g.id === goalId)}
        onSave={onSave}
        onClose={() => undefined}
      />
    </StoreProvider>,
  );
  const dialog = screen.getByRole('dialog');
  const pick = (label: string, text: string) => {
    const box = within(dialog).getByRole('combobox', { name: label });
    fireEvent.change(box, { target: { value: text } });
    fireEvent.keyDown(box, { key: 'Enter' });
  };
  const save = () => fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
  return { dialog, onSave, pick, save };
}

describe('GoalForm with pickers', () => {
  it('picks taakvelden, laws, an instrument, interests and an own theme by typing, and saves them', () => {
    const project = smallExample();
    const { dialog, onSave, pick, save } = open(project);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Doel' }), { target: { value: 'Geldzorgen' } });
    pick('Taakvelden', 'armoe');
    pick('Taakvelden', '6.5');
    pick('Wetten', 'schuldhulp');
    pick('Omgevingswet-instrument', 'bestemmingsplan');
    pick('Omgevingswet-aspecten', 'gezond');
    pick('Thema’s', 'armoe');
    pick('Thema’s', 'Geldstress');
    save();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      title: 'Geldzorgen',
      taakvelden: ['6.3', '6.5'],
      laws: ['wgs'],
      omgevingswet: { instrument: 'omgevingsplan', aspects: ['gezondheid'] },
      themes: ['armoede', 'Geldstress'],
    });
    expect(within(dialog).getByRole('list', { name: 'Thema’s: gekozen' }).textContent).toMatch(
      /Geldstress\s*eigen invoer/,
    );
  });

  it('saves an untouched goal as it was, and shows its values as chips', () => {
    const project = smallExample();
    const goal = project.goals.find((g) => g.laws.length && g.taakvelden.length)!;
    const { dialog, onSave, save } = open(project, goal.id);
    const chips = within(dialog).getByRole('list', { name: 'Taakvelden: gekozen' });
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent!.split(' ')[0]),
    ).toEqual(goal.taakvelden);
    save();
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      taakvelden: goal.taakvelden,
      laws: goal.laws,
      themes: goal.themes,
    });
  });

  it('marks a taakveld code that is not in the project’s list', () => {
    const project = { ...smallExample(), taakveldList: '2017' as const };
    const goal = { ...project.goals[0]!, taakvelden: ['6.711'] };
    const { dialog } = open({ ...project, goals: [goal, ...project.goals.slice(1)] }, goal.id);
    const chips = within(dialog).getByRole('list', { name: 'Taakvelden: gekozen' });
    expect(chips.textContent).toMatch(/6\.711\s*onbekende code/);
  });

  it('offers the themes the project uses, each once', () => {
    expect(
      projectThemes([{ themes: ['Zorg', 'armoede'] }, { themes: ['zorg ', 'Wonen'] }, { themes: [] }], 'nl'),
    ).toEqual(['armoede', 'Wonen', 'Zorg']);
  });
});

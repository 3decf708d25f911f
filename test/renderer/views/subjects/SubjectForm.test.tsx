// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StoreProvider } from '../../../../renderer/app/StoreContext';
import { SubjectForm } from '../../../../renderer/views/subjects/SubjectForm';
import type { Problem, Project } from '../../../../shared/model';
import type { SubjectFormInput } from '../../../../renderer/views/subjects/viewModel';
import { subjectsExample } from '../../../fixtures/subjects/subjectsExample';
import { testStore } from '../../support/testStore';

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(cleanup);

function open(project: Project, subjectId?: string) {
  const { store } = testStore();
  const onSave = vi.fn((_input: SubjectFormInput): Problem[] => []);
  render(
    <StoreProvider store={store}>
      <SubjectForm
        project={project}
        subject={project.subjects.find((s) => s.id === subjectId)}
        onSave={onSave}
        onClose={() => undefined}
      />
    </StoreProvider>,
  );
  const dialog = screen.getByRole('dialog');
  const catalogue = within(dialog).getByRole('combobox', { name: 'Uit de onderwerpencatalogus' });
  return { dialog, onSave, catalogue };
}

describe('SubjectForm with the catalogue', () => {
  it('fills name, domain and taakvelden from a catalogue subject picked by typing, and ties the subject to it', () => {
    const project = { ...subjectsExample(), subjects: [] };
    const { dialog, onSave, catalogue } = open(project);
    fireEvent.change(catalogue, { target: { value: 'schuldhulp' } });
    fireEvent.keyDown(catalogue, { key: 'Enter' });
    expect((within(dialog).getByRole('textbox', { name: 'Onderwerp' }) as HTMLInputElement).value).toBe(
      'Armoede en schulden',
    );
    expect((within(dialog).getByRole('combobox', { name: 'Domein' }) as HTMLSelectElement).value).toBe('sociaal');
    expect(within(dialog).getByRole('list', { name: 'Taakvelden: gekozen' }).textContent).toMatch(
      /6\.3 Inkomensregelingen/,
    );
    expect(within(dialog).getByText('Naam, domein en taakvelden ingevuld uit ‘Armoede en schulden’.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(onSave.mock.calls[0]![0]).toEqual({
      name: 'Armoede en schulden',
      domainId: 'sociaal',
      taakvelden: ['6.3'],
      description: '',
      catalogueId: 'armoede-en-schulden',
    });
  });

  it('marks catalogue subjects the project already has, and untying keeps what was filled in', () => {
    const project = subjectsExample();
    const subject = project.subjects.find((s) => s.catalogueId === 'wonen')!;
    const { dialog, onSave, catalogue } = open(project, subject.id);
    fireEvent.change(catalogue, { target: { value: 'armoede' } });
    const other = project.subjects.find((s) => s.catalogueId === 'armoede-en-schulden')!;
    expect(within(dialog).getByRole('option', { name: /Armoede en schulden/ }).textContent).toContain(
      `al in dit project: ${other.name}`,
    );
    fireEvent.keyDown(catalogue, { key: 'Escape' });
    fireEvent.keyDown(catalogue, { key: 'Escape' });
    fireEvent.click(within(dialog).getByRole('button', { name: /^Wonen verwijderen$/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    const input = onSave.mock.calls[0]![0];
    expect(input).toMatchObject({ name: subject.name, domainId: subject.domainId, taakvelden: subject.taakvelden });
    expect('catalogueId' in input && input.catalogueId === undefined).toBe(true);
  });
});

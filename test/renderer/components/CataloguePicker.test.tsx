// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StoreProvider } from '../../../renderer/app/StoreContext';
import { Field } from '../../../renderer/components/Field';
import { CataloguePicker, type PickerOption } from '../../../renderer/components/CataloguePicker';
import { taakveldEntries } from '../../../shared/catalogue/pickEntries';
import { testStore } from '../support/testStore';

afterEach(cleanup);

const TAAKVELDEN = taakveldEntries('2025');
const THEMES: PickerOption[] = ['armoede', 'wonen', 'zorg'].map((name) => ({ value: name, name }));

interface HarnessProps {
  options?: readonly PickerOption[];
  initial?: string[];
  multiple?: boolean;
  allowOwn?: boolean;
  label?: string;
  locale?: 'nl' | 'en';
}

/** The picker in a Field inside a form, as the edit dialogs hold it; the form and a parent listen for leaks. */
function setup({
  options = TAAKVELDEN,
  initial = [],
  multiple = true,
  allowOwn,
  label = 'Taakvelden',
  locale = 'nl',
}: HarnessProps = {}) {
  const { store } = testStore();
  if (locale === 'en') store.getState().setLocale('en');
  const changes: string[][] = [];
  const submit = vi.fn((e: { preventDefault(): void }) => e.preventDefault());
  const parentKeys: string[] = [];
  function Harness() {
    const [value, setValue] = useState<string[]>(initial);
    return (
      <div onKeyDown={(e) => parentKeys.push(e.key)}>
        <form onSubmit={submit}>
          <Field label={label} hint="Zoek op code of naam">
            <CataloguePicker
              label={label}
              options={options}
              value={value}
              multiple={multiple}
              allowOwn={allowOwn}
              onChange={(v) => {
                changes.push(v);
                setValue(v);
              }}
            />
          </Field>
        </form>
      </div>
    );
  }
  render(
    <StoreProvider store={store}>
      <Harness />
    </StoreProvider>,
  );
  const input = screen.getByRole('combobox', { name: label }) as HTMLInputElement;
  const key = (k: string, extra: Record<string, unknown> = {}) => fireEvent.keyDown(input, { key: k, ...extra });
  const type = (text: string) => fireEvent.change(input, { target: { value: text } });
  const activeText = () => {
    const id = input.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id)!.textContent : null;
  };
  return { input, key, type, activeText, changes, submit, parentKeys };
}

describe('CataloguePicker', () => {
  it('is a combobox after the WAI-ARIA pattern: labelled, described, collapsed until used', () => {
    const { input } = setup();
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    const controls = input.getAttribute('aria-controls')!;
    expect(document.getElementById(controls)).not.toBeNull();
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toBe('Zoek op code of naam');
    expect(screen.queryByRole('listbox')).toBeNull(); // hidden while collapsed
  });

  it('opens on typing with the best match active and the matched letters marked', () => {
    const { input, type, activeText } = setup();
    type('armoe');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox', { name: 'Taakvelden' });
    expect(list.id).toBe(input.getAttribute('aria-controls'));
    expect(activeText()).toMatch(/^6\.3\s*Inkomensregelingen/);
    const active = document.getElementById(input.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('role')).toBe('option');
    expect([...active.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Armoe']);
    expect(screen.getByRole('status').textContent).toMatch(/1 gevonden/);
  });

  it('moves with the arrows (wrapping), jumps with Home and End, and groups under the hoofdtaakveld', () => {
    const { input, key, type, activeText } = setup();
    type('wmo');
    const options = screen.getAllByRole('option');
    expect(activeText()).toBe(options[0]!.textContent);
    // Home before the arrows moves the caret, not the list.
    key('End');
    expect(activeText()).toBe(options[0]!.textContent);
    key('ArrowDown');
    expect(activeText()).toBe(options[1]!.textContent);
    key('End');
    expect(activeText()).toBe(options[options.length - 1]!.textContent);
    key('ArrowDown');
    expect(activeText()).toBe(options[0]!.textContent);
    key('ArrowUp');
    expect(activeText()).toBe(options[options.length - 1]!.textContent);
    key('Home');
    expect(activeText()).toBe(options[0]!.textContent);
    const group = screen.getByRole('group', { name: '6 Sociaal domein' });
    expect(within(group).getAllByRole('option').length).toBe(options.length);
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('takes the active option with Enter without submitting the form, then shows it as a chip', () => {
    const { input, key, type, changes, submit } = setup();
    type('armoe');
    key('Enter');
    expect(changes).toEqual([['6.3']]);
    expect(submit).not.toHaveBeenCalled();
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    const chips = screen.getByRole('list', { name: 'Taakvelden: gekozen' });
    expect(within(chips).getByRole('listitem').textContent).toMatch(/6\.3 Inkomensregelingen/);
    expect(screen.getByRole('status').textContent).toBe('6.3 Inkomensregelingen gekozen.');
    // With the list closed and nothing typed, Enter is the form's again.
    key('Enter');
    expect(changes).toHaveLength(1);
  });

  it('closes with Esc, then clears the text, and only then lets Esc reach the dialog', () => {
    const { input, key, type, parentKeys } = setup();
    type('zorg');
    key('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('zorg');
    expect(parentKeys).toEqual([]);
    key('Escape');
    expect(input.value).toBe('');
    expect(parentKeys).toEqual([]);
    key('Escape');
    expect(parentKeys).toEqual(['Escape']);
  });

  it('removes the last chip with Backspace in an empty input, and any chip with its button', () => {
    const { input, key, type, changes } = setup({ initial: ['6.3', '6.4', '6.5'] });
    type('x');
    key('Backspace'); // text to delete first: the chips stay
    expect(changes).toEqual([]);
    type('');
    key('Backspace');
    expect(changes).toEqual([['6.3', '6.4']]);
    expect(screen.getByRole('status').textContent).toBe('6.5 Arbeidsparticipatie verwijderd.');
    fireEvent.click(screen.getByRole('button', { name: '6.3 Inkomensregelingen verwijderen' }));
    expect(changes[1]).toEqual(['6.4']);
    expect(document.activeElement).toBe(input);
  });

  it('caps a long list and says how many more there are', () => {
    const { key } = setup();
    key('ArrowDown');
    expect(screen.getAllByRole('option')).toHaveLength(40);
    expect(screen.getByText(`${TAAKVELDEN.length - 40} meer — typ verder`)).toBeTruthy();
  });

  it('keeps browsing with the arrows open: Enter toggles a value on and off with a check', () => {
    const { input, key, changes } = setup({ options: THEMES });
    key('ArrowDown');
    key('ArrowDown');
    key('Enter');
    expect(changes).toEqual([['wonen']]);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const wonen = screen.getByRole('option', { name: /wonen/ });
    expect(wonen.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('listbox').getAttribute('aria-multiselectable')).toBe('true');
    key('Enter');
    expect(changes[1]).toEqual([]);
  });

  it('picks with the mouse, keeping the focus in the input', () => {
    const { input, type, changes } = setup({ options: THEMES });
    input.focus();
    type('o');
    const option = screen.getByRole('option', { name: /zorg/ });
    fireEvent.mouseMove(option);
    expect(fireEvent.mouseDown(option)).toBe(false); // default prevented: the input keeps the focus
    fireEvent.click(option);
    expect(changes).toEqual([['zorg']]);
    expect(document.activeElement).toBe(input);
  });

  it('offers the typed text as an own entry where the model allows free text, and marks its chip', () => {
    const { key, type, changes } = setup({ options: THEMES, allowOwn: true, label: 'Thema’s' });
    type('Eenzaamheid');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Eigen invoer: ‘Eenzaamheid’']);
    key('Enter');
    expect(changes).toEqual([['Eenzaamheid']]);
    expect(screen.getByRole('listitem').textContent).toMatch(/Eenzaamheid\s*eigen invoer/);
    // A text that is already an option is not offered again as one's own.
    type('Wonen');
    expect(screen.queryByRole('option', { name: /Eigen invoer/ })).toBeNull();
  });

  it('with one value, replaces it and says nothing was found in English', () => {
    const { key, type, changes } = setup({
      options: THEMES,
      multiple: false,
      initial: ['wonen'],
      label: 'Theme',
      locale: 'en',
    });
    type('zorg');
    key('Enter');
    expect(changes).toEqual([['zorg']]);
    type('qqq');
    expect(screen.getByText('Nothing found')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
    key('Enter'); // nothing to take: nothing changes, and the form is not submitted from a half-typed search
    expect(changes).toHaveLength(1);
  });
});

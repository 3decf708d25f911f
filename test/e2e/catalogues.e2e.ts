import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';

const DIR = 'test-results/screenshots/catalogues';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The dialog's picture with the open list in view. */
async function shoot(a: AppPage, name: string): Promise<void> {
  await a.page.evaluate(async () => {
    await document.fonts.ready;
    document.querySelector('.picker-popup')?.scrollIntoView({ block: 'nearest' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  await a.page.screenshot({ path: `${DIR}/${name}-1366x768.png` });
}

describe('catalogues where users type', () => {
  it('picks a taakveld, a law and an instrument with the keyboard in the goal form, saves, and shows them', async () => {
    mkdirSync(DIR, { recursive: true });
    app = await AppPage.launchSmall({ width: 1366, height: 768 });
    const page = app.page;
    await expect.poll(() => app!.tab(/^Doelen \(\d+\)/).count()).toBe(1);
    await app.openTab(/^Doelen/);
    await app.button('Doel toevoegen').click();
    const dialog = app.dialog();
    await dialog.getByLabel('Doel', { exact: true }).fill('Armoede in beeld brengen');

    // Taakvelden: "armoe" finds 6.3 through the catalogue subject Armoede en schulden.
    const taakvelden = dialog.getByRole('combobox', { name: 'Taakvelden' });
    await taakvelden.focus();
    await page.keyboard.type('armoe');
    await expect.poll(() => taakvelden.getAttribute('aria-expanded')).toBe('true');
    const list = dialog.getByRole('listbox', { name: 'Taakvelden' });
    const active = async () => {
      const id = await taakvelden.getAttribute('aria-activedescendant');
      return id ? page.locator(`[id="${id}"]`).innerText() : null;
    };
    expect(await active()).toMatch(/^6\.3\s+Inkomensregelingen/);
    expect(await list.locator('mark').first().innerText()).toBe('Armoe');
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await shoot(app, 'picker-armoe-nl');

    // Esc closes the list and leaves the dialog open; ↓ opens it again, Enter takes the option.
    await page.keyboard.press('Escape');
    await expect.poll(() => taakvelden.getAttribute('aria-expanded')).toBe('false');
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await active()).toMatch(/^6\.3\s+Inkomensregelingen/);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('list', { name: 'Taakvelden: gekozen' }).innerText()).toMatch(/6\.3/);
    expect(await dialog.isVisible()).toBe(true); // Enter in the picker did not submit the form

    // A code with the arrows: "6.7" lists the Wmo and youth codes of the 2025 list under their hoofdtaakveld.
    await page.keyboard.type('6.7');
    await expect.poll(() => list.getByRole('option').count()).toBeGreaterThan(3);
    expect(await dialog.getByRole('group', { name: '6 Sociaal domein' }).count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const chosen = await dialog
      .getByRole('list', { name: 'Taakvelden: gekozen' })
      .getByRole('listitem')
      .allInnerTexts();
    expect(chosen.map((c) => c.split(/\s/)[0])).toEqual(['6.3', '6.712']);
    // Backspace in the empty input takes the last one away again.
    await page.keyboard.press('Backspace');
    await expect
      .poll(() => dialog.getByRole('list', { name: 'Taakvelden: gekozen' }).getByRole('listitem').count())
      .toBe(1);

    // Laws by abbreviation, the instrument by its old name, with Tab between fields as a keyboard user goes.
    const laws = dialog.getByRole('combobox', { name: 'Wetten' });
    await laws.focus();
    await page.keyboard.type('wgs');
    await page.keyboard.press('Enter');
    const instrument = dialog.getByRole('combobox', { name: 'Omgevingswet-instrument' });
    await instrument.focus();
    await page.keyboard.type('bestemmingsplan');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.getByRole('list', { name: 'Omgevingswet-instrument: gekozen' }).innerText())
      .toMatch(/Omgevingsplan/);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = app.goalRow('Armoede in beeld brengen');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/6\.3/);
    expect(await row.innerText()).toMatch(/schuldhulpverlening|Wgs/i);
    expect(await app.axe(['serious', 'critical'])).toEqual([]);

    // The same form in English: the picker speaks English, the taakvelden keep their official Dutch names.
    await page.getByLabel('Taal', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: 'Edit Armoede in beeld brengen' }).click();
    const tv = app.dialog().getByRole('combobox', { name: 'Taakvelden' });
    await tv.focus();
    await page.keyboard.type('poverty');
    await expect.poll(() => tv.getAttribute('aria-expanded')).toBe('true');
    const first = app.dialog().getByRole('listbox', { name: 'Taakvelden' }).getByRole('option').first();
    expect(await first.innerText()).toMatch(/6\.3\s+Inkomensregelingen/);
    // The goal has 6.3 already: the list marks it as chosen (a check, aria-selected).
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await shoot(app, 'picker-poverty-en');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await app.dialog().waitFor({ state: 'hidden' });
    expect(app.errors).toEqual([]);
  });

  it('fills a new subject from the catalogue', async () => {
    app = await AppPage.launchSmall({ width: 1366, height: 768 });
    const page = app.page;
    await expect.poll(() => app!.tab(/^Onderwerpen/).count()).toBe(1);
    await app.openTab(/^Onderwerpen/);
    await app.button('Onderwerp toevoegen').click();
    const dialog = app.dialog();
    const catalogue = dialog.getByRole('combobox', { name: 'Uit de onderwerpencatalogus' });
    // The dialog opens with the focus in the catalogue picker.
    await expect.poll(() => catalogue.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('zorg');
    await expect
      .poll(() => dialog.getByRole('listbox', { name: 'Uit de onderwerpencatalogus' }).getByRole('option').count())
      .toBeGreaterThan(3);
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await shoot(app, 'picker-subject-nl');
    await page.keyboard.press('Enter');
    expect(await dialog.getByRole('textbox', { name: 'Onderwerp', exact: true }).inputValue()).toBe(
      'Zorg en ondersteuning (Wmo)',
    );
    expect(await dialog.getByRole('list', { name: 'Taakvelden: gekozen' }).innerText()).toMatch(/6\.711/);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Zorg en ondersteuning/ }) });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/catalogus/);
    expect(app.errors).toEqual([]);
  });
});

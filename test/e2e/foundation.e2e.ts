import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';

let app: AppPage;
beforeEach(async () => {
  app = await AppPage.launch();
});
afterEach(async () => {
  await app.close();
});

describe('first start and the edit → store → reload chain', () => {
  it('opens the built-in example, Gemeente Voorbeeld with its three drafts, on first start', async () => {
    await expect.poll(() => app.tab(/^Doelen \(\d+\)/).textContent()).toMatch(/Doelen \(109\)/);
    expect(await app.page.getByRole('banner').textContent()).toContain('Gemeente Voorbeeld');
    expect(await app.tab(/^Verdelingen/).textContent()).toContain('(3)');
  });

  it('creates a goal, reloads the page and finds it again', async () => {
    await app.addGoal('Voedselbank in elke wijk');
    await expect.poll(() => app.goalRow('Voedselbank in elke wijk').count()).toBe(1);
    await app.reload();
    await expect.poll(() => app.goalRow('Voedselbank in elke wijk').count()).toBe(1);
    expect(await app.tab(/^Doelen/).textContent()).toContain('110');
  });

  it('undoes and redoes with the keyboard, and the undo survives a reload', async () => {
    await app.addGoal('Tijdelijk doel');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.goalRow('Tijdelijk doel').count()).toBe(0);
    await app.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => app.goalRow('Tijdelijk doel').count()).toBe(1);
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.goalRow('Tijdelijk doel').count()).toBe(0);
    await app.reload();
    expect(await app.tab(/^Doelen/).textContent()).toContain('109');
  });

  it('shows a form problem beside the field and stores nothing', async () => {
    await app.openTab(/^Doelen/);
    await app.button('Doel toevoegen').click();
    await app.dialog().getByLabel('Doel', { exact: true }).fill('Doel met fout budget');
    await app.dialog().getByLabel('Budget per jaar').fill('veel');
    await app.dialog().getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => app.dialog().getByRole('alert').first().textContent()).toMatch(/veel/);
    await app.dialog().getByRole('button', { name: 'Annuleren' }).click();
    expect(await app.goalRow('Doel met fout budget').count()).toBe(0);
  });

  it('goes back to the project list with the browser Back button, not out of the app', async () => {
    await expect.poll(() => app.tab(/^Doelen \(109\)/).count()).toBe(1);
    await app.page.goBack();
    await app.page.getByRole('heading', { name: 'Projecten' }).waitFor();
    expect(app.page.url()).toContain('127.0.0.1');
  });

  it('switches the whole interface to English and remembers it', async () => {
    await app.page.getByLabel('Taal', { exact: true }).selectOption('en');
    await expect.poll(() => app.tab(/^Goals/).count()).toBe(1);
    await app.reload();
    await expect.poll(() => app.tab(/^Goals/).count()).toBe(1);
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  // One test per language: axe on each of Gemeente Voorbeeld's tabs takes about 25 s on two cores.
  for (const locale of ['nl', 'en'] as const)
    it(`has no WCAG 2.1 AA findings on any tab, in ${locale === 'nl' ? 'Dutch' : 'English'}`, async () => {
      if (locale === 'en') await app.page.getByLabel('Taal', { exact: true }).selectOption('en');
      const tabs = await app.page.getByRole('tab').all();
      expect(tabs.length).toBeGreaterThan(10);
      for (const tab of tabs) {
        await tab.click();
        await app.page.waitForTimeout(150);
        expect(await app.axe(), `${locale} ${await tab.textContent()}`).toEqual([]);
      }
      expect(app.errors).toEqual([]);
    });
});

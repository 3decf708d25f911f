import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';

let app: AppPage;
beforeEach(async () => {
  app = await AppPage.launch({ width: 1366, height: 900 });
  await expect.poll(() => app.tab(/^Doelen \(24\)/).count()).toBe(1);
  await app.openTab('Analyse');
});
afterEach(async () => {
  await app.close();
});

describe('analysis view', () => {
  it('reports split links of the draft beside the classic split, traceable to the links behind them', async () => {
    const table = app.page.getByRole('table').first();
    expect(await table.textContent()).toMatch(/Alle verbanden\s*17 van 35/);
    await app.page.getByText(/↔/).first().click();
    // The summary's click opens the details on the next render: wait for it rather than count at once.
    await expect.poll(() => app.page.locator('details[open] li').count()).toBeGreaterThan(0);
    // Every figure opens onto its links: all 17 split links are listed under the first line.
    await app.page.getByText('Alle verbanden: 17 gesplitste verbanden').click();
    await expect.poll(() => app.page.locator('details.figure-links[open] li').count()).toBe(17);
  });

  it('applies a suggestion as one undoable step', async () => {
    const before = await app.page.getByRole('table').first().textContent();
    await app.button('Toepassen').first().click();
    await expect.poll(() => app.page.getByRole('table').first().textContent()).not.toBe(before);
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.page.getByRole('table').first().textContent()).toBe(before);
  });

  it('optimises in a worker, says how far from the best it can be, and applies the proposal as a new draft', async () => {
    await app.button('Optimaliseren').click();
    const result = app.page.locator('.optimiser-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toMatch(/Gesplitst gewicht: 32 → \d+/);
    expect(await result.textContent()).toMatch(/hoogstens [\d,]+ % boven de best mogelijke|Bewezen optimaal/);
    // The printed report (PDF) carries the result, the settings it was found with and the moved goals.
    await app.page.emulateMedia({ media: 'print' });
    await expect
      .poll(() => app.page.getByText(/^Gezocht met: Evenwicht naar aantal doelen, verschil ± 20 %/).isVisible())
      .toBe(true);
    expect(await result.locator('.print-only li').first().isVisible()).toBe(true);
    expect(await app.button('Overnemen als nieuwe verdeling').isVisible()).toBe(false);
    await app.page.emulateMedia({ media: 'screen' });
    await app.button('Overnemen als nieuwe verdeling').click();
    await expect.poll(() => app.tab(/^Verdelingen/).textContent()).toContain('3');
    expect(await app.page.getByRole('heading', { level: 2 }).first().textContent()).toContain('voorstel');
    // The burgemeester does not take part by default: the proposal leaves the mayor's portfolio as it was.
    await app.openTab(/^Verdelingen/);
    const mayorRows = await app.page
      .locator('.assignment-table select')
      .evaluateAll((els) => els.filter((el) => (el as HTMLSelectElement).value === 'pf_burgemeester').length);
    expect(mayorRows).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('names the portfolio and the goals when locked goals make the balance impossible', async () => {
    await app.openTab(/^Verdelingen/);
    const locks = app.page.locator('.assignment-table tbody tr').filter({ hasText: 'Sociaal' }).getByRole('checkbox');
    const n = await locks.count();
    for (let i = 0; i < n; i++) await locks.nth(i).check();
    await app.openTab('Analyse');
    await app.page.locator('.optimiser').getByLabel('Verschil ± %').fill('0');
    await app.button('Optimaliseren').click();
    const alert = app.page.locator('.optimiser').getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    const text = await alert.textContent();
    expect(text).toContain('Wethouder A. El Amrani');
    expect(text).toContain('Minder huishoudens in armoede');
  });
});

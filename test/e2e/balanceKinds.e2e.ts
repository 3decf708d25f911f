import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { AppPage } from './pages/AppPage';
import { BoardPage } from './pages/BoardPage';

const EL_AMRANI = 'Wethouder A. El Amrani';
const VISSER = 'Wethouder S. Visser';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('balance measured against an equal share, the FTE share, today’s load or a maximum', () => {
  it('on the example: choosing “huidige omvang” changes the bands and the notice, on the board and in Analyse', async () => {
    app = await AppPage.launchSmall({ width: 1366, height: 900 });
    const b = new BoardPage(app);
    await b.open();
    const page = app.page;
    const band = (holder: string) => b.column(holder).locator('.bal[data-measure="goals"] .bal-band-text');
    const notice = page.locator('.balance-fit');

    // The equal share of 23 goals over three wethouders (the burgemeester stands outside) ± 20 %: 7 to 9.
    await expect.poll(() => band(EL_AMRANI).textContent()).toBe('bandbreedte 7–9');
    expect(await b.column(EL_AMRANI).locator('.bal[data-measure="goals"]').getAttribute('data-status')).toBe('above');
    expect(await notice.getAttribute('data-fits')).toBe('false');
    expect(await notice.getByRole('listitem').allTextContents()).toEqual([
      `${EL_AMRANI} heeft 10 doelen; deze balans staat 7 tot 9 toe.`,
      `${VISSER} heeft 5 doelen; deze balans staat 7 tot 9 toe.`,
    ]);
    await expect
      .poll(() => notice.getByRole('button', { name: 'Meet aan: huidige omvang per houder' }).count())
      .toBe(1);
    mkdirSync('test-results/screenshots/balance', { recursive: true });
    await page.locator('.board-view').screenshot({ path: 'test-results/screenshots/balance/board-mean-nl.png' });

    await page.getByLabel('Balans gemeten aan').selectOption({ label: 'huidige omvang per houder' });
    await expect.poll(() => band(EL_AMRANI).textContent()).toBe('bandbreedte 8–12 (rond huidige omvang)');
    expect(await band(VISSER).textContent()).toBe('bandbreedte 4–6 (rond huidige omvang)');
    expect(await b.column(EL_AMRANI).locator('.bal[data-measure="goals"]').getAttribute('data-status')).toBe('within');
    expect(await notice.getAttribute('data-fits')).toBe('true');
    expect(await notice.textContent()).toBe(
      'Balans: aantal doelen, huidige omvang per houder ± 20%. ‘Vorig college: langs de domeinen’ past erbinnen.',
    );
    await page.locator('.board-view').screenshot({ path: 'test-results/screenshots/balance/board-current-nl.png' });
    expect(await app.axe()).toEqual([]);

    // The same setting in Analyse, where the notice stands above the optimiser; back to the equal share there.
    await app.openTab(/^Analyse$/);
    const analysisNotice = page.locator('.balance-fit');
    await expect.poll(() => analysisNotice.getAttribute('data-fits')).toBe('true');
    await page.getByLabel('Balans gemeten aan').first().selectOption({ label: 'gelijk deel' });
    await expect.poll(() => analysisNotice.getAttribute('data-fits')).toBe('false');
    expect(await analysisNotice.textContent()).toContain('De portefeuilles lopen uiteen van 5 doelen tot 10 doelen');
    await page.screenshot({ path: 'test-results/screenshots/balance/analysis-notice-nl.png', fullPage: true });
    await analysisNotice.getByRole('button', { name: 'Meet aan: huidige omvang per houder' }).click();
    await expect.poll(() => analysisNotice.getAttribute('data-fits')).toBe('true');
    for (const select of await page.getByLabel('Balans gemeten aan').all())
      expect(await select.inputValue()).toBe('current');
    expect(app.errors).toEqual([]);
  });

  it('a maximum per holder: prefilled with today’s load, one lowered by keyboard is named on the board', async () => {
    app = await AppPage.launchSmall({ width: 1366, height: 900 });
    const b = new BoardPage(app);
    await b.open();
    const page = app.page;
    await page.getByLabel('Balans gemeten aan').selectOption({ label: 'maximum per houder' });
    await expect.poll(() => page.getByLabel('Verschil ± %').count()).toBe(0);
    const summary = page.locator('.balance-max summary');
    expect(await summary.textContent()).toBe('Maxima per houder (3 van 3 ingevuld)');
    await summary.focus();
    await page.keyboard.press('Enter');
    const field = page.getByLabel(EL_AMRANI, { exact: true });
    expect(await field.inputValue()).toBe('10');
    await field.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => field.inputValue()).toBe('9');
    const goals = b.column(EL_AMRANI).locator('.bal[data-measure="goals"]');
    await expect.poll(() => goals.locator('.bal-band-text').textContent()).toBe('ten hoogste 9');
    expect(await goals.getAttribute('data-status')).toBe('above');
    expect(await b.column(EL_AMRANI).locator('.bal[data-measure="goals"] .bal-tick').count()).toBe(0);
    expect(await page.locator('.balance-fit').getByRole('listitem').allTextContents()).toEqual([
      `${EL_AMRANI} heeft 10 doelen; deze balans staat ten hoogste 9 toe.`,
    ]);
    await page.locator('.board-view').screenshot({ path: 'test-results/screenshots/balance/board-max-nl.png' });
    expect(await app.axe()).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

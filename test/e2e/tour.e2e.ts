import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';

/**
 * The guided tour through Gemeente Voorbeeld on first start, the help entry that brings it back, and restoring the
 * example. Screenshots of every step in both languages at both screen sizes go to test-results/screenshots/tour/.
 */
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const DIR = 'test-results/screenshots/tour';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const selected = (a: AppPage, view: string) => a.page.locator(`#pv-tab-${view}[aria-selected="true"]`);

/** Whether an element's top lies on screen (a long page scrolled to it; a fraction of a pixel above counts). */
const onScreen = (a: AppPage, selector: string) =>
  a.page.evaluate((sel) => {
    const box = document.querySelector(sel)?.getBoundingClientRect();
    return !!box && box.top > -2 && box.top < window.innerHeight;
  }, selector);

describe('the guided tour', () => {
  it('shows on first start and walks, by keyboard alone, through map, board, figures and comparison; Esc skips it for good', async () => {
    app = await AppPage.launch(SIZES[0], { tour: true });
    const tour = app.tour();
    await tour.waitFor();
    await expect.poll(() => tour.textContent()).toContain('stap 1 van 4');
    await selected(app, 'map').waitFor();
    await expect.poll(() => app!.page.locator('#pv-tab-map[data-tour-ring]').count()).toBe(1);
    // Focus is in the tour: Enter on "Volgende" steps on.
    await expect.poll(() => app!.page.evaluate(() => document.activeElement?.textContent)).toBe('Volgende');

    await app.page.keyboard.press('Enter');
    await selected(app, 'board').waitFor();
    await expect.poll(() => tour.textContent()).toContain('stap 2 van 4');
    expect(await tour.getByRole('heading').textContent()).toContain('Het bord');

    await app.page.keyboard.press('Enter');
    await selected(app, 'analysis').waitFor();
    await expect.poll(() => tour.textContent()).toContain('stap 3 van 4');
    await expect.poll(() => onScreen(app!, '#cut-heading')).toBe(true);

    await app.page.keyboard.press('Enter');
    await expect.poll(() => tour.textContent()).toContain('stap 4 van 4');
    await expect.poll(() => onScreen(app!, 'section.compare')).toBe(true);
    // The classic draft beside the integral one, with their split weights of the whole.
    const text = (await tour.textContent()) ?? '';
    expect(text).toMatch(/“Klassiek[^”]*” \(gesplitst gewicht 330 van 613\) naast “Integraal[^”]*” \(260\)/);
    expect(await app.page.locator('.draft-picker select').nth(1).inputValue()).toBe('div_integraal');
    expect(await tour.getByRole('button', { name: 'Klaar' }).count()).toBe(1);

    // Back by keyboard, then Esc: the tour ends and the user is where they were before it (the goals table).
    await app.page.keyboard.press('Shift+Tab');
    await expect.poll(() => app!.page.evaluate(() => document.activeElement?.textContent)).toBe('Vorige');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => tour.textContent()).toContain('stap 3 van 4');
    await app.page.keyboard.press('Escape');
    await tour.waitFor({ state: 'hidden' });
    await selected(app, 'goals').waitFor();
    expect(await app.page.locator('[data-tour-ring]').count()).toBe(0);

    await app.reload();
    await app.tab(/^Doelen \(109\)/).waitFor();
    // Give a late tour every chance to show before saying it did not.
    await app.page.waitForTimeout(1000);
    expect(await app.tour().count()).toBe(0);
    expect(app.errors).toEqual([]);
  }, 120_000);

  it('comes back from the header’s help, is skipped with its button, and “Voorbeeld herstellen” asks before it undoes a change', async () => {
    // launch() skips the first-start tour, as every other browser test relies on.
    mkdirSync(DIR, { recursive: true });
    app = await AppPage.launch();
    expect(await app.tour().count()).toBe(0);
    const help = app.button(/^Help/);
    await help.click();
    expect(await help.getAttribute('aria-expanded')).toBe('true');
    const findings = (await app.axe(['serious', 'critical'])).map((f) => `help menu: ${f}`);
    await app.page.screenshot({ path: `${DIR}/help-menu-nl-1366x768.png` });
    // Esc closes the list and gives focus back to its button.
    await app.page.keyboard.press('Escape');
    await expect.poll(() => help.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => help.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.press('Enter');
    await app.button('Rondleiding').click();
    await app.tour().waitFor();
    await selected(app, 'map').waitFor();
    await app.tour().getByRole('button', { name: 'Overslaan' }).click();
    await app.tour().waitFor({ state: 'hidden' });
    await selected(app, 'goals').waitFor();
    // Focus goes back to where the tour was started from.
    await expect
      .poll(() => app!.page.evaluate(() => document.activeElement?.getAttribute('aria-expanded')))
      .toBe('false');

    await app.addGoal('Eigen doel in het voorbeeld');
    await app.tab(/^Doelen \(110\)/).waitFor();
    await help.click();
    await app.button('Voorbeeld herstellen…').click();
    const confirm = app.page.getByRole('dialog', { name: 'Voorbeeld herstellen?' });
    await confirm.waitFor();
    findings.push(...(await app.axe(['serious', 'critical'])).map((f) => `restore dialog: ${f}`));
    await app.page.screenshot({ path: `${DIR}/restore-nl-1366x768.png` });
    expect(findings).toEqual([]);
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await app.tab(/^Doelen \(110\)/).count()).toBe(1);

    await help.click();
    await app.button('Voorbeeld herstellen…').click();
    await confirm.getByRole('button', { name: 'Herstellen' }).click();
    await app.tab(/^Doelen \(109\)/).waitFor();
    expect(await app.goalRow('Eigen doel in het voorbeeld').count()).toBe(0);
    await expect.poll(() => app!.notices().textContent()).toContain('Gemeente Voorbeeld is hersteld');
    // Restoring is like opening a file: no undo step brings the old example back.
    expect(await app.button(/^Ongedaan maken/).isDisabled()).toBe(true);

    await app.reload();
    await app.tab(/^Doelen \(109\)/).waitFor();
    expect(app.errors).toEqual([]);
  }, 120_000);

  for (const locale of ['nl', 'en'] as const) {
    it(`${locale}: every step has no serious or critical axe finding, fits both screens and is screenshotted`, async () => {
      mkdirSync(DIR, { recursive: true });
      app = await AppPage.launch(SIZES[0], { tour: true });
      const tour = app.tour();
      await tour.waitFor();
      if (locale === 'en') {
        // The tour is not modal: the language can change under it.
        await app.page.getByLabel('Taal', { exact: true }).selectOption('en');
        await expect.poll(() => tour.textContent()).toContain('step 1 of 4');
      }
      const next = tour.getByRole('button', { name: locale === 'nl' ? 'Volgende' : 'Next' });
      const back = tour.getByRole('button', { name: locale === 'nl' ? 'Vorige' : 'Back' });
      const findings: string[] = [];
      for (const size of SIZES) {
        await app.page.setViewportSize(size);
        for (let step = 1; step <= 4; step++) {
          await expect.poll(() => tour.textContent()).toMatch(new RegExp(`(stap|step) ${step} (van|of) 4`));
          await app.page.locator('[data-tour-ring]').first().waitFor();
          if (step === 1)
            await app.page.locator('canvas.map-canvas[data-layout="settled"]').waitFor({ timeout: 30_000 });
          await app.page.evaluate(async () => {
            await document.fonts.ready;
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          });
          const box = (await tour.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(size.width);
          expect(box.y + box.height).toBeLessThanOrEqual(size.height);
          const name = `step${step}-${locale}-${size.width}x${size.height}`;
          if (size === SIZES[0]) findings.push(...(await app.axe(['serious', 'critical'])).map((f) => `${name}: ${f}`));
          await app.page.screenshot({ path: `${DIR}/${name}.png` });
          if (step < 4) await next.click();
        }
        // Back to the first step for the next screen size.
        for (let step = 4; step > 1; step--) await back.click();
      }
      expect(findings).toEqual([]);
      expect(app.errors).toEqual([]);
    }, 180_000);
  }
});

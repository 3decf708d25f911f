import { afterEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';

let app: AppPage | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function launch(viewport = { width: 1366, height: 768 }): Promise<AppPage> {
  app = await AppPage.launchSmall(viewport);
  await expect.poll(() => app!.tab(/^Doelen \(24\)/).count()).toBe(1);
  await app.openTab('Analyse');
  return app;
}

/** Runs the optimiser on the example's first draft and waits for the proposal, its curve and its bound. */
async function optimise(a: AppPage) {
  await a.button('Optimaliseren').click();
  const result = a.page.locator('.optimiser-result');
  await result.waitFor({ timeout: 30_000 });
  // The curve follows the proposal (in its own worker, beside the bound); a failure would say so in its place.
  await expect
    .poll(() => result.textContent(), { timeout: 60_000 })
    .toMatch(/Verplaatsingscurve:|De verplaatsingscurve kon niet worden berekend/);
  expect(await result.textContent()).not.toContain('kon niet worden berekend');
  await expect
    .poll(() => result.textContent(), { timeout: 30_000 })
    .toMatch(/hoogstens [\d,]+ % boven de best mogelijke|Bewezen optimaal/);
  return result;
}

/** The cap of the proposal the app has stored in IndexedDB for the open project (null when none is stored). */
function storedCap(a: AppPage): Promise<number | null> {
  return a.page.evaluate(
    () =>
      new Promise<number | null>((resolve, reject) => {
        const open = indexedDB.open('samenhang');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('settings').objectStore('settings').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            const rows = all.result as { key: string; value: { cap?: number | null } | null }[];
            const row = rows.find((r) => r.key.startsWith('proposal:') && r.value);
            resolve(row?.value?.cap ?? null);
          };
        };
      }),
  );
}

describe('the optimiser’s move curve', () => {
  it('takes the 3-move proposal from the curve as a new draft: three goals moved, one undo step', async () => {
    const a = await launch();
    const result = await optimise(a);
    expect(await result.textContent()).toMatch(/Gesplitst gewicht: 32 → \d+/);

    await result.getByText(/^Verplaatsingscurve:/).click();
    const figure = result.locator('figure.move-curve');
    await figure.waitFor();
    // The chart and the same figures as a table, each row a sentence.
    expect(await figure.getByRole('img').count()).toBe(1);
    const row = figure
      .getByRole('row')
      .filter({ hasText: /^3 verplaatsingen halen \d+\s?% van het gesplitste gewicht weg/ });
    expect(await row.count()).toBe(1);
    await row.getByRole('button', { name: 'Bekijk het voorstel met 3 verplaatsingen' }).click();
    expect(await result.getByLabel(/^Hoogstens/).inputValue()).toBe('3');
    await expect.poll(() => result.textContent()).toContain('3 doelen krijgen een andere portefeuillehouder.');

    // Its moves open below the curve, each opening onto the links it joins and splits.
    const moves = result.locator('details[open] .proposal-moves > li');
    await expect.poll(() => moves.count()).toBe(3);
    await moves.first().getByText('Welke verbanden?').click();
    await expect.poll(() => moves.first().locator('details[open] li').count()).toBeGreaterThan(0);

    const figures = () => a.page.getByRole('table').first().textContent();
    const before = await figures();
    await a.button('Overnemen als nieuwe verdeling').click();
    await expect.poll(() => a.tab(/^Verdelingen/).textContent()).toContain('3');
    expect(await a.page.getByRole('heading', { level: 2 }).first().textContent()).toContain('voorstel');
    // Compared with the draft it came from: exactly three goals changed hands.
    await a.page
      .getByRole('combobox', { name: /^Vergelijk met/ })
      .selectOption({ label: 'Vorig college: langs de domeinen' });
    const compare = a.page.locator('section.compare');
    await expect.poll(() => compare.textContent()).toContain('3 doelen hebben een andere portefeuillehouder');
    // Taken over, the proposal is done with.
    expect(await a.page.locator('.optimiser-result').count()).toBe(0);

    await a.page.keyboard.press('Control+z');
    await expect.poll(() => a.tab(/^Verdelingen/).textContent()).toContain('2');
    await expect.poll(figures).toBe(before);
    expect(a.errors).toEqual([]);
  });

  it('keeps the proposal over a change of view and a reload, says when the project has changed, and discards it', async () => {
    const a = await launch();
    const result = await optimise(a);
    await result.getByLabel(/^Hoogstens/).fill('2');
    await expect.poll(() => result.textContent()).toContain('2 doelen krijgen een andere portefeuillehouder.');
    const shown = await result.textContent();

    await a.openTab(/^Doelen/);
    await a.openTab('Analyse');
    expect(await result.textContent()).toBe(shown);

    // The chosen point is stored once typing is quiet (or when the window closes): reload once it is.
    await expect.poll(() => storedCap(a)).toBe(2);
    await a.reload();
    await a.openTab('Analyse');
    await result.waitFor();
    // The same proposal and point, its bound and curve kept; nothing is being computed any more.
    await expect.poll(() => result.textContent()).toBe(shown);
    expect(await result.getByLabel(/^Hoogstens/).inputValue()).toBe('2');
    // The printed report says which draft and settings it was computed from.
    await a.page.emulateMedia({ media: 'print' });
    expect(await result.getByText(/^Berekend voor ‘Vorig college/).isVisible()).toBe(true);
    expect(await result.getByText(/^Gezocht met: .*Hoogstens 2 verplaatsingen\.$/).isVisible()).toBe(true);
    expect(
      await result
        .getByText(/^2 verplaatsingen halen \d+\s?% van het gesplitste gewicht weg: gesplitst gewicht/)
        .isVisible(),
    ).toBe(true);
    expect(await a.button('Voorstel verwerpen').isVisible()).toBe(false);
    await a.page.emulateMedia({ media: 'screen' });

    // An edit makes it a proposal for an older version: shown, said, not applied.
    await a.openTab(/^Verdelingen/);
    await a.page.locator('.assignment-table tbody tr').first().getByRole('checkbox').first().check();
    await a.openTab('Analyse');
    await expect.poll(() => result.textContent()).toContain('Het project is sinds deze berekening gewijzigd');
    expect(await a.button('Overnemen als nieuwe verdeling').isDisabled()).toBe(true);
    expect(await a.button('In deze verdeling overnemen').isDisabled()).toBe(true);

    await a.button('Voorstel verwerpen').click();
    await expect.poll(() => result.count()).toBe(0);
    await a.reload();
    await a.openTab('Analyse');
    await a.button('Optimaliseren').waitFor();
    expect(await a.page.locator('.optimiser-result').count()).toBe(0);
    expect(a.errors).toEqual([]);
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ])
    it(`has no WCAG 2.1 AA findings by axe, and is screenshotted in Dutch and English at ${viewport.width}x${viewport.height}`, async () => {
      const a = await launch(viewport);
      let result = await optimise(a);
      for (const locale of ['nl', 'en']) {
        if (locale === 'en') {
          await a.page.getByLabel('Taal', { exact: true }).selectOption('en');
          result = a.page.locator('.optimiser-result');
        }
        const summary = result.locator('.move-curve-details > summary');
        if (!(await result.locator('.move-curve-details[open]').count())) await summary.click();
        await result.locator('.move-curve-table tbody tr').nth(2).getByRole('button').click();
        await result.locator('.move-curve-details').scrollIntoViewIfNeeded();
        expect(await a.axe(), locale).toEqual([]);
        await a.page.locator('section.optimiser').screenshot({
          path: `test-results/screenshots/analysis/optimiser-curve-${locale}-${viewport.width}x${viewport.height}.png`,
        });
      }
      expect(a.errors).toEqual([]);
    });
});

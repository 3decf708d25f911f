import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { writeProjectFile } from '../../shared/io/projectFile';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../fixtures/subjects/subjectsExample';

let app: AppPage;
beforeEach(async () => {
  app = await AppPage.launchSmall({ width: 1366, height: 900 });
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
    // The proposal shows as soon as the search is done; the bound's sentence follows.
    await expect
      .poll(() => result.textContent(), { timeout: 30_000 })
      .toMatch(/hoogstens [\d,]+ % boven de best mogelijke|Bewezen optimaal/);
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

  it('moves whole subjects by default when the project has subjects, and single goals when asked', async () => {
    // The example with subjects, opened from a project file as a user would, on its published draft.
    const project = { ...subjectsExample(), id: 'proj_onderwerpen', name: 'Voorbeeld met onderwerpen' };
    const text = writeProjectFile(project, { savedAt: '2026-01-01T00:00:00.000Z', appVersion: 'e2e' });
    await app.page.getByRole('button', { name: 'Samenhang' }).click();
    await app.page.getByRole('heading', { name: 'Projecten' }).waitFor();
    await app.chooseFile(() => app.button('Projectbestand openen…').click(), {
      name: 'onderwerpen.samenhang.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => app.page.locator(`option[value="${SUBJECTS_DRAFT_ID}"]`).count()).toBeGreaterThan(0);
    await app.page.getByRole('combobox', { name: /^Verdeling/ }).selectOption(SUBJECTS_DRAFT_ID);
    await app.openTab('Analyse');
    const suggestions = app.page.locator('.suggestions:not(.swap-list)');
    expect(await app.page.getByRole('radio', { name: 'Hele onderwerpen' }).first().isChecked()).toBe(true);
    // Jeugd (one goal) to Visser lowers the split weight 33 → 31; the links behind it open under the suggestion.
    const jeugd = suggestions.locator('li').filter({ hasText: 'Verplaats onderwerp “Jeugd en jeugdhulp” (1 doel)' });
    await jeugd.waitFor();
    expect(await jeugd.textContent()).toContain('naar Wethouder S. Visser');
    await jeugd.getByText('Welke verbanden?').click();
    await expect.poll(() => jeugd.locator('details[open] li').count()).toBeGreaterThan(0);
    await app.page.locator('section[aria-labelledby="sugg-heading"]').screenshot({
      path: 'test-results/screenshots/analysis/suggestions-subjects-nl.png',
    });
    const figures = () => app.page.getByRole('table').first().textContent();
    const before = await figures();
    await jeugd.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(figures).not.toBe(before);
    await app.page.keyboard.press('Control+z');
    await expect.poll(figures).toBe(before);
    // A swap the band does not block: Volksgezondheid for Duurzaamheid (33 → 25, where a single move gains 2), its
    // links open under it, applied as one undo step.
    const swap = app.page.locator('.swap-list li').first();
    expect(await swap.textContent()).toContain(
      'Ruil onderwerp “Volksgezondheid” (1 doel) van Wethouder A. El Amrani met onderwerp “Duurzaamheid en energietransitie” (1 doel) van Wethouder J. Bakker.',
    );
    expect(await swap.textContent()).toContain('−8 gesplitst gewicht (33 → 25;');
    await swap.getByText('Welke verbanden?').click();
    await expect.poll(() => swap.locator('details[open] li').count()).toBeGreaterThan(0);
    await swap.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(figures).not.toBe(before);
    await app.page.keyboard.press('Control+z');
    await expect.poll(figures).toBe(before);
    // Single goals: the same choice for the optimiser below.
    await app.page.getByRole('radio', { name: 'Losse doelen' }).first().check();
    await expect.poll(() => suggestions.textContent()).not.toContain('Verplaats onderwerp');
    expect(await app.page.locator('.optimiser').getByRole('radio', { name: 'Losse doelen' }).isChecked()).toBe(true);
    await app.page.locator('.optimiser').getByRole('radio', { name: 'Hele onderwerpen' }).check();
    // The optimiser hands out whole subjects and lists them with the goals that go along.
    await app.button('Optimaliseren').click();
    const result = app.page.locator('.optimiser-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toMatch(/Gesplitst gewicht: 33 → \d+/);
    expect(await result.textContent()).toMatch(/\d+ onderwerpen? krijg/);
    await result.getByText('Bekijk welke onderwerpen en doelen verplaatsen').click();
    await expect
      .poll(() => result.locator('details[open] li').first().textContent())
      .toMatch(/\(met \d+ doel(en)?\): /);
    await app.page
      .locator('.optimiser')
      .screenshot({ path: 'test-results/screenshots/analysis/optimiser-subjects-nl.png' });
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});

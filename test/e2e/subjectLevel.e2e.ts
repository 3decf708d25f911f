import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../shared/io/projectFile';
import { SUBJECTS_DRAFT_ID, subjectsExample } from '../fixtures/subjects/subjectsExample';
import { AppPage } from './pages/AppPage';
import { MapPage } from './pages/MapPage';
import { MatrixPage } from './pages/MatrixPage';

const DIR = 'test-results/screenshots/subjectLevel';
const KWIJTSCHELDING = 'Minimaregelingen en kwijtschelding';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The example with subjects, opened from a project file as a user would, on the published draft. */
async function launch(viewport = { width: 1366, height: 768 }): Promise<AppPage> {
  const a = await AppPage.launchSmall(viewport);
  app = a;
  await expect.poll(() => a.tab(/^Doelen \(24\)/).count()).toBe(1);
  // Its own id: a file with the stored example's id and date would open the stored example instead.
  const project = { ...subjectsExample(), id: 'proj_onderwerpniveau', name: 'Voorbeeld met onderwerpen' };
  const text = writeProjectFile(project, { savedAt: '2026-01-01T00:00:00.000Z', appVersion: 'e2e' });
  await a.page.getByRole('button', { name: 'Samenhang' }).click();
  await a.page.getByRole('heading', { name: 'Projecten' }).waitFor();
  await a.chooseFile(() => a.button('Projectbestand openen…').click(), {
    name: 'onderwerpen.samenhang.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect.poll(() => a.page.locator(`option[value="${SUBJECTS_DRAFT_ID}"]`).count()).toBeGreaterThan(0);
  await a.page.getByRole('combobox', { name: /^Verdeling/ }).selectOption(SUBJECTS_DRAFT_ID);
  await a.page
    .locator('.example-banner .btn-ghost')
    .click({ timeout: 2000 })
    .catch(() => undefined);
  return a;
}

const level = (a: AppPage, name: 'Onderwerpen' | 'Doelen' | 'Subjects' | 'Goals') =>
  a.page.locator('fieldset.level-switch').getByRole('radio', { name, exact: true });

/** Waits until fonts and two frames are drawn, so a screenshot shows what the user sees. */
async function painted(a: AppPage): Promise<void> {
  await a.page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

describe('working at subject level', () => {
  it('Analyse: split figures by subject pair and the agenda with the shared subject named', async () => {
    const a = await launch({ width: 1366, height: 900 });
    expect(await level(a, 'Onderwerpen').isChecked()).toBe(true);
    await a.openTab('Analyse');
    // The split figures are goal-level sums: 18 of 37 links, weight 33 …
    expect(await a.page.getByRole('table').first().textContent()).toMatch(/Alle verbanden\s*18 van 37\s*33/);
    // … and grouped by subject pair they add up to exactly that.
    const ties = a.page.locator('.split-ties');
    expect(await ties.getAttribute('data-weight')).toBe('33');
    expect(await ties.getAttribute('data-links')).toBe('18');
    expect(await ties.getAttribute('data-ties')).toBe('13');
    expect(await ties.textContent()).toContain(`${KWIJTSCHELDING} (uitzondering op Armoede en schulden)`);
    await ties.getByText(/^Volksgezondheid ↔ Omgevingswet/).click();
    await expect.poll(() => ties.locator('details[open] li').count()).toBe(3);

    // The agenda: the heaviest pair is on it with the shared subject Wonen, which adds its links to the split ones.
    const first = a.page.locator('details.coord-pair[data-pair]').first();
    expect(await first.locator('summary').textContent()).toMatch(
      /Wethouder A\. El Amrani ↔ Wethouder J\. Bakker\s*16 verbanden, gewicht 29\s*gedeeld onderwerp: Wonen/,
    );
    await first.locator('summary').click();
    await expect
      .poll(() => first.locator('.agenda-part').allTextContents())
      .toEqual(['10 gesplitste verbanden, per paar onderwerpen', '8 verbanden van gedeeld onderwerp Wonen']);
    expect(await first.locator('details.tie-pair').count()).toBeGreaterThan(0);
    expect(await a.axe(['serious', 'critical'])).toEqual([]);

    // At goal level the same agenda (report.agenda), without the grouping by subject pair.
    await level(a, 'Doelen').check();
    await expect.poll(() => a.page.locator('.split-ties').count()).toBe(0);
    expect(await a.page.locator('details.coord-pair[data-pair]').first().locator('summary').textContent()).toMatch(
      /gedeeld onderwerp: Wonen/,
    );
    await level(a, 'Onderwerpen').check();
    await a.page.locator('.split-ties').waitFor();
    expect(a.errors).toEqual([]);
  });

  it('Map and matrix show subject nodes; switching to goals and back follows the header', async () => {
    const a = await launch();
    const map = new MapPage(a);
    await map.open();
    expect(await map.canvas().getAttribute('aria-label')).toMatch(
      /^Kaart op onderwerpniveau: 14 onderwerpen en 1 los doel, 24 lijnen met 30 verbanden; “Gepubliceerd \(onderwerpen\)” splitst 13 lijnen met 18 verbanden/,
    );
    const nodes = await map.twinGoals();
    expect(nodes).toHaveLength(15);
    expect(nodes).toContain('Zorg en ondersteuning (Wmo)');
    expect(nodes).toContain(`${KWIJTSCHELDING} (uitzondering op Armoede en schulden)`);
    // A subject's panel: its goals, and each tie opens onto the goal-level links with their rationale.
    await map.selectInTwin('Volksgezondheid');
    expect(await map.panel().locator('.map-panel-goals li').allTextContents()).toEqual([
      'Gezondheidsverschillen tussen wijken verkleinen',
    ]);
    expect(await map.panel().locator('.map-facts-wide').textContent()).toMatch(/^1 doel/);
    const tie = map.panelLinks().filter({ hasText: 'Omgevingswet' }).first();
    expect(await tie.textContent()).toContain('3 verbanden, gewicht 7, gesplitst door deze verdeling');
    await tie.locator('details.map-tie-links summary').click();
    expect(await tie.locator('details.map-tie-links li').count()).toBe(3);
    expect(await map.panel().textContent()).toContain('Onderwerp met zijn doelen');
    expect(await a.axe(['serious', 'critical'])).toEqual([]);

    const matrix = new MatrixPage(a);
    await matrix.open();
    expect(await matrix.grid().getByRole('rowheader').count()).toBe(15);
    // The split links at subject level: 13 ties, each in two squares, 36 goal-level links = 2 × 18.
    expect(await matrix.outsideCells().count()).toBe(26);
    const count = a.page.locator('.matrix-count');
    expect([await count.getAttribute('data-split'), await count.getAttribute('data-outside-links')]).toEqual([
      '18',
      '36',
    ]);
    expect(await matrix.rowHeader(`${KWIJTSCHELDING} \\(uitzondering op Armoede en schulden\\)`).count()).toBe(1);
    expect(await a.axe(['serious', 'critical'])).toEqual([]);

    await level(a, 'Doelen').check();
    await expect.poll(() => matrix.grid().getByRole('rowheader').count()).toBe(25);
    expect(await matrix.outsideCells().count()).toBe(36);
    await map.open();
    await expect.poll(async () => (await map.twinGoals()).length).toBe(25);
    expect(await map.canvas().getAttribute('aria-label')).toMatch(/^Kaart van 25 doelen en 37 verbanden; 18 verbanden/);
    await level(a, 'Onderwerpen').check();
    await map.settled();
    await expect.poll(async () => (await map.twinGoals()).length).toBe(15);
    expect(a.errors).toEqual([]);
  });

  it('is screenshotted in Dutch and English at 1366×768 and 1920×1080: map, matrix and Analyse at subject level', async () => {
    mkdirSync(DIR, { recursive: true });
    const a = await launch();
    // The note that the file was opened, out of the pictures.
    await a
      .notices()
      .getByRole('button')
      .first()
      .click({ timeout: 2000 })
      .catch(() => undefined);
    for (const locale of ['nl', 'en'] as const) {
      if (locale === 'en') {
        await a.page.getByLabel('Taal', { exact: true }).selectOption('en');
        await expect.poll(() => level(a, 'Subjects').isChecked()).toBe(true);
      }
      for (const size of [
        { width: 1366, height: 768 },
        { width: 1920, height: 1080 },
      ]) {
        await a.page.setViewportSize(size);
        const name = (view: string) => `${DIR}/${view}-${locale}-${size.width}x${size.height}.png`;
        const map = new MapPage(a);
        await map.open();
        await a.page.locator('.map-zoom .btn').last().click();
        await painted(a);
        await a.page.screenshot({ path: name('map-all') });
        // A subject selected, so the picture shows its ties lit and the panel with its goals and ties; then the
        // whole map fitted to the screen.
        await map.selectInTwin('Zorg en ondersteuning (Wmo)');
        await a.page.locator('.map-panel h3').waitFor();
        await a.page.locator('.map-zoom .btn').last().click();
        await painted(a);
        await a.page.screenshot({ path: name('map') });
        // Esc on the map clears the selection, so the next pictures start from the whole map.
        await map.canvas().focus();
        await a.page.keyboard.press('Escape');
        await expect.poll(() => a.page.locator('.map-panel h3').textContent()).not.toBe('Zorg en ondersteuning (Wmo)');
        await new MatrixPage(a).open();
        await painted(a);
        await a.page.screenshot({ path: name('matrix') });
        await a.openTab(locale === 'nl' ? 'Analyse' : /^Analys/);
        await a.page.locator('.split-ties').waitFor();
        await painted(a);
        await a.page.locator('#cut-heading').evaluate((el) => el.scrollIntoView());
        await a.page.screenshot({ path: name('analysis') });
        const first = a.page.locator('details.coord-pair[data-pair]').first();
        if ((await first.getAttribute('open')) === null) await first.locator('summary').click();
        await first.locator('.agenda-part').first().waitFor();
        await a.page.locator('#coord-heading').evaluate((el) => el.scrollIntoView());
        await a.page.screenshot({ path: name('agenda') });
      }
    }
    expect(a.errors).toEqual([]);
  }, 180_000);
});

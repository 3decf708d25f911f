import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { AppPage } from './pages/AppPage';
import { writeProjectFile } from '../../shared/io/projectFile';
import { typicalLinksAmong } from '../../shared/catalogue';
import { subjectsExample } from '../fixtures/subjects/subjectsExample';

const DIR = 'test-results/screenshots/subjects';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/**
 * The example with subjects (test/fixtures/subjects) as a project file, with the catalogue's typical links among its
 * subjects taken in as a pasted division would: what a user has after pasting a published division.
 */
function project() {
  const p = subjectsExample();
  const byCatalogue = new Map(p.subjects.map((s) => [s.catalogueId!, s.id]));
  const catalogue = typicalLinksAmong(byCatalogue.keys()).map((t, i) => ({
    id: `link_cat_${i}`,
    source: byCatalogue.get(t.source)!,
    target: byCatalogue.get(t.target)!,
    kind: t.kind,
    strength: t.strength,
    rationale: t.rationale.nl,
    catalogueLinkId: t.id,
  }));
  return { ...p, id: 'project_onderwerpen', name: 'Voorbeeld met onderwerpen', links: [...p.links, ...catalogue] };
}
const PROJECT = project();
/** Sport's own links: the two the fixture draws and the catalogue's. */
const SPORT_LINKS = PROJECT.links.filter((l) => l.source === 'subj_sport' || l.target === 'subj_sport').length;

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Both sizes; with `at`, scrolled so that element is in the middle of the picture (else the top of the page). */
async function shoot(a: AppPage, name: string, at?: Locator): Promise<void> {
  for (const size of SIZES) {
    await a.page.setViewportSize(size);
    const y = at ? await at.evaluate((el) => el.getBoundingClientRect().top + window.scrollY - innerHeight / 3) : 0;
    await a.page.evaluate(async (top) => {
      window.scrollTo(0, top);
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, y);
    await a.page.screenshot({ path: `${DIR}/${name}-${size.width}x${size.height}.png` });
  }
  await a.page.setViewportSize(SIZES[0]);
}

describe('subjects and catalogue links, edited per project', () => {
  it('shows, adds, edits and deletes subjects; marks catalogue links; weakens, removes and draws links', async () => {
    mkdirSync(DIR, { recursive: true });
    app = await AppPage.launchSmall(SIZES[0]);
    const page = app.page;
    await expect.poll(() => app!.tab(/^Doelen \(24\)/).count()).toBe(1);
    await page.getByRole('button', { name: 'Samenhang' }).click();
    await app.chooseFile(() => app!.button('Projectbestand openen…').click(), {
      name: 'onderwerpen.samenhang.json',
      mimeType: 'application/json',
      buffer: Buffer.from(writeProjectFile(PROJECT, { savedAt: PROJECT.updatedAt, appVersion: 'e2e' })),
    });
    await expect.poll(() => app!.tab(/^Onderwerpen \(14\)/).count()).toBe(1);
    await app.notices().getByRole('button', { name: 'Melding sluiten' }).click();
    await page.locator('.draft-picker select').first().selectOption({ label: 'Gepubliceerd (onderwerpen)' });
    await app.openTab(/^Onderwerpen/);

    const row = (name: string) =>
      page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`(^|: )${name}`) }) });
    // Wonen is shared (fysiek leads); every subject stands for a catalogue subject; sport has no goals.
    await expect.poll(() => row('Wonen').innerText()).toMatch(/Wethouder .*\(trekker\).*gedeeld/s);
    expect(await row('Wonen').innerText()).toMatch(/catalogus/);
    expect(await row('Sport en bewegen').locator('td.num').innerText()).toBe('0');
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await shoot(app, 'subjects-nl');

    // Add a subject, put a goal under it through the goal form.
    await app.button('Onderwerp toevoegen').click();
    await app.dialog().getByLabel('Onderwerp', { exact: true }).fill('Cultuur en erfgoed');
    // Taakvelden are picked: a code typed and Enter, twice.
    const taakvelden = app.dialog().getByRole('combobox', { name: 'Taakvelden' });
    for (const code of ['5.3', '5.4']) {
      await taakvelden.fill(code);
      await taakvelden.press('Enter');
    }
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await app.dialog().getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => app!.tab(/^Onderwerpen \(15\)/).count()).toBe(1);
    await app.openTab(/^Doelen/);
    await page.getByRole('button', { name: 'Meer inwoners uit de bijstand aan het werk bewerken' }).click();
    await app.dialog().getByLabel('Onderwerp', { exact: true }).selectOption({ label: 'Cultuur en erfgoed' });
    await app.dialog().getByRole('button', { name: 'Opslaan' }).click();
    await app.dialog().waitFor({ state: 'hidden' });
    await app.openTab(/^Onderwerpen/);
    await expect.poll(() => row('Cultuur en erfgoed').locator('td.num').innerText()).toBe('1');
    expect(await row('Werk en inkomen').locator('td.num').innerText()).toBe('1');

    // A row selects its subject.
    await row('Wonen').locator('th').click();
    await expect.poll(() => row('Wonen').getAttribute('class')).toBe('row-selected');

    // Deleting asks first and counts the links that go; undo brings the subject and its links back.
    await app.button('Sport en bewegen verwijderen').click();
    expect(SPORT_LINKS).toBeGreaterThan(2);
    expect(await app.dialog().innerText()).toContain(
      `${SPORT_LINKS} verbanden van dit onderwerp zelf worden verwijderd`,
    );
    await app.dialog().getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => app!.tab(/^Onderwerpen \(14\)/).count()).toBe(1);
    const links = await app.tab(/^Verbanden/).innerText();
    await page.keyboard.press('Control+z');
    await expect.poll(() => app!.tab(/^Onderwerpen \(15\)/).count()).toBe(1);
    expect(await app.tab(/^Verbanden/).innerText()).not.toBe(links);

    // Links: the catalogue's are marked and open onto their source; weaken one, remove another, draw one.
    await app.openTab(/^Verbanden/);
    const catalogue = page.locator('details.link-catalogue');
    const taken = await catalogue.count();
    expect(taken).toBeGreaterThan(3);
    await catalogue.first().locator('summary').click();
    expect(await catalogue.first().innerText()).toMatch(/Bron: .+ \(.+\), https?:\/\//);
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await shoot(app, 'links-nl', catalogue.first());

    const firstCatalogueRow = catalogue.first().locator('xpath=ancestor::tr');
    await firstCatalogueRow.getByRole('button', { name: /bewerken$/ }).click();
    expect(await app.dialog().innerText()).toMatch(/blijft gemarkeerd als catalogusverband/);
    await app.dialog().getByLabel('Sterkte').selectOption('1');
    await app.dialog().getByRole('button', { name: 'Opslaan' }).click();
    await app.dialog().waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByText('Catalogus, aangepast').count()).toBe(1);

    const lastCatalogueRow = catalogue.last().locator('xpath=ancestor::tr');
    await lastCatalogueRow.getByRole('button', { name: /verwijderen$/ }).click();
    await expect.poll(() => catalogue.count()).toBe(taken - 1);

    await app.button('Verband toevoegen').click();
    await app.dialog().getByLabel('Van (doel of onderwerp)').selectOption({ label: 'Cultuur en erfgoed' });
    await app.dialog().getByLabel('Naar (doel of onderwerp)').selectOption({ label: 'Sport en bewegen' });
    await app.dialog().getByRole('button', { name: 'Opslaan' }).click();
    await app.dialog().waitFor({ state: 'hidden' });
    const drawn = page.getByRole('row').filter({ hasText: 'Cultuur en erfgoed' });
    await expect.poll(() => drawn.innerText()).toMatch(/onderwerp.*Sport en bewegen.*Eigen/s);

    // The same in English.
    await page.getByLabel('Taal', { exact: true }).selectOption('en');
    await app.openTab(/^Subjects/);
    await expect.poll(() => row('Wonen').innerText()).toMatch(/\(lead\).*shared/s);
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await shoot(app, 'subjects-en');
    await app.openTab(/^Links/);
    await page.locator('details.link-catalogue').first().locator('summary').click();
    expect(await app.axe(['serious', 'critical'])).toEqual([]);
    await shoot(app, 'links-en', page.locator('details.link-catalogue').first());
    expect(app.errors).toEqual([]);
  }, 180_000);
});

import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { smallExample } from '../fixtures/smallExample';
import { buildCompactGraph, divisionParts } from '../../shared/analysis/compactGraph';
import { coherenceReport } from '../../shared/analysis/coherenceReport';
import { strongestLinksFirst } from '../../shared/analysis/divisionFigures';
import { suggestArrangements } from '../../shared/coalition/suggestArrangements';
import { pairCoverage } from '../../renderer/views/analysis/coverageModel';

/**
 * Issue 20 in the Analyse view, as a wethouder's advisor would use it on the built-in example (its first draft,
 * split weight 32, nothing covered): take the first "Of een afspraak" proposal and see the uncovered weight drop
 * by what it promised and the agenda mark the pair covered; mark a split link deliberate with a reason and see it
 * leave the uncovered list (the problems) for the deliberate splits; undo each. Expected figures are worked out
 * here from the same example with the shared functions the app uses, never copied from the screen.
 */
const DIR = 'test-results/screenshots/coalitionAnalysis';

const example = smallExample();
const draft = example.divisions[0]!;
const graph = buildCompactGraph(example);
const before = coherenceReport(example, draft.id, graph);
const [proposal] = suggestArrangements(graph, divisionParts(graph, draft), draft, before.coverage, 4);
const holderName = (id: string) => example.portfolios.find((p) => p.id === id)!.holder;

/** The draft with the first proposal added: which agenda pairs it covers in full (the app must mark these). */
function coveredPairs(): string[] {
  const arrangement = {
    id: 'arr_e2e',
    name: 'x',
    kind: 'coordinating' as const,
    leadId: proposal!.leadId,
    holderIds: proposal!.holderIds,
    subjectIds: proposal!.subjectIds,
    goalIds: proposal!.goalIds,
    note: '',
  };
  const p = { ...example, divisions: [{ ...draft, arrangements: [arrangement] }, ...example.divisions.slice(1)] };
  const after = coherenceReport(p, draft.id, graph);
  return after.agenda
    .filter((a) => pairCoverage(a).state === 'covered')
    .map((a) => `${holderName(a.a)} ↔ ${holderName(a.b)}`);
}

/** The first link of the uncovered list (strongest first) and the report once it is marked deliberate. */
const firstUncovered = strongestLinksFirst(
  before,
  before.coverage.uncovered.links,
  new Map(example.links.map((l) => [l.id, l])),
)[0]!;
const goalTitle = (id: string) => example.goals.find((g) => g.id === id)!.title;
const marked = coherenceReport(
  {
    ...example,
    divisions: [
      { ...draft, deliberate: [{ id: 's', a: firstUncovered.source, b: firstUncovered.target, reason: 'r' }] },
      ...example.divisions.slice(1),
    ],
  },
  draft.id,
  graph,
);

let app: AppPage;
beforeEach(async () => {
  app = await AppPage.launchSmall({ width: 1366, height: 900 });
  await expect.poll(() => app.tab(/^Doelen \(24\)/).count()).toBe(1);
  await app.openTab('Analyse');
});
afterEach(async () => {
  await app.close();
});

const headline = () => app.page.locator('.coverage-headline');
const uncovered = async () => Number(await headline().getAttribute('data-uncovered'));
const deliberateWeight = async () => Number(await headline().getAttribute('data-deliberate'));

describe('coalition practice in the Analyse view', () => {
  it('adds a coördinerend wethouder from a suggestion: the uncovered weight drops, the agenda marks the pair', async () => {
    expect(proposal).toBeDefined();
    expect(before.coverage.uncovered.weight).toBe(before.cut.cut);
    await expect.poll(uncovered).toBe(before.cut.cut);
    expect(await headline().textContent()).toContain(`niet gedekt ${before.cut.cut} (100%)`);
    const pairs = coveredPairs();
    expect(pairs.length).toBeGreaterThan(0);

    const item = app.page.locator('.arrangement-proposals li').first();
    expect(await item.textContent()).toContain(`Maak ${holderName(proposal!.leadId)} coördinerend voor`);
    await item.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expect.poll(uncovered).toBeCloseTo(before.cut.cut - proposal!.weight, 6);
    expect(await headline().getAttribute('data-covered')).toBe(String(proposal!.weight));
    // The agenda: each pair the arrangement covers in full says so and names it.
    for (const pair of pairs) {
      const row = app.page.locator('details.coord-pair').filter({ hasText: pair });
      await expect.poll(() => row.locator('[data-cover="covered"]').count()).toBe(1);
      expect(await row.locator('summary').textContent()).toContain('gedekt door Coördinatie');
    }
    // Traceable: the arrangement's own line opens onto the links it covers.
    const line = app.page.locator('details.covered-links').first();
    await line.locator('summary').click();
    await expect.poll(() => line.locator('li').count()).toBe(proposal!.count);

    await app.page.keyboard.press('Control+z');
    await expect.poll(uncovered).toBe(before.cut.cut);
    expect(await app.page.locator('[data-cover="covered"]').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('marks a split link deliberate with a reason: it leaves the uncovered list for the deliberate splits', async () => {
    const list = app.page.locator('details.uncovered-links');
    await list.locator('summary').click();
    await expect.poll(() => list.locator('li').count()).toBe(before.coverage.uncovered.count);
    const first = list.locator('li').first();
    expect(await first.textContent()).toContain(goalTitle(firstUncovered.source));
    expect(await first.textContent()).toContain(goalTitle(firstUncovered.target));
    await first.getByRole('button', { name: /^Markeer als bewuste splitsing…/ }).click();
    const dialog = app.dialog();
    await dialog.waitFor();
    // The reason is required: without it nothing is marked.
    await dialog.getByRole('button', { name: 'Markeren' }).click();
    await expect.poll(() => dialog.getByText('Vul een reden in.').count()).toBe(1);
    await dialog.getByLabel('Reden (verplicht)').fill('Armoede krijgt een eigen wethouder');
    await dialog.getByRole('button', { name: 'Markeren' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const w = marked.coverage.deliberate.weight;
    expect(w).toBeGreaterThan(0);
    await expect.poll(deliberateWeight).toBe(w);
    expect(await uncovered()).toBe(marked.coverage.uncovered.weight);
    // Gone from the problems (the uncovered list), present among the deliberate splits with its reason; the
    // warnings are those of the report with the split deliberate.
    await expect.poll(() => list.locator('li').count()).toBe(marked.coverage.uncovered.count);
    const section = app.page.locator('section.deliberate-list');
    expect(await section.textContent()).toContain('Reden: Armoede krijgt een eigen wethouder');
    expect(await section.textContent()).toContain(goalTitle(firstUncovered.source));
    expect(await app.page.locator('.warnings > li').count()).toBe(marked.warnings.length);

    await app.page.keyboard.press('Control+z');
    await expect.poll(deliberateWeight).toBe(0);
    await expect.poll(() => list.locator('li').count()).toBe(before.coverage.uncovered.count);
    expect(await section.textContent()).toContain('Nog geen bewuste splitsingen');

    // Redo, then take the mark away from the list of deliberate splits; undo brings it back.
    await app.page.keyboard.press('Control+y');
    await expect.poll(deliberateWeight).toBe(w);
    await section.getByRole('button', { name: /^Niet meer bewust/ }).click();
    await expect.poll(deliberateWeight).toBe(0);
    await app.page.keyboard.press('Control+z');
    await expect.poll(deliberateWeight).toBe(w);
    expect(app.errors).toEqual([]);
  });

  it('offers the optimiser a party band once the example’s parties have seats', async () => {
    const band = app.page.locator('fieldset.party-band');
    const points = band.getByLabel(/^Binnen ±/);
    expect(await points.isDisabled()).toBe(true);
    await band.getByLabel('Houd partijen binnen hun zetelaandeel').check();
    expect(await points.isEnabled()).toBe(true);
    await points.fill('15');
    await band.getByLabel('gemeten naar').selectOption('budget');
    expect(await band.textContent()).toContain('aandeel in de zetels van de coalitie');
    expect(app.errors).toEqual([]);
  });

  for (const locale of ['nl', 'en'] as const) {
    it(`${locale}: screenshots of Analyse and the map with an arrangement and a deliberate split`, async () => {
      mkdirSync(DIR, { recursive: true });
      await app.page.locator('.arrangement-proposals li').first().getByRole('button').click();
      await expect.poll(uncovered).toBeLessThan(before.cut.cut);
      const list = app.page.locator('details.uncovered-links');
      await list.locator('summary').click();
      await list.locator('li').first().getByRole('button').click();
      await app.dialog().getByLabel('Reden (verplicht)').fill('Armoede krijgt een eigen wethouder');
      await app.dialog().getByRole('button', { name: 'Markeren' }).click();
      await expect.poll(deliberateWeight).toBeGreaterThan(0);
      if (locale === 'en') {
        await app.page.getByLabel('Taal', { exact: true }).selectOption('en');
        await expect.poll(() => app.tab(/^Goals \(24\)/).count()).toBe(1);
      }
      for (const size of [
        { width: 1366, height: 768 },
        { width: 1920, height: 1080 },
      ]) {
        await app.page.setViewportSize(size);
        await app.openTab(locale === 'nl' ? 'Analyse' : 'Analysis');
        await app.page.locator('details.coord-pair').first().locator('summary').click();
        await app.page.locator('#cut-heading').evaluate((el) => el.scrollIntoView());
        await app.page.screenshot({ path: `${DIR}/analysis-${locale}-${size.width}x${size.height}.png` });
        await app.page.locator('#coord-heading').evaluate((el) => el.scrollIntoView());
        await app.page.screenshot({ path: `${DIR}/agenda-${locale}-${size.width}x${size.height}.png` });
        await app.page.locator('#sugg-heading').evaluate((el) => el.scrollIntoView());
        await app.page.screenshot({ path: `${DIR}/suggestions-${locale}-${size.width}x${size.height}.png` });
        await app.page.locator('#deliberate-heading').evaluate((el) => el.scrollIntoView());
        await app.page.screenshot({ path: `${DIR}/deliberate-${locale}-${size.width}x${size.height}.png` });
        await app.openTab(locale === 'nl' ? /^Kaart/ : /^Map/);
        await app.page.locator('canvas.map-canvas[data-layout="settled"]').waitFor({ timeout: 30_000 });
        await app.page.evaluate(async () => {
          await document.fonts.ready;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        });
        await app.page.screenshot({ path: `${DIR}/map-${locale}-${size.width}x${size.height}.png` });
      }
      expect(await app.axe(['serious', 'critical'])).toEqual([]);
      expect(app.errors).toEqual([]);
    }, 120_000);
  }
});

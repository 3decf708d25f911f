import { afterEach, describe, expect, it } from 'vitest';
import { smallExample } from '../fixtures/smallExample';
import { coherenceReport } from '../../shared/analysis/coherenceReport';
import { linkIdsInProjectOrder } from '../../shared/analysis/divisionFigures';
import { AppPage } from './pages/AppPage';
import { BoardPage } from './pages/BoardPage';
import { WorkshopPage } from './pages/WorkshopPage';

const example = smallExample();
const report = coherenceReport(example, 'div_klassiek');
const holder = (id: string) => example.portfolios.find((p) => p.id === id)!.holder;
const linkById = new Map(example.links.map((l) => [l.id, l]));
const WERK = 'Meer inwoners uit de bijstand aan het werk';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function launch(viewport = { width: 1920, height: 1080 }): Promise<WorkshopPage> {
  app = await AppPage.launchSmall(viewport);
  await expect.poll(() => app!.tab(/^Doelen \(24\)/).count()).toBe(1);
  return new WorkshopPage(app);
}

/** The coordination agenda as the Analyse tab lists it for the chosen draft: "A ↔ B" per pair, in its order. */
async function agendaInAnalyse(w: WorkshopPage): Promise<string[]> {
  await app!.openTab(/^(Analyse|Analysis)$/);
  return w.page.locator('details.coord-pair > summary > strong').allTextContents();
}

describe('workshop mode', () => {
  it('walks the coordination agenda with PageDown and PageUp, lighting up each pair’s split links on the map', async () => {
    const w = await launch();
    const agenda = await agendaInAnalyse(w);
    expect(agenda.length).toBe(report.coordination.length);
    await w.enter();

    // Only the map, the board and the figures: no app header, no tabs, the figures strip in the bar.
    expect(await w.page.locator('header.app-header').count()).toBe(0);
    expect(await w.page.getByRole('tab').count()).toBe(0);
    expect(await w.views()).toEqual(['Kaart', 'Bord']);
    expect(await w.bar().locator('.figures-strip').count()).toBe(1);
    expect(await w.splitWeight()).toBe('32');
    expect(await w.lockState()).toContain('Vergrendeld');
    expect(await w.highlightedOnMap()).toBeNull();

    // The clicker's first PageDown starts the walk: what the draft splits as a whole.
    await w.press('PageDown');
    await expect.poll(() => w.stepText()).toBe(`Stap 1 van ${agenda.length + 1}`);
    expect(await w.pair()).toBeNull();
    expect(await w.highlightedOnMap()).toBe(String(report.cut.cutCount));

    // Then pair by pair, in the order of the agenda in Analyse, each with its split links and their reasons.
    const pairs = agenda.map((name) => report.coordination.find((p) => `${holder(p.a)} ↔ ${holder(p.b)}` === name)!);
    for (const [i, name] of agenda.entries()) {
      await w.press('PageDown');
      await expect.poll(() => w.stepText()).toBe(`Stap ${i + 2} van ${agenda.length + 1}`);
      expect(await w.pair()).toBe(name);
      const pair = pairs[i]!;
      expect(await w.links().count()).toBe(pair.count);
      await expect.poll(() => w.highlightedOnMap()).toBe(String(pair.count));
      const listed = (await w.links().allTextContents()).join('\n');
      for (const id of linkIdsInProjectOrder(report, pair.links)) {
        const link = linkById.get(id)!;
        if (link.rationale) expect(listed).toContain(link.rationale);
      }
    }
    // The end of the agenda is the end: another press stays there.
    await w.press('PageDown');
    expect(await w.stepText()).toBe(`Stap ${agenda.length + 1} van ${agenda.length + 1}`);

    // PageUp, and a clicker's arrow key, go back.
    await w.press('PageUp');
    await expect.poll(() => w.pair()).toBe(agenda.at(-2));
    await w.press('ArrowLeft');
    await expect.poll(() => w.pair()).toBe(agenda.at(-3));
    // On the map the arrow keys keep their own meaning (the neighbour walk); the walk stays where it is.
    await w.page.locator('canvas.map-canvas').focus();
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.locator('.map-canvas-wrap [aria-live="polite"]').textContent()).not.toBe('');
    expect(await w.pair()).toBe(agenda.at(-3));

    // On the board the pair's two columns are framed and say so.
    await w.show(/^Bord$/);
    await w.page.locator('.board').waitFor();
    const [a, b] = agenda.at(-3)!.split(' ↔ ');
    expect(await w.framedColumns()).toEqual([a, b].sort());

    expect(await app!.axe()).toEqual([]);
    expect(app!.errors).toEqual([]);
  });

  it('refuses an edit while locked, saying why; unlocked it edits, and Esc leaves', async () => {
    const w = await launch({ width: 1366, height: 768 });
    await w.enter();
    await w.show(/^Bord$/);
    const board = new BoardPage(app!);
    await w.page.locator('.board').waitFor();
    expect(await board.holderOf(WERK)).toContain('El Amrani');

    // Locked: a keyboard move of a card changes nothing, and the room reads why.
    await board.moveByKeyboard(WERK, 1);
    await expect.poll(() => app!.notices().textContent()).toContain('De workshop is vergrendeld');
    expect(await board.holderOf(WERK)).toContain('El Amrani');
    expect(await w.splitWeight()).toBe('32');
    expect(await app!.axe()).toEqual([]);

    // The facilitator unlocks (Ctrl+Shift+U): the same move now happens, and the figures follow.
    await w.press('Control+Shift+U');
    await expect.poll(() => w.lockState()).toContain('Ontgrendeld');
    await board.moveByKeyboard(WERK, 1);
    await expect.poll(() => board.holderOf(WERK)).toContain('Bakker');
    const moved = await w.splitWeight();
    expect(moved).not.toBe('32');

    // Locked again, undo is refused too; unlocked, it undoes.
    await w.press('Control+Shift+U');
    await expect.poll(() => w.lockState()).toContain('Vergrendeld');
    await w.press('Control+z');
    await w.page.waitForTimeout(200);
    expect(await board.holderOf(WERK)).toContain('Bakker');
    expect(await w.splitWeight()).toBe(moved);
    await w
      .bar()
      .getByRole('button', { name: /^Ontgrendelen/ })
      .click();
    await w.press('Control+z');
    await expect.poll(() => board.holderOf(WERK)).toContain('El Amrani');
    expect(await w.splitWeight()).toBe('32');

    // Esc leaves: the app's header and tabs are back.
    await w.press('Escape');
    await w.screen().waitFor({ state: 'detached' });
    await w.page.locator('header.app-header').waitFor();
    expect(await w.page.getByRole('tab').count()).toBeGreaterThan(2);
    expect(app!.errors).toEqual([]);
  });

  // Every workshop screen a room sees, in both languages, at projector sizes and the laptop's (two languages, three
  // screens and axe each: longer than a test's usual minute on a busy machine).
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
  ])
    it(`is screenshotted in Dutch and English at ${viewport.width}×${viewport.height}`, async () => {
      const w = await launch(viewport);
      for (const locale of ['nl', 'en']) {
        if (locale === 'en') await w.page.getByLabel('Taal', { exact: true }).selectOption('en');
        await w.enter();
        const size = `${viewport.width}x${viewport.height}`;
        await w.screenshot(`workshop-${locale}-${size}-map`);
        await w.press('PageDown');
        await w.press('PageDown');
        await expect.poll(() => w.highlightedOnMap()).toBe(String(await w.links().count()));
        // The map zooms to the pair two frames after the walk panel has taken its place.
        await w.page.waitForTimeout(300);
        await w.screenshot(`workshop-${locale}-${size}-walk`);
        await w.show(/^(Bord|Board)$/);
        await w.page.locator('.board').waitFor();
        await w.screenshot(`workshop-${locale}-${size}-board-walk`);
        expect(await app!.axe(), `${locale} ${size}`).toEqual([]);
        await w.press('Escape');
        await w.screen().waitFor({ state: 'detached' });
      }
      expect(app!.errors).toEqual([]);
    }, 150_000);
});

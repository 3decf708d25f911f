import { afterEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { BoardPage } from './pages/BoardPage';

const WERK = 'Meer inwoners uit de bijstand aan het werk';
const THREE = [
  'Minder huishoudens in armoede',
  'Schulden vroeg signaleren en aanpakken',
  'Eenzaamheid onder ouderen terugdringen',
];

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function launch(viewport = { width: 1366, height: 900 }): Promise<BoardPage> {
  app = await AppPage.launchSmall(viewport);
  await expect.poll(() => app!.tab(/^Doelen \(24\)/).count()).toBe(1);
  const board = new BoardPage(app);
  await board.open();
  return board;
}

describe('portfolio board', () => {
  it('moves a goal by mouse: the split figure becomes the report’s, and undo restores it', async () => {
    const b = await launch();
    const before = await b.splitWeight();
    expect(before).toBe('32');
    expect(await b.holderOf(WERK)).toContain('El Amrani');
    await b.dragByMouse(WERK, 'Wethouder J. Bakker');
    expect(await b.holderOf(WERK)).toContain('Bakker');
    const after = await b.splitWeight();
    expect(after).not.toBe(before);
    expect(await b.reportedSplitWeight()).toBe(after);
    await b.page.keyboard.press('Control+z');
    await expect.poll(() => b.splitWeight()).toBe(before);
    expect(await b.holderOf(WERK)).toContain('El Amrani');
    expect(await b.reportedSplitWeight()).toBe(before);

    // The drop is said where the eye is, with a way back: the notice's own undo button.
    await b.dragByMouse(WERK, 'Wethouder J. Bakker');
    const notice = b.page.locator('.notice').filter({ hasText: 'naar Wethouder J. Bakker verplaatst' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`Gesplitst gewicht nu ${after}`);
    expect(await notice.getAttribute('role')).toBeNull();
    await notice.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => b.splitWeight()).toBe(before);
    expect(await b.holderOf(WERK)).toContain('El Amrani');
    expect(await notice.count()).toBe(0);
    expect(app!.errors).toEqual([]);
  });

  it('moves a goal by keyboard (Space, →, Space) with announcements; Esc cancels and makes no undo step', async () => {
    const b = await launch();
    const before = await b.splitWeight();
    await b.moveByKeyboard(WERK, 1, 'Escape');
    expect(await b.holderOf(WERK)).toContain('El Amrani');
    expect(await b.announcement()).toMatch(/geannuleerd/);
    expect(await app!.button(/^Ongedaan maken$/).isDisabled()).toBe(true);

    await b.moveByKeyboard(WERK, 1);
    expect(await b.holderOf(WERK)).toContain('Bakker');
    // Focus moves with the card to its new column, so the next key acts on it.
    await expect.poll(() => b.handle(WERK).evaluate((el) => el === document.activeElement)).toBe(true);
    const after = await b.splitWeight();
    expect(await b.announcement()).toContain(`Gesplitst gewicht nu ${after}`);
    expect(await b.reportedSplitWeight()).toBe(after);
    await b.page.keyboard.press('Control+z');
    await expect.poll(() => b.splitWeight()).toBe(before);
    expect(await b.holderOf(WERK)).toContain('El Amrani');
  });

  it('moves three selected goals together as one undo step', async () => {
    const b = await launch();
    const before = await b.splitWeight();
    await b.handle(THREE[0]!).click();
    await b.handle(THREE[1]!).click({ modifiers: ['Control'] });
    await b.handle(THREE[2]!).click({ modifiers: ['Control'] });
    await expect.poll(() => b.page.locator('li.card[data-selected="true"]').count()).toBe(3);
    await b.dragByMouse(THREE[0]!, 'Wethouder S. Visser');
    for (const title of THREE) expect(await b.holderOf(title)).toContain('Visser');
    expect(await b.reportedSplitWeight()).toBe(await b.splitWeight());
    await b.page.keyboard.press('Control+z');
    for (const title of THREE) await expect.poll(() => b.holderOf(title)).toContain('El Amrani');
    expect(await b.splitWeight()).toBe(before);
    // One step: nothing is left to undo.
    expect(await app!.button(/^Ongedaan maken$/).isDisabled()).toBe(true);
  });

  it('shows the selection of every view, locks a goal from its card, and marks goals moved against a compare draft', async () => {
    const b = await launch();
    await b.handle(WERK).click();
    await app!.openTab(/^Doelen/);
    await b.open();
    expect(await b.card(WERK).getAttribute('data-selected')).toBe('true');

    await b
      .card(WERK)
      .getByRole('button', { name: /vastzetten/ })
      .click();
    expect(await b.card(WERK).getAttribute('data-locked')).toBe('true');
    await b.page.keyboard.press('Control+z');
    await expect.poll(() => b.card(WERK).getAttribute('data-locked')).toBe(null);

    await b.page.getByLabel('Vergelijk met').selectOption('div_samenhang');
    await expect.poll(() => b.page.locator('.figures-strip tbody tr').count()).toBe(2);
    const moved = await b.page.locator('li.card[data-moved="true"]').count();
    expect(moved).toBeGreaterThan(0);
    await app!.openTab(/^(Analyse)$/);
    expect(await b.page.getByText(/doelen hebben een andere portefeuillehouder/).textContent()).toContain(
      String(moved),
    );
  });

  // One test per size: run beside boardSubjects.e2e.ts on two cores, both sizes in one test neared the time limit.
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ])
    it(`has no WCAG 2.1 AA findings by axe, and is screenshotted in Dutch and English at ${viewport.width}x${viewport.height}`, async () => {
      const b = await launch(viewport);
      // The example banner is read once; the board is what these pictures are for.
      await app!.button(/^(Melding sluiten|Dismiss)$/).click();
      for (const locale of ['nl', 'en']) {
        if (locale === 'en') await b.page.getByLabel('Taal', { exact: true }).selectOption('en');
        await b.open();
        expect(await app!.axe(), locale).toEqual([]);
        await b.screenshot(`board-${locale}-${viewport.width}x${viewport.height}`);
      }
      // Mid-drag: every column says what a drop there would do, in words.
      await b.holdOver(WERK, 'Wethouder J. Bakker');
      expect(await b.page.locator('.drop-preview').count()).toBe(5);
      expect(await app!.axe(), 'dragging').toEqual([]);
      await b.screenshot(`board-en-${viewport.width}x${viewport.height}-dragging`);
      await b.page.keyboard.press('Escape');
      await b.page.mouse.up();
      await expect.poll(() => b.holderOf(WERK)).toContain('El Amrani');
      expect(app!.errors).toEqual([]);
    });
});

import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import type { AppPage } from './AppPage';

/** Page model of the Bord tab: holder columns, goal cards, the figures strip above them. */
export class BoardPage {
  constructor(readonly app: AppPage) {}

  get page() {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.app.openTab(/^(Bord|Board)$/);
    await this.page.locator('.board').waitFor();
  }

  /** A holder's column (or the tray), found by the name in its heading. */
  column(name: string) {
    return this.page.locator('section.board-col').filter({ has: this.page.getByRole('heading', { name }) });
  }

  card(title: string | Locator) {
    return typeof title === 'string' ? this.page.locator('li.card').filter({ hasText: title }) : title;
  }

  /** A subject's card (subject level), found by its exact name; not the references in co-holders' columns. */
  subject(name: string) {
    return this.page
      .locator('li.card[data-kind="subject"]')
      .filter({ has: this.page.locator(':scope > .card-handle .card-title').getByText(name, { exact: true }) });
  }

  /** A shared subject's reference in a co-holder's column. */
  reference(name: string) {
    return this.page
      .locator('li.card-ref')
      .filter({ has: this.page.locator('.card-title').getByText(name, { exact: true }) });
  }

  handle(title: string | Locator) {
    // A subject card holds its goals' cards when unfolded: its own handle comes first.
    return this.card(title).locator('.card-handle').first();
  }

  /** The heading of the column a card sits in (holder name and goal count). */
  async holderOf(title: string | Locator): Promise<string> {
    return this.card(title).evaluate(
      (el) => el.closest('section.board-col')?.querySelector('h3')?.firstChild?.textContent ?? '',
    );
  }

  /** "Gesplitst gewicht" of the chosen draft, as the figures strip shows it. */
  splitWeight() {
    return this.page
      .locator('.figures-strip tbody tr')
      .first()
      .locator('td')
      .first()
      .locator('.fig-value')
      .textContent();
  }

  /** The split weight the Analyse tab reports for the chosen draft (row "Alle verbanden", column weight). */
  async reportedSplitWeight(): Promise<string> {
    await this.app.openTab(/^(Analyse|Analysis)$/);
    const cell = this.page.getByRole('table').first().locator('tbody tr').first().locator('td').nth(1);
    const text = (await cell.textContent()) ?? '';
    await this.open();
    return text;
  }

  /** Mouse: press on the card, travel in steps over the column, release. */
  async dragByMouse(title: string | Locator, holder: string): Promise<void> {
    await this.holdOver(title, holder);
    await this.page.mouse.up();
  }

  /** Mouse: press on the card and hold it over the column (the drag stays open). */
  async holdOver(title: string | Locator, holder: string): Promise<void> {
    // A card low in a long column may be below the window: bring it in first, as a user would scroll to it.
    await this.handle(title).scrollIntoViewIfNeeded();
    const from = (await this.handle(title).boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + 12);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 3 });
    // Aim at the column where it crosses the middle of the window: near an edge, dnd-kit scrolls the page.
    const to = (await this.column(holder).boundingBox())!;
    const middle = this.page.viewportSize()!.height / 2;
    const y = Math.min(to.y + to.height - 10, Math.max(to.y + 10, middle));
    await this.page.mouse.move(to.x + to.width / 2, y, { steps: 10 });
    await this.page.locator('.board-col[data-over="true"]').waitFor();
  }

  /** Keyboard: focus the card, Space picks it up, → or ← per column, then `finish` (Space drops, Escape cancels). */
  async moveByKeyboard(title: string | Locator, steps: number, finish: 'Space' | 'Escape' = 'Space'): Promise<void> {
    await this.handle(title).focus();
    await this.page.keyboard.press('Space');
    await this.page.locator('.board[data-dragging="true"]').waitFor();
    // dnd-kit listens for the moving keys from the next task on.
    await this.page.waitForTimeout(50);
    for (let i = 0; i < Math.abs(steps); i++) {
      await this.page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
      await this.page.waitForTimeout(50);
    }
    await this.page.keyboard.press(finish);
    await this.page.locator('.board[data-dragging="true"]').waitFor({ state: 'detached' });
  }

  /** The text the screen reader last heard from the board (dnd-kit's live region). */
  announcement() {
    return this.page.locator('[id^="DndLiveRegion"]').textContent();
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync('test-results/screenshots', { recursive: true });
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }
}

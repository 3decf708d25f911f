import { mkdirSync } from 'node:fs';
import type { AppPage } from './AppPage';

/** Page model of workshop mode (F5): the projector bar with the figures, the map or board, and the guided walk. */
export class WorkshopPage {
  constructor(readonly app: AppPage) {}

  get page() {
    return this.app.page;
  }

  screen() {
    return this.page.locator('.workshop-screen');
  }

  bar() {
    return this.page.locator('.workshop-bar');
  }

  /** F5, as a facilitator would; waits until the map (the first view) has laid itself out. */
  async enter(): Promise<void> {
    await this.page.locator('body').press('F5');
    await this.screen().waitFor();
    await this.mapSettled();
  }

  async mapSettled(): Promise<void> {
    await this.page.locator('canvas.map-canvas[data-layout="settled"]').waitFor({ timeout: 30_000 });
  }

  /** Presses a key with focus on nothing in particular, as a presenter clicker does. */
  async press(key: string): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press(key);
  }

  /** Switches between the views the workshop shows (Kaart / Bord). */
  async show(view: RegExp): Promise<void> {
    await this.page.locator('.workshop-views').getByRole('button', { name: view }).click();
  }

  /** The buttons of the views the workshop offers, in order. */
  views() {
    return this.page.locator('.workshop-views').getByRole('button').allTextContents();
  }

  lockState() {
    return this.page.locator('.workshop-lock-state').textContent();
  }

  walk() {
    return this.page.locator('aside.walk-panel');
  }

  /** "Stap 2 van 7". */
  stepText() {
    return this.walk().locator('.walk-step').textContent();
  }

  /** The pair of holders of the current step ("Wethouder A ↔ Wethouder B"); null on the overview step. */
  async pair(): Promise<string | null> {
    const pair = this.walk().locator('.walk-pair');
    return (await pair.count()) ? pair.textContent() : null;
  }

  /** The links the current step lists, each with its goals, kind, strength and rationale. */
  links() {
    return this.walk().locator('ol.walk-links > li');
  }

  /** How many links the map shows at full strength for the walk (the engine writes it on the canvas). */
  highlightedOnMap() {
    return this.page.locator('canvas.map-canvas').getAttribute('data-highlighted-links');
  }

  /** The holders whose board columns the walk frames (a thick outline), sorted. */
  async framedColumns(): Promise<string[]> {
    const names = await this.page
      .locator('section.board-col')
      .evaluateAll((cols) =>
        cols
          .filter((c) => getComputedStyle(c).outlineWidth === '4px')
          .map((c) => c.querySelector('h3')?.firstChild?.textContent ?? ''),
      );
    return names.sort();
  }

  /** The headline split weight in the workshop bar. */
  splitWeight() {
    return this.bar()
      .locator('.figures-strip tbody tr')
      .first()
      .locator('td')
      .first()
      .locator('.fig-value')
      .textContent();
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync('test-results/screenshots', { recursive: true });
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }
}

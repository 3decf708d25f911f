import { mkdirSync } from 'node:fs';
import type { AppPage } from './AppPage';

/** Page model of the Kaart tab: the canvas, its side panel, and the list twin that lists what the canvas shows. */
export class MapPage {
  constructor(readonly app: AppPage) {}

  get page() {
    return this.app.page;
  }

  canvas() {
    return this.page.locator('canvas.map-canvas');
  }

  /** Opens the tab and waits until the layout (in its worker) has settled. */
  async open(): Promise<void> {
    await this.app.openTab(/^(Kaart|Map)$/);
    await this.settled();
  }

  async settled(): Promise<void> {
    await this.page.locator('canvas.map-canvas[data-layout="settled"]').waitFor({ timeout: 30_000 });
  }

  twin() {
    return this.page.locator('details.map-twin');
  }

  async openTwin(): Promise<void> {
    if ((await this.twin().getAttribute('open')) === null) await this.twin().locator('summary').click();
    await this.twin().locator('table').waitFor();
  }

  /** The goals the twin lists, i.e. the goals on the map. */
  async twinGoals(): Promise<string[]> {
    await this.openTwin();
    return this.twin().locator('tbody th').allTextContents();
  }

  async selectInTwin(title: string): Promise<void> {
    await this.openTwin();
    await this.twin().locator('tbody th').getByRole('button', { name: title, exact: true }).click();
  }

  panel() {
    return this.page.locator('aside.map-panel');
  }

  panelLinks() {
    return this.panel().locator('ul.map-links > li');
  }

  /** What the live region says about the goal the arrow keys are on. */
  announcement() {
    return this.page.locator('.map-canvas-wrap [aria-live="polite"]');
  }

  unpinAll() {
    return this.page.getByRole('button', { name: /vastgezet(te)? doel(en)? losmaken|Unpin (all )?\d+ pinned goals?/ });
  }

  /** Drags from the middle of the canvas (where "Centreren" puts the selected goal) by dx, dy. */
  async dragFromCentre(dx: number, dy: number): Promise<void> {
    await this.canvas().scrollIntoViewIfNeeded();
    const box = (await this.canvas().boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }

  async dismissExample(): Promise<void> {
    const close = this.page.locator('.example-banner .btn-ghost');
    if (await close.count()) await close.click();
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync('test-results/screenshots', { recursive: true });
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }
}

import { mkdirSync } from 'node:fs';
import type { AppPage } from './AppPage';

/** Page model of the Matrix tab: the goal matrix (an ARIA grid), its detail panel and the coordination matrix. */
export class MatrixPage {
  constructor(readonly app: AppPage) {}

  get page() {
    return this.app.page;
  }

  async open(): Promise<void> {
    await this.app.openTab(/^Matrix/);
    await this.grid().waitFor();
  }

  grid() {
    return this.page.getByRole('grid');
  }

  /** Cells drawn outside every holder's diagonal block (the draft's split links, each twice). */
  outsideCells() {
    return this.page.locator('.dsm-cells rect[data-outside="true"]');
  }

  /** Every drawn cell: one per pair of linked goals and direction. */
  cells() {
    return this.page.locator('.dsm-cells rect');
  }

  /** The grid's one tab stop, as a keyboard user reaches it with Tab. */
  tabStop() {
    return this.grid().locator('[tabindex="0"]');
  }

  focused() {
    return this.page.locator(':focus');
  }

  detail() {
    return this.page.locator('.matrix-detail');
  }

  rowHeader(title: string) {
    return this.grid().getByRole('rowheader', { name: new RegExp(`: ${title};`) });
  }

  selectedRowHeaders() {
    return this.grid().locator('[role="rowheader"][aria-selected="true"]');
  }

  pairButton(a: string, b: string) {
    return this.page.getByRole('button', { name: new RegExp(`^${a} (en|and) ${b}:`) });
  }

  pairLinks() {
    return this.page.locator('.coord-links li');
  }

  async chooseDraft(id: string): Promise<void> {
    await this.page.getByRole('combobox', { name: /^(Verdeling|Division)/ }).selectOption(id);
  }

  /** The split-link count the Analyse tab reports for the chosen draft ("Alle verbanden 17 van 35"). */
  async splitCountFromAnalysis(): Promise<number> {
    await this.app.openTab(/^(Analyse|Analysis)$/);
    const table = this.page.getByRole('table').first();
    await table.waitFor();
    const m = /(?:Alle verbanden|All links)\s*(\d+) (?:van|of) \d+/.exec((await table.textContent()) ?? '');
    if (!m) throw new Error('no split count on the Analyse tab');
    return Number(m[1]);
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync('test-results/screenshots', { recursive: true });
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }
}

import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
// Chromium's launch flags for this machine (toolchain.md), shared with scripts/dev/screenshot.mjs.
import ARGS from '../chromiumArgs.json';
import { writeProjectFile } from '../../../shared/io/projectFile';
import { smallExample } from '../../fixtures/smallExample';

let browser: Promise<Browser> | undefined;

/**
 * One Chromium per test file, started by its first launch; each test gets a context of its own in it (its own
 * storage, so a fresh database), which starts in a fraction of the time a browser with a new profile takes.
 */
function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  });
  return browser;
}

/** Closes the file's Chromium (test/e2e/setup.ts, after each file). */
export async function closeBrowser(): Promise<void> {
  const started = browser;
  browser = undefined;
  await (await started)?.close();
}

/** Page model of the Samenhang shell: each test gets a fresh browser context, so a fresh database. */
export class AppPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly errors: string[],
  ) {}

  /**
   * A fresh context on its first start. That start shows the guided tour; it is skipped here as a user skips it
   * (so it stays seen, also after a reload) unless `tour: true` keeps it on screen.
   */
  static async launch(viewport = { width: 1366, height: 768 }, options: { tour?: boolean } = {}): Promise<AppPage> {
    const context = await (await sharedBrowser()).newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const app = new AppPage(context, page, errors);
    await app.goto();
    if (!options.tour) await app.skipTour();
    return app;
  }

  /** The guided tour, a non-modal dialog. */
  tour() {
    return this.page.getByRole('dialog', { name: /^(Rondleiding|Guided tour)/ });
  }

  async skipTour(): Promise<void> {
    await this.tour()
      .getByRole('button', { name: /^(Overslaan|Skip)$/ })
      .click();
    await this.tour().waitFor({ state: 'hidden' });
  }

  /**
   * A fresh context that then opens the small fixture project (24 goals, two drafts) as a user opens a file, for
   * tests that name its goals and figures. The built-in example stays in the list beside it.
   */
  static async launchSmall(viewport = { width: 1366, height: 768 }): Promise<AppPage> {
    const app = await AppPage.launch(viewport);
    await app.openProjectFile(
      writeProjectFile(smallExample(), { savedAt: '2026-01-05T09:00:00.000Z', appVersion: 'e2e' }),
    );
    await app.tab(/^(Doelen|Goals) \(24\)/).waitFor();
    return app;
  }

  /** Opens a project file's text through Ctrl+O, as a user picks it in the file dialog. */
  async openProjectFile(text: string, name = 'project.samenhang.json'): Promise<void> {
    await this.page.getByRole('tab', { name: /^(Doelen|Goals) \(\d+\)/ }).waitFor();
    const file = { name, mimeType: 'application/json', buffer: Buffer.from(text) };
    // About one launch in twenty on a loaded two-core machine, headless Chromium reports no file dialog for the
    // first Ctrl+O (Page.fileChooserOpened does not come; playwright#28023 saw the same right after a page load);
    // a second press opens it. The shortcut itself is tested in files.e2e.ts; here it only loads a fixture.
    for (let attempt = 1; ; attempt++) {
      const chooser = this.page.waitForEvent('filechooser', { timeout: attempt === 1 ? 8_000 : 30_000 });
      await this.page.keyboard.press('Control+o');
      try {
        await (await chooser).setFiles(file);
        return;
      } catch (e) {
        if (attempt > 1) throw e;
      }
    }
  }

  async goto(): Promise<void> {
    await this.page.goto(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/');
    await this.page.getByRole('banner').waitFor();
  }

  /** Reloads once every edit is stored, as a user would after the header says "Opgeslagen". */
  async reload(): Promise<void> {
    await this.page
      .locator('[data-saved="true"]')
      .or(this.page.getByRole('heading', { name: /^(Projecten|Projects)$/ }))
      .first()
      .waitFor();
    await this.page.reload();
    await this.page.getByRole('banner').waitFor();
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  tab(name: RegExp | string) {
    return this.page.getByRole('tab', { name });
  }

  async openTab(name: RegExp | string): Promise<void> {
    await this.tab(name).click();
  }

  button(name: RegExp | string) {
    return this.page.getByRole('button', { name });
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  async addGoal(title: string): Promise<void> {
    await this.openTab(/^(Doelen|Goals)/);
    await this.button(/^(Doel toevoegen|Add goal)$/).click();
    await this.dialog()
      .getByLabel(/^(Doel|Goal)$/)
      .fill(title);
    await this.dialog()
      .getByRole('button', { name: /^(Opslaan|Save)$/ })
      .click();
    await this.dialog().waitFor({ state: 'hidden' });
  }

  goalRow(title: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }

  /** Triggers a save and returns the downloaded file's text. */
  async download(trigger: () => Promise<void>): Promise<{ name: string; text: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download') as Promise<Download>, trigger()]);
    const bytes = readFileSync((await download.path())!);
    return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
  }

  /** Answers the next file dialog with the given file. */
  async chooseFile(
    trigger: () => Promise<void>,
    file: { name: string; mimeType: string; buffer: Buffer },
  ): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), trigger()]);
    await chooser.setFiles(file);
  }

  notices() {
    return this.page.locator('.notices');
  }

  /** WCAG 2.1 A/AA findings of the current screen; with `impacts`, only findings of those impacts. */
  async axe(impacts?: readonly string[]): Promise<string[]> {
    // Legacy mode runs axe.run in the page (and its same-origin frames); the default runs it per frame and opens a
    // blank page to merge the results, a second or more per check. They differ only on cross-origin frames, which
    // the app does not have: should one appear, this says so rather than leave it unchecked.
    const origin = new URL(this.page.url()).origin;
    const foreign = this.page.frames().filter((f) => /^https?:/.test(f.url()) && new URL(f.url()).origin !== origin);
    if (foreign.length) throw new Error(`axe: cross-origin frames are not checked: ${foreign.map((f) => f.url())}`);
    const result = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .setLegacyMode()
      .analyze();
    return result.violations
      .filter((v) => !impacts || impacts.includes(v.impact ?? ''))
      .map((v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  }
}

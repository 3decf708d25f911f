import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { VIEW_KEYS, VIEW_LIST, type ViewId } from '../../renderer/views/viewIds';
import { AppPage } from './pages/AppPage';

/**
 * Every view of VIEW_LIST (so a new view is covered without touching this file), in Dutch and English, at the two
 * screen sizes of the issue: reached through its Ctrl+n shortcut (its tab after the ninth), checked by axe, and
 * screenshotted for a person to look at. One page per language keeps the run short; the viewport changes on that
 * page. Screenshots go to test-results/screenshots/views/, beside (not over) the pictures the map, board and matrix
 * tests take.
 */
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const DIR = 'test-results/screenshots/views';

/** What "painted" means beyond the panel being there, for views that draw after mounting. */
const PAINTED: Partial<Record<ViewId, string>> = {
  map: 'canvas.map-canvas[data-layout="settled"]',
  board: '.board',
  matrix: '[role="grid"]',
};

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function showByShortcut(a: AppPage, id: ViewId, index: number): Promise<void> {
  // The shortcut must work wherever focus is left by the previous view; the body is where a user starts.
  await a.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Views after the ninth have no key (Ctrl+0 is the zoom's): they open from their tab.
  if (index < VIEW_KEYS) await a.page.keyboard.press(`Control+${index + 1}`);
  else await a.page.locator(`#pv-tab-${id}`).click();
  await a.page.locator(`#pv-tab-${id}[aria-selected="true"]`).waitFor();
  const panel = a.page.locator(`#pv-panel-${id}`);
  await panel.waitFor();
  const ready = PAINTED[id];
  if (ready) await panel.locator(ready).first().waitFor({ timeout: 30_000 });
  await expect.poll(() => panel.innerText(), { message: `${id} shows nothing` }).not.toBe('');
  // Fonts loaded and two frames drawn: what the screenshot catches is what the user sees.
  await a.page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

describe('every view, in both languages, at both screen sizes', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`${locale}: each view opens by Ctrl+n, has no serious or critical axe finding, and is screenshotted`, async () => {
      mkdirSync(DIR, { recursive: true });
      // Gemeente Voorbeeld, the example a new user starts with: these are the pictures the README shows.
      app = await AppPage.launch(SIZES[0]);
      await expect.poll(() => app!.tab(/^Doelen \(109\)/).count()).toBe(1);
      if (locale === 'en') {
        await app.page.getByLabel('Taal', { exact: true }).selectOption('en');
        await expect.poll(() => app!.tab(/^Goals \(109\)/).count()).toBe(1);
      }
      // The first-start note about the example, once per language, then out of the way of the views.
      await app.page.screenshot({ path: `${DIR}/start-${locale}-1366x768.png` });
      await app.page.locator('.example-banner .btn-ghost').click();

      const findings: string[] = [];
      for (const size of SIZES) {
        await app.page.setViewportSize(size);
        for (const [index, view] of VIEW_LIST.entries()) {
          await showByShortcut(app, view.id, index);
          await app.page.evaluate(() => window.scrollTo(0, 0));
          const name = `${view.id}-${locale}-${size.width}x${size.height}`;
          // axe once per view and language, at the smaller size: a run costs about two seconds, and the larger
          // screen shows the same elements with more room.
          if (size === SIZES[0]) findings.push(...(await app.axe(['serious', 'critical'])).map((f) => `${name}: ${f}`));
          await app.page.screenshot({ path: `${DIR}/${name}.png` });
        }
      }
      expect(findings).toEqual([]);
      expect(app.errors).toEqual([]);
    }, 180_000);
  }
});

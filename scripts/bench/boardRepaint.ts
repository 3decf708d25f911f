// Board and page load in headless Chromium (issue 18, "Done means"): page load to an interactive example project,
// cold (first start: the example is stored, then opened) and warm (the last project reopened), and on the Bord tab
// of a 500-goal synthetic project the time from a drop (mouse or keyboard) to the frame that shows it.
// Run alone: npx tsx scripts/bench/boardRepaint.ts [--goals 500] [--runs 10]
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { syntheticProject } from '../../shared/optimiser';
import { writeProjectFile } from '../../shared/io/projectFile';
import { fmt, printTable } from './table';
import { startBrowserApp, type BrowserApp } from './browserApp';

const VIEWPORT = { width: 1366, height: 900 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Resolves, in the page, with the time since navigation start of the first frame that shows the example project's
 * tabs: the app is then open and answers input. Installed before the page's own scripts run.
 */
const INTERACTIVE = `
window.__interactive = new Promise((resolve) => {
  const check = () => {
    const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => /\\(24\\)/.test(t.textContent || ''));
    if (tab) resolve(performance.now());
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});`;

async function loadTimes(app: BrowserApp, runs: number): Promise<{ cold: number[]; warm: number[] }> {
  const { page, close } = await app.open(VIEWPORT);
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    await page.addInitScript(INTERACTIVE);
    const interactive = () =>
      page.evaluate(() => (window as unknown as { __interactive: Promise<number> }).__interactive);
    for (let i = 0; i < runs; i++) {
      // A first start: no database, so the app stores the example and opens it (files come from the HTTP cache,
      // as an installed app reads them from disk).
      await page.evaluate(async () => {
        for (const d of await indexedDB.databases()) if (d.name) indexedDB.deleteDatabase(d.name);
        localStorage.clear();
      });
      await page.goto(app.url);
      cold.push(await interactive());
      await page.locator('[data-saved="true"]').waitFor();
      await page.reload();
      warm.push(await interactive());
      process.stdout.write('.');
    }
  } finally {
    await close();
  }
  return { cold, warm };
}

/**
 * Arms, in the page, a timer from the next drop event to the second animation frame after it (the frame that shows
 * the drop), noting the split figure then. A string, not a function: tsx would add a helper the page lacks.
 */
function armDropTimer(page: Page, event: 'pointerup' | 'keydown'): Promise<unknown> {
  return page.evaluate(`
    window.__drop = new Promise((resolve) => {
      window.addEventListener('${event}', () => {
        const t0 = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({
          ms: performance.now() - t0,
          figure: document.querySelector('.figures-strip tbody td .fig-value')?.textContent ?? '',
        })));
      }, { capture: true, once: true });
    });
    // Not the promise itself: evaluate would wait for it.
    0;
  `);
}

const readDrop = (page: Page) =>
  page.evaluate(() => (window as unknown as { __drop: Promise<{ ms: number; figure: string }> }).__drop);

async function columnBox(page: Page, index: number) {
  const col = page.locator('section.board-col').nth(index);
  await col.scrollIntoViewIfNeeded();
  return (await col.boundingBox())!;
}

async function dropTimes(app: BrowserApp, goals: number, runs: number) {
  const project = syntheticProject({ goals, portfolios: 7, seed: goals, locked: 0 });
  const text = writeProjectFile(project, { savedAt: '2026-01-01T00:00:00.000Z', appVersion: 'bench' });
  const { page, close } = await app.open(VIEWPORT);
  const mouse: number[] = [];
  const keyboard: number[] = [];
  let changed = 0;
  try {
    await page.getByRole('tab', { name: /^Doelen/ }).waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
    await chooser.setFiles({ name: 'bench.samenhang.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('tab', { name: `Doelen (${goals})` }).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: /^Bord$/ }).click();
    await page.locator('.board').waitFor();
    const strip = () => page.locator('.figures-strip tbody td .fig-value').first().textContent();
    // Goals travel between the first two holders and back: every drop is a real edit with its write.
    for (let i = 0; i < runs; i++) {
      const fromCol = 1 + (i % 2);
      const toCol = 2 - (i % 2);
      const card = page.locator('section.board-col').nth(fromCol).locator('.card-handle').first();
      await card.scrollIntoViewIfNeeded();
      const before = await strip();
      const from = (await card.boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, from.y + 10);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 3 });
      const to = await columnBox(page, toCol);
      const y = Math.min(to.y + to.height - 10, Math.max(to.y + 10, VIEWPORT.height / 2));
      await page.mouse.move(to.x + to.width / 2, y, { steps: 5 });
      await page.locator('.board-col[data-over="true"]').waitFor();
      await armDropTimer(page, 'pointerup');
      await page.mouse.up();
      const r = await readDrop(page);
      mouse.push(r.ms);
      if (r.figure !== before) changed++;

      // The same move by keyboard: Space picks up, → or ← goes one column, Space drops.
      const back = page.locator('section.board-col').nth(toCol).locator('.card-handle').first();
      await back.focus();
      await page.keyboard.press('Space');
      await page.locator('.board[data-dragging="true"]').waitFor();
      await page.waitForTimeout(50);
      await page.keyboard.press(toCol > fromCol ? 'ArrowLeft' : 'ArrowRight');
      await page.waitForTimeout(50);
      const beforeKey = await strip();
      await armDropTimer(page, 'keydown');
      await page.keyboard.press('Space');
      const k = await readDrop(page);
      keyboard.push(k.ms);
      if (k.figure !== beforeKey) changed++;
      process.stdout.write('.');
    }
  } finally {
    await close();
  }
  return { mouse, keyboard, changed, links: project.links.length };
}

export async function boardSection(options: { goals?: number; runs?: number; app?: BrowserApp } = {}): Promise<void> {
  const goals = options.goals ?? 500;
  const runs = options.runs ?? 10;
  console.log('## Board and page load in headless Chromium (issue 18)\n');
  const app = options.app ?? (await startBrowserApp());
  if (!app) return;
  try {
    const load = await loadTimes(app, 5);
    const drops = await dropTimes(app, goals, runs);
    console.log('\n');
    console.log(
      `Goals: page load ≤ 1 s to an interactive example; board drop to repaint ≤ 50 ms at 500 goals. ${VIEWPORT.width}×${VIEWPORT.height}; times in the page, from navigation start or from the drop event to the second animation frame after it; medians (and the slowest) of 5 loads and ${runs} drops of each kind. ${drops.changed} of ${2 * runs} drops changed the split figure by that frame.`,
    );
    printTable(
      ['measure', 'median ms', 'slowest ms'],
      [
        ['page load → example open, first start', fmt(median(load.cold), 3), fmt(Math.max(...load.cold), 3)],
        ['page load → example open, reopened', fmt(median(load.warm), 3), fmt(Math.max(...load.warm), 3)],
        [
          `board drop (mouse), ${goals} goals / ${drops.links} links`,
          fmt(median(drops.mouse), 3),
          fmt(Math.max(...drops.mouse), 3),
        ],
        [`board drop (keyboard), ${goals} goals`, fmt(median(drops.keyboard), 3), fmt(Math.max(...drops.keyboard), 3)],
      ],
    );
  } finally {
    if (!options.app) await app.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  await boardSection({ goals: arg('--goals'), runs: arg('--runs') });
}

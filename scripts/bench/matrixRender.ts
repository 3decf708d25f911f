// Matrix tab in headless Chromium (issue 18 §3): time from choosing the tab to the painted matrix, one arrow-key
// move and one hover, at 120, 500 and 2,000 goals. Builds the renderer into a temporary folder and serves it
// itself, so it never touches dist/. Run: npx tsx scripts/bench/matrixRender.ts [--sizes 120,500,2000]
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { syntheticProject } from '../../shared/optimiser';
import { writeProjectFile } from '../../shared/io/projectFile';
import { printTable } from './table';
import { startBrowserApp, type BrowserApp } from './browserApp';

const RUNS = 5;

/** Milliseconds from `act` to the second animation frame after it (the frame that shows its result). */
async function toPaint(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => ((window as unknown as { __t: number }).__t = performance.now()));
  await act();
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve(performance.now() - (window as unknown as { __t: number }).__t)),
        ),
      ),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(app: BrowserApp, goals: number): Promise<(string | number)[]> {
  const project = syntheticProject({ goals, portfolios: 7, seed: 1 });
  const text = writeProjectFile(project, { savedAt: '2026-01-01T00:00:00.000Z', appVersion: 'bench' });
  const { page, close } = await app.open({ width: 1366, height: 900 });
  try {
    await page.getByRole('tab', { name: /^Doelen/ }).waitFor();
    await page.getByRole('button', { name: 'Samenhang' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Projectbestand openen…' }).click(),
    ]);
    await chooser.setFiles({ name: 'bench.samenhang.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('tab', { name: `Doelen (${goals})` }).waitFor({ timeout: 60_000 });
    const open: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.getByRole('tab', { name: /^Doelen/ }).click();
      await page.locator('table').first().waitFor();
      open.push(
        await toPaint(page, async () => {
          await page.getByRole('tab', { name: /^Matrix/ }).click();
          await page.getByRole('grid').waitFor();
        }),
      );
    }
    const elements = await page.locator('.dsm *').count();
    const cells = await page.locator('.dsm-cells rect').count();
    await page.getByRole('grid').locator('[tabindex="0"]').focus();
    const keys: number[] = [];
    for (let i = 0; i < RUNS * 2; i++)
      keys.push(await toPaint(page, () => page.keyboard.press(i % 4 === 3 ? 'ArrowLeft' : 'ArrowDown')));
    // The pointer is moved by an event inside the page: a driven mouse would add the driver's own waiting.
    const hover: number[] = [];
    for (let i = 0; i < RUNS * 2; i++)
      hover.push(
        await toPaint(page, () =>
          page.evaluate((k) => {
            const cells = document.querySelectorAll('.dsm-cells rect');
            cells[(k * 7) % cells.length]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          }, i),
        ),
      );
    return [
      goals,
      project.links.length,
      cells,
      elements,
      Math.round(median(open)),
      Math.round(median(keys)),
      Math.round(median(hover)),
    ];
  } finally {
    await close();
  }
}

export async function matrixRenderSection(sizes = [120, 500, 2000], shared?: BrowserApp): Promise<void> {
  console.log('## Matrix tab in headless Chromium (issue 18 §3)\n');
  const app = shared ?? (await startBrowserApp());
  if (!app) return;
  try {
    console.log(
      `Synthetic projects (7 holders, 8 links per goal), 1366×900. Medians of ${RUNS} tab switches and ${RUNS * 2} moves, each timed to the second animation frame after it.`,
    );
    const rows = [];
    for (const n of sizes) rows.push(await measure(app, n));
    printTable(['goals', 'links', 'cells drawn', 'SVG elements', 'tab → painted ms', 'arrow key ms', 'hover ms'], rows);
  } finally {
    if (!shared) await app.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--sizes');
  await matrixRenderSection(i > 0 ? process.argv[i + 1]!.split(',').map(Number) : undefined);
}

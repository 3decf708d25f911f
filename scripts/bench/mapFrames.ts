// Goal map in headless Chromium against the built renderer: layout settle time and main-thread tasks while the
// layout runs (it runs in a Web Worker), then frame times while panning and zooming. Run alone with
// `npx tsx scripts/bench/mapFrames.ts [--sizes 500,2000]`; `npm run bench` runs it after the other sections.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { syntheticProject } from '../../shared/optimiser';
import { writeProjectFile } from '../../shared/io/projectFile';
import { startBrowserApp, type BrowserApp } from './browserApp';
import { fmt, printTable } from './table';

const VIEWPORT = { width: 1366, height: 900 };

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

interface MapFigures {
  goals: number;
  links: number;
  settleMs: number;
  ticks: string;
  longestDuringLayout: number;
  longTasksDuringLayout: number;
  longestOpening: number;
  drawMedian: number;
  drawP95: number;
  frameMedian: number;
  frameP95: number;
  frames: number;
}

/** Opens a project file through the app's own Open (Ctrl+O and the file picker), as a user would. */
async function openFile(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function measure(app: BrowserApp, goals: number): Promise<MapFigures> {
  const project = syntheticProject({ goals, portfolios: 7, seed: goals, assign: 'theme' });
  const dir = mkdtempSync(join(tmpdir(), 'samenhang-map-bench-'));
  const file = join(dir, `synthetisch-${goals}.samenhang.json`);
  writeFileSync(file, writeProjectFile(project, { savedAt: project.updatedAt, appVersion: 'bench' }));
  const { page, close } = await app.open(VIEWPORT, '#bench');
  try {
    // Long tasks, and long animation frames with the scripts that ran in them (what blocked, if anything did).
    await page.evaluate(`(() => {
      window.longTasks = [];
      window.longFrames = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.longFrames.push({
            start: e.startTime,
            duration: e.duration,
            scripts: e.scripts.map((x) => x.invoker + ' ' + Math.round(x.duration) + ' ms').join(', '),
          });
      }).observe({ type: 'long-animation-frame' });
      // A heartbeat: a task queued right after the one before; a gap between two beats is time the main
      // thread could not run anything else (whatever blocked it).
      window.beats = [];
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.beats.push(performance.now());
        if (window.beats.length < 2000000) setTimeout(() => channel.port2.postMessage(0), 1);
      };
      channel.port2.postMessage(0);
    })()`);
    await page.getByRole('tab', { name: /^Kaart$/ }).waitFor();
    await openFile(page, `synthetisch-${goals}.samenhang.json`, readFileSync(file, 'utf8'));
    await page.getByRole('tab', { name: /^Kaart$/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: project.name }).or(page.getByText(project.name).first()).waitFor();
    await page.waitForTimeout(500);
    // Settle time: from the click on the tab to the layout's last positions on screen.
    const t0 = await page.evaluate(() => {
      const w = window as unknown as { layoutStarted: number };
      w.layoutStarted = 0;
      new MutationObserver((records, obs) => {
        for (const r of records)
          if ((r.target as HTMLElement).dataset.layout === 'running') {
            w.layoutStarted = performance.now();
            obs.disconnect();
          }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-layout'] });
      return performance.now();
    });
    await page.getByRole('tab', { name: /^Kaart$/ }).click();
    await page.locator('canvas.map-canvas[data-layout="settled"]').waitFor({ timeout: 120_000 });
    const t1 = await page.evaluate(() => performance.now());
    const tasks = (await page.evaluate(
      '({ all: window.longTasks, frames: window.longFrames, started: window.layoutStarted, beats: window.beats })',
    )) as {
      beats: number[];
      all: { start: number; duration: number }[];
      frames: { start: number; duration: number; scripts: string }[];
      started: number;
    };
    const worst = tasks.frames
      .filter((f) => f.start >= tasks.started && f.start <= t1)
      .sort((a, b) => b.duration - a.duration)[0];
    const inLayout = tasks.beats.filter((b) => b >= tasks.started && b <= t1);
    const longestBeatGap = Math.max(0, ...inLayout.slice(1).map((b, i) => b - inLayout[i]!));
    if (process.env.MAP_BENCH_VERBOSE) {
      console.log(`  heartbeat: longest gap in layout ${Math.round(longestBeatGap)} ms over ${inLayout.length} beats`);
      console.log(`  t0 0, layout started ${Math.round(tasks.started - t0)}, settled ${Math.round(t1 - t0)}`);
      for (const t of tasks.all) console.log(`  task at ${Math.round(t.start - t0)} for ${Math.round(t.duration)} ms`);
      for (const f of tasks.frames)
        console.log(`  frame at ${Math.round(f.start - t0)} for ${Math.round(f.duration)} ms: ${f.scripts}`);
    }
    if (process.env.MAP_BENCH_VERBOSE && worst)
      console.log(`  longest frame in layout: ${Math.round(worst.duration)} ms: ${worst.scripts}`);
    const during = tasks.all.filter((t) => t.start >= tasks.started && t.start <= t1);
    const opening = tasks.all.filter((t) => t.start >= t0 && t.start < tasks.started);

    // Frames: pan by dragging an empty corner of the map, then zoom in and out with the wheel.
    const box = (await page.locator('canvas.map-canvas').boundingBox())!;
    // A string, not a function: the TypeScript runner would name the inner loop with a helper the page lacks.
    const before = (await page.evaluate(`(() => {
      window.frameStamps = [];
      requestAnimationFrame(function loop(t) {
        window.frameStamps.push(t);
        if (window.frameStamps.length < 100000) requestAnimationFrame(loop);
      });
      return window.samenhangMapBench.frameCount();
    })()`)) as number;
    await page.mouse.move(box.x + 6, box.y + 6);
    await page.mouse.down();
    for (let i = 1; i <= 90; i++) {
      await page.mouse.move(box.x + 6 + i * 4, box.y + 6 + i * 2);
      await page.waitForTimeout(8);
    }
    await page.mouse.up();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 60; i++) {
      await page.mouse.wheel(0, i < 30 ? -120 : 120);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(100);
    const run = await page.evaluate((countBefore) => {
      const w = window as unknown as {
        samenhangMapBench: { drawTimes(): number[]; frameCount(): number };
        frameStamps: number[];
      };
      const stamps = w.frameStamps.splice(0);
      const fresh = w.samenhangMapBench.frameCount() - countBefore;
      return { draws: w.samenhangMapBench.drawTimes().slice(-Math.max(1, fresh)), stamps };
    }, before);
    const draws = run.draws;
    const gaps = run.stamps.slice(1).map((t, i) => t - run.stamps[i]!);
    const ticks = await page.locator('canvas.map-canvas').getAttribute('data-ticks');
    return {
      goals,
      links: project.links.length,
      settleMs: t1 - t0,
      ticks: ticks ?? '–',
      longestDuringLayout: Math.max(0, ...during.map((t) => t.duration)),
      longTasksDuringLayout: during.length,
      longestOpening: Math.max(0, ...opening.map((t) => t.duration)),
      drawMedian: quantile(draws, 0.5),
      drawP95: quantile(draws, 0.95),
      frameMedian: quantile(gaps, 0.5),
      frameP95: quantile(gaps, 0.95),
      frames: draws.length,
    };
  } finally {
    await close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function mapSection(sizes: readonly number[] = [500, 2000], shared?: BrowserApp): Promise<void> {
  console.log('## Goal map in headless Chromium (issue 18)\n');
  const app = shared ?? (await startBrowserApp());
  if (!app) return;
  try {
    const rows: MapFigures[] = [];
    for (const n of sizes) rows.push(await measure(app, n));
    console.log(
      `Viewport ${VIEWPORT.width}×${VIEWPORT.height}, Debian Chromium headless with --disable-gpu (software raster). ` +
        "Settle: tab click to the last layout positions on screen. Draw: the engine's own time per frame while " +
        'panning (90 moves) and zooming (60 wheel steps); frame: time between animation frames meanwhile. ' +
        'Long tasks: main-thread tasks over 50 ms while the layout ran (it runs in a Web Worker), and while the ' +
        'tab opened before it started (React mounting the view).\n',
    );
    printTable(
      [
        'goals',
        'links',
        'settle ms',
        'layout ticks',
        'longest task in layout ms',
        'tasks > 50 ms in layout',
        'longest task opening tab ms',
        'draw median ms',
        'draw p95 ms',
        'frame median ms',
        'frame p95 ms',
        'frames',
      ],
      rows.map((r) => [
        r.goals,
        r.links,
        fmt(r.settleMs, 4),
        r.ticks,
        fmt(r.longestDuringLayout),
        r.longTasksDuringLayout,
        fmt(r.longestOpening),
        fmt(r.drawMedian),
        fmt(r.drawP95),
        fmt(r.frameMedian),
        fmt(r.frameP95),
        r.frames,
      ]),
    );
    console.log('Goals: median frame ≤ 16 ms at 500 goals, ≤ 33 ms at 2,000; no task over 50 ms from the layout.\n');
  } finally {
    if (!shared) await app.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--sizes');
  const sizes = i > 0 ? process.argv[i + 1]!.split(',').map(Number) : undefined;
  await mapSection(sizes);
}

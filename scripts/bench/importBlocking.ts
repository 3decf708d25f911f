// The longest main-thread block while a large goals CSV is imported through the real UI in Chromium (issue 17):
// builds the renderer, serves it with `vite preview` on loopback, opens it in Debian's Chromium (as the e2e tests
// do), imports the file through "CSV importeren" → "Doelen", and records long tasks (PerformanceObserver
// 'longtask') and frame gaps (requestAnimationFrame). Fails soft, with a message, when Chromium is missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { goalsCsvBytes } from './goalsCsv';
import { IMPORT_BENCH_BYTES } from './importTimes';
import { printTable } from './table';
import { freePort } from './browserApp';

/** Imports per view; the machine is shared, so one run says little. */
const RUNS = Math.max(1, Number(process.env.SAMENHANG_BENCH_IMPORT_RUNS ?? 3));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARGS = JSON.parse(readFileSync(join(ROOT, 'test/e2e/chromiumArgs.json'), 'utf8')) as string[];

/** What the page records: installed before the app's own scripts run. */
const MONITOR = `(() => {
  const b = (window.__bench = { tasks: [], frames: [], resultAt: 0, chosenAt: 0, noticeAt: 0, scrollAt: 0, scrollEnd: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask' });
  // The moment the worker's answer reaches the page: before it, the page only waits; after it, it stores and draws.
  const W = window.Worker;
  window.Worker = class extends W {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (e.data && e.data.type === 'result' && e.data.outcome && e.data.outcome.type === 'goals')
          b.resultAt ||= performance.now();
      });
    }
  };
  let last = 0;
  const frame = (now) => {
    if (last && b.chosenAt) b.frames.push([last, now - last]);
    last = now;
    if (!b.noticeAt && b.chosenAt && /geïmporteerd uit/.test(document.querySelector('.notices')?.textContent ?? ''))
      b.noticeAt = performance.now();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Recorded {
  tasks: [number, number][];
  frames: [number, number][];
  resultAt: number;
  chosenAt: number;
  noticeAt: number;
  /** On Doelen: from the first to past the last scroll through the new goals (0 when not scrolled). */
  scrollAt: number;
  scrollEnd: number;
}

async function waitFor(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error('the preview server stopped before it answered');
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not answer on ${url}`);
}

/** One import in a fresh profile, on the given view; returns what the page recorded. */
async function importOnce(executablePath: string, url: string, csvPath: string, view: string): Promise<Recorded> {
  const profile = mkdtempSync(join(tmpdir(), 'samenhang-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1366, height: 768 },
    args: ARGS,
  });
  try {
    await context.addInitScript(MONITOR);
    const page: Page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.getByRole('tab', { name: /^Doelen \(24\)/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: new RegExp(`^${view}`) }).click();
    await page.getByRole('button', { name: 'CSV importeren' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('dialog').getByRole('button', { name: 'Doelen' }).click(),
    ]);
    await page.evaluate(() => {
      (window as unknown as { __bench: Recorded }).__bench.chosenAt = performance.now();
    });
    // A path, not a buffer: Playwright builds a buffer's File inside the page, which would block it for seconds.
    await chooser.setFiles(csvPath);
    // Waiting through the page's own record: a text search over twenty thousand rows would itself block the page.
    await page.waitForFunction(() => (window as unknown as { __bench: Recorded }).__bench.noticeAt > 0, undefined, {
      timeout: 180_000,
      polling: 500,
    });
    // Let the views draw what came in before reading the record.
    await page.waitForTimeout(2_000);
    if (view === 'Doelen') await scrollThrough(page);
    return await page.evaluate(() => (window as unknown as { __bench: Recorded }).__bench);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Scrolls the goals table as a reader would (wheel steps), then jumps to its end, marking the time it took. */
async function scrollThrough(page: Page): Promise<void> {
  const mark = (key: 'scrollAt' | 'scrollEnd') =>
    page.evaluate((k) => {
      (window as unknown as { __bench: Recorded }).__bench[k] = performance.now();
    }, key);
  await page.mouse.move(600, 500);
  await mark('scrollAt');
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, 1_500);
    await page.waitForTimeout(60);
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(500);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  await mark('scrollEnd');
}

function summarise(view: string, r: Recorded): (string | number)[] {
  const scrolled = r.scrollAt > 0;
  const beforeScroll = ([start]: [number, number]) => !scrolled || start < r.scrollAt;
  const inScroll = ([start]: [number, number]) => scrolled && start >= r.scrollAt && start < r.scrollEnd;
  const after = r.tasks.filter(([start]) => start >= r.chosenAt).filter(beforeScroll);
  // The task that takes the worker's answer began before the answer's timestamp: it counts as storing.
  const reading = after.filter(([start, duration]) => start + duration <= r.resultAt);
  const storing = after.filter(([start, duration]) => start + duration > r.resultAt);
  const max = (ts: [number, number][]) => ts.reduce((m, [, d]) => Math.max(m, d), 0);
  const frames = r.frames.filter(([start]) => start >= r.chosenAt).filter(beforeScroll);
  return [
    view,
    Math.round(r.resultAt - r.chosenAt),
    Math.round(max(reading)),
    reading.length,
    Math.round(max(storing)),
    storing.length,
    Math.round(max(frames)),
    Math.round(r.noticeAt - r.chosenAt),
    scrolled ? Math.round(max(r.tasks.filter(inScroll))) : '–',
    scrolled ? Math.round(max(r.frames.filter(inScroll))) : '–',
  ];
}

export async function importBlockingSection(): Promise<void> {
  console.log('## Main thread during a large import in Chromium (issue 17)\n');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.log(
      `Skipped: Chromium not found at ${executablePath}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).\n`,
    );
    return;
  }
  // Its own build folder: an e2e run that a colleague started on dist/ keeps its build.
  const outDir = mkdtempSync(join(tmpdir(), 'samenhang-bench-import-build-'));
  const viteBin = join(ROOT, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(
    process.execPath,
    [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    console.log('Skipped: `vite build` failed (see above).\n');
    return;
  }
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [viteBin, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  const csvDir = mkdtempSync(join(tmpdir(), 'samenhang-bench-csv-'));
  const csvPath = join(csvDir, 'doelen-10mb.csv');
  try {
    await waitFor(url, server);
    const { utf8, rows } = goalsCsvBytes(IMPORT_BENCH_BYTES);
    writeFileSync(csvPath, utf8);
    const table: (string | number)[][] = [];
    // 'Project' shows no goals, so its figures are the import's own; 'Doelen' also draws the goals table (a
    // windowed one: only the rows on screen). The views alternate, so a colleague's load hits both alike.
    const longest = new Map<string, number[]>();
    for (let run = 1; run <= RUNS; run++)
      for (const view of ['Project', 'Doelen']) {
        const row = summarise(view, await importOnce(executablePath, url, csvPath, view));
        table.push([`${view} ${run}`, ...row.slice(1)]);
        longest.set(view, [...(longest.get(view) ?? []), Math.max(Number(row[2]), Number(row[4]))]);
      }
    console.log(
      `The 10 MB UTF-8 goals CSV (${rows} rows) into the example project, ${RUNS} runs per view (SAMENHANG_BENCH_IMPORT_RUNS), fresh profile per run, Debian Chromium headless. "reading" is from the file chosen until the worker's answer reaches the page (the page reads the file and hands it over; the worker decodes, splits and checks); "storing and drawing" is after it (the edit, the database write, the views). "scrolling" (Doelen) is 30 wheel steps of 1,500 px through the new goals, a jump to the end and back to the top, after the import. Long tasks are tasks over 50 ms. Goal: every block under 100 ms.`,
    );
    printTable(
      [
        'view',
        'reading ms',
        'longest block reading ms',
        'long tasks reading',
        'longest block storing and drawing ms',
        'long tasks storing and drawing',
        'longest frame gap ms',
        'file chosen → notice ms',
        'longest block scrolling ms',
        'longest frame gap scrolling ms',
      ],
      table,
    );
    for (const [view, ms] of longest) {
      const sorted = [...ms].sort((a, b) => a - b);
      console.log(
        `${view}: longest main-thread block per run ${ms.join(', ')} ms; median ${sorted[Math.floor(sorted.length / 2)]} ms`,
      );
    }
    console.log('');
  } catch (e) {
    console.log(`Skipped: ${e instanceof Error ? e.message : String(e)}\n`);
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill();
      await exited;
    }
    rmSync(outDir, { recursive: true, force: true });
  }
}

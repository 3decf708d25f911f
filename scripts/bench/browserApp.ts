// The built renderer served on loopback and driven in headless Chromium, for benchmarks that need a real page
// (map frames, board repaint). Builds into its own folder, so an e2e run using dist/renderer is left alone.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARGS = JSON.parse(readFileSync(join(ROOT, 'test/e2e/chromiumArgs.json'), 'utf8')) as string[];

export interface BrowserApp {
  url: string;
  /** A fresh profile (so a fresh database) at this viewport. */
  open(viewport: { width: number; height: number }, hash?: string): Promise<{ page: Page; close(): Promise<void> }>;
  stop(): Promise<void>;
}

/** A free loopback port for a preview server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Null (with the reason printed) when Chromium is missing: the other bench sections still run. */
export async function startBrowserApp(): Promise<BrowserApp | null> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.log(`Chromium not found at ${executablePath}: install it with \`apt-get install -y chromium\`.\n`);
    return null;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'samenhang-bench-build-'));
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const built = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (built.status !== 0) throw new Error('bench: the renderer did not build');
  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) break;
    } catch {
      // not up yet
    }
    if (i > 100) throw new Error(`bench: preview server did not answer on ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const contexts = new Set<BrowserContext>();
  return {
    url,
    async open(viewport, hash = '') {
      const profile = mkdtempSync(join(tmpdir(), 'samenhang-bench-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath,
        headless: true,
        viewport,
        args: ARGS,
      });
      contexts.add(context);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${url}${hash}`);
      await page.getByRole('banner').waitFor();
      return {
        page,
        async close() {
          contexts.delete(context);
          await context.close();
          rmSync(profile, { recursive: true, force: true });
        },
      };
    },
    async stop() {
      for (const c of contexts) await c.close();
      const exited = new Promise((r) => server.once('exit', r));
      server.kill();
      await exited;
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

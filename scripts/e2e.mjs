// End-to-end tests: builds the renderer, serves it on 127.0.0.1 and drives it with playwright-core in Debian's
// Chromium. Never skips: without Chromium it fails and says how to install it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`e2e: Chromium not found at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
if (run('npx', ['vite', 'build', '--logLevel', 'warn']).status !== 0) process.exit(1);

const port = process.env.E2E_PORT ?? '4173';
const server = spawn('npx', ['vite', 'preview', '--port', port, '--strictPort'], { stdio: ['ignore', 'pipe', 'inherit'] });
const baseUrl = `http://127.0.0.1:${port}/`;

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(baseUrl, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`e2e: preview server did not answer on ${baseUrl}`);
}

let code = 1;
try {
  await waitForServer();
  const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: baseUrl, CHROMIUM_PATH: chromium },
  });
  code = result.status ?? 1;
} catch (e) {
  console.error(String(e));
} finally {
  server.kill();
}
process.exit(code);

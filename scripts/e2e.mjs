// End-to-end tests: builds the renderer, serves it on 127.0.0.1 and drives it with playwright-core in Debian's
// Chromium. Never skips: without Chromium it fails and says how to install it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `e2e: Chromium not found at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
if (run('npx', ['vite', 'build', '--logLevel', 'warn']).status !== 0) process.exit(1);

/** A free loopback port, so a server left running elsewhere can never answer for this build. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const port = String(process.env.E2E_PORT ?? (await freePort()));
// Vite's own entry under this Node, not through npx: killing npx would leave the server running (and holding
// the terminal's pipes) behind it.
const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const server = spawn(process.execPath, [viteBin, 'preview', '--port', port, '--strictPort'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
let serverExited = false;
server.on('exit', () => {
  serverExited = true;
});
const baseUrl = `http://127.0.0.1:${port}/`;

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    if (serverExited) throw new Error('e2e: the preview server stopped before it answered');
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
  if (!serverExited) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill();
    await exited;
  }
}
process.exit(code);

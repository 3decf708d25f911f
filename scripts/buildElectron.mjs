// Bundles the Electron main process and the preload with esbuild: dist-electron/main.cjs and preload.cjs.
// The preload runs sandboxed, where `require` knows only a few Electron modules, so it must be one self-contained
// file; main is bundled too so the packaged app needs no node_modules at all.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');
const production = process.env.NODE_ENV !== 'development';

const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: production ? false : 'inline',
  minify: production,
  legalComments: 'none',
  logLevel: 'info',
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};

const started = Date.now();
await rm(outdir, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/main/index.ts')],
    outfile: path.join(outdir, 'main.cjs'),
    platform: 'node',
    // Electron 45 ships Node 22.
    target: 'node22',
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/preload/index.ts')],
    outfile: path.join(outdir, 'preload.cjs'),
    platform: 'browser',
    // Electron 45 ships Chromium 142.
    target: 'chrome142',
  }),
]);
console.log(`build:electron done in ${Date.now() - started} ms`);

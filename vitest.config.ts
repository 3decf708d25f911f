import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Tests of shared/ share their modules within a worker (isolate: false): shared/ is pure TypeScript (no globals,
// no DOM, no Node; eslint holds it to that), so a file cannot leave state behind for the next one, and importing
// its modules again for each of some 140 files took about a third of their time. Renderer, Electron and script
// tests (stores, jsdom, mocked modules) stay isolated, each file in a fresh module registry.
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'threads',
    // Vitest leaves a core to its main process (n - 1 workers), which on a two-core machine is one worker: the
    // whole run took 215 s with one and 122-126 s with two.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['test/shared/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/shared/**', 'test/e2e/**', 'node_modules/**'],
        },
      },
    ],
  },
});

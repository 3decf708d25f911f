import { defineConfig } from 'vitest/config';

// Two browser test files at a time, each with its Chromium: one file at a time kept about one of two cores busy
// (much of a test waits on the page), two at a time finished twelve files in 178 s instead of 236 s.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    setupFiles: ['test/e2e/setup.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

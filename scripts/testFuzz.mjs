// The long fuzz run of issue 17: every reader (project file, goals CSV, links CSV) gets 10,000 generated inputs,
// a tenth of them also go through the store and the repository, and each reader's figures are printed.
// `SAMENHANG_FUZZ_RUNS=<n>` and `SAMENHANG_FUZZ_SEED=<n>` change the count and the seed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const env = { ...process.env, SAMENHANG_FUZZ_RUNS: process.env.SAMENHANG_FUZZ_RUNS ?? '10000' };
const files = ['test/shared/io/fuzz', 'test/renderer/app/fileActionsFuzz.test.ts'];
const run = spawnSync(process.execPath, [vitest, 'run', ...files, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(run.status ?? 1);

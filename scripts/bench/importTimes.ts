// Import time of a 10 MB goals CSV read as UTF-8 and as Windows-1252 (issue 17): the same reader the import
// worker runs (applyCsvImport: size check, decode, split, row checks), into an empty project, in this process.
import { applyCsvImport } from '../../shared/io/applyCsvImport';
import { decodeText } from '../../shared/io/decodeText';
import { LIMITS } from '../../shared/io/limits';
import { emptyProject } from '../../shared/model';
import { goalsCsvBytes } from './goalsCsv';
import { fmt, printTable } from './table';

export const IMPORT_BENCH_BYTES = 10 * 1024 * 1024;
const RUNS = 7;

export function importTimesSection(): void {
  console.log('## Import of a 10 MB goals CSV: UTF-8 against Windows-1252 (issue 17)\n');
  const { utf8, windows1252, rows } = goalsCsvBytes(IMPORT_BENCH_BYTES);
  const project = emptyProject({ id: 'project_bench', name: 'Bench', now: '2026-01-01T00:00:00.000Z' });
  const files = [
    { name: 'UTF-8', bytes: utf8 },
    { name: 'Windows-1252', bytes: windows1252 },
  ];
  for (const { name, bytes } of files) {
    const check = applyCsvImport(project, 'goals', bytes);
    const errors = check.problems.filter((p) => p.severity !== 'warning');
    if (!check.value || check.value.goals.length !== rows)
      throw new Error(`${name}: expected ${rows} goals, got problems ${errors.map((p) => p.code).join(', ')}`);
  }
  // Rounds alternate the two files, so a busy machine or a growing heap weighs on both alike.
  const decodeMs = files.map(() => [] as number[]);
  const importMs = files.map(() => [] as number[]);
  const time = (fn: () => void) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  for (let round = 0; round < RUNS; round++)
    files.forEach(({ bytes }, i) => {
      decodeMs[i]!.push(time(() => void decodeText(bytes)));
      importMs[i]!.push(time(() => void applyCsvImport(project, 'goals', bytes)));
    });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const table = files.map(({ name, bytes }, i) => [
    name,
    fmt(bytes.length / 1024 / 1024, 3),
    rows,
    Math.round(median(decodeMs[i]!)),
    Math.round(median(importMs[i]!)),
  ]);
  console.log(
    `Generated deterministically (scripts/bench/goalsCsv.ts: 8 columns, descriptions of about 450 characters, Dutch accents and € “ ” –), ${rows} rows, under LIMITS.goals (${LIMITS.goals}). Medians of ${RUNS} rounds after a warm-up, the two files alternating.`,
  );
  printTable(['encoding', 'MB', 'rows', 'decode ms', 'import ms (decode, split, check rows)'], table);
  const ratio = median(importMs[1]!) / median(importMs[0]!);
  console.log(`Windows-1252 / UTF-8 import time: ${fmt(ratio, 3)} (goal: within 1.5× of each other)\n`);
}

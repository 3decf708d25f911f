// Import time of a 10 MB goals CSV read as UTF-8 and as Windows-1252 (issue 17): the same reader the import
// worker runs (applyCsvImport: size check, decode, split, row checks), into an empty project, in this process.
import { applyCsvImport } from '../../shared/io/applyCsvImport';
import { decodeText } from '../../shared/io/decodeText';
import { LIMITS } from '../../shared/io/limits';
import { emptyProject } from '../../shared/model';
import { goalsCsvBytes } from './goalsCsv';
import { fmt, printTable, timeMs } from './table';

export const IMPORT_BENCH_BYTES = 10 * 1024 * 1024;
const RUNS = 5;

export function importTimesSection(): void {
  console.log('## Import of a 10 MB goals CSV: UTF-8 against Windows-1252 (issue 17)\n');
  const { utf8, windows1252, rows } = goalsCsvBytes(IMPORT_BENCH_BYTES);
  const project = emptyProject({ id: 'project_bench', name: 'Bench', now: '2026-01-01T00:00:00.000Z' });
  const table: (string | number)[][] = [];
  const importMs: number[] = [];
  for (const [name, bytes] of [
    ['UTF-8', utf8],
    ['Windows-1252', windows1252],
  ] as const) {
    const check = applyCsvImport(project, 'goals', bytes);
    const errors = check.problems.filter((p) => p.severity !== 'warning');
    if (!check.value || check.value.goals.length !== rows)
      throw new Error(`${name}: expected ${rows} goals, got problems ${errors.map((p) => p.code).join(', ')}`);
    const decode = timeMs(() => void decodeText(bytes), RUNS);
    const whole = timeMs(() => void applyCsvImport(project, 'goals', bytes), RUNS);
    importMs.push(whole);
    table.push([name, fmt(bytes.length / 1024 / 1024, 3), rows, Math.round(decode), Math.round(whole)]);
  }
  console.log(
    `Generated deterministically (scripts/bench/goalsCsv.ts: 8 columns, descriptions of about 450 characters, Dutch accents and € “ ” –), ${rows} rows, under LIMITS.goals (${LIMITS.goals}). Medians of ${RUNS} runs after a warm-up.`,
  );
  printTable(['encoding', 'MB', 'rows', 'decode ms', 'import ms (decode, split, check rows)'], table);
  const ratio = importMs[1]! / importMs[0]!;
  console.log(`Windows-1252 / UTF-8 import time: ${fmt(ratio, 3)} (goal: within 1.5× of each other)\n`);
}

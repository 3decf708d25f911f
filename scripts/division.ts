/**
 * `npm run division -- <file.txt|.csv|.xlsx> [--json] [--lang nl|en] [--save out.samenhang.json]`: the entry; the
 * command itself is divisionCli.ts.
 */
import { divisionCli } from './divisionCli';

divisionCli(process.argv.slice(2), process).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug, not bad input: say so plainly and fail.
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);

/**
 * `npm run analyse -- <file.samenhang.json> [--division NAME] [--json] [--lang nl|en] [--optimise …]`: the entry;
 * the command itself is analyseCli.ts.
 */
import { analyseCli } from './analyseCli';

process.exitCode = await analyseCli(process.argv.slice(2), process);

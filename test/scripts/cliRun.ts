import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { CliIo } from '../../scripts/cliMessages';

export const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/**
 * A command run in this process, as its entry runs it: the same argv, stdout and stderr collected, the exit code.
 * Paths in argv are relative to the repository, as the spawned command's are (vitest runs from its root).
 */
export async function runCli(cli: (argv: string[], io: CliIo) => Promise<number>, args: string[]): Promise<CliResult> {
  if (process.cwd() !== ROOT) throw new Error(`run the tests from ${ROOT}: the commands read paths relative to it`);
  let out = '';
  let err = '';
  const code = await cli(args, {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
  });
  return { code, out, err };
}

/**
 * The command's entry in a fresh process: the tsx binary npx would run, spawned directly so npm's own notices do
 * not land on stderr. Seconds per run, so each command's tests spawn it once, to hold the entry to the same output.
 */
export function spawnCli(script: string, args: string[]): CliResult {
  const r = spawnSync(TSX, [script, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

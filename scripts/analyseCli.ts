/**
 * `npm run analyse -- <file.samenhang.json> [--division NAME] [--json] [--lang nl|en]`
 * Prints the coherence report of one division (default: the first). With `--optimise [--moves N] [--balance K:T]
 * [--balance-by goals|budget] [--seed S] [--level subject|goal]` it prints the optimiser's proposal for that division
 * instead (analyseOptimise.ts). Bad input → one line on stderr, exit 1; a usage error → exit 2.
 * The command's entry is analyse.ts; tests call analyseCli in their own process.
 */
import { readFileSync } from 'node:fs';
import { readProjectFile } from '../shared/io/projectFile';
import { formatPath } from '../shared/io/formatPath';
import { analyseProject } from '../shared/analysis/coherenceReport';
import { reportJson } from '../shared/analysis/reportJson';
import { partyBalance } from '../shared/coalition/partyBalance';
import { reportText, type AnalysisTranslate } from '../shared/analysis/reportText';
import type { Problem } from '../shared/model/problem';
import { langFromArgv, textFormat, translator, type CliIo, type Lang } from './cliMessages';
import { DEFAULT_BALANCE, DEFAULT_SEED, optimiseProposal, parseBalance, type OptimiseArgs } from './analyseOptimise';
import { optimiseJson, optimiseText } from './analyseOptimiseOutput';

interface Args {
  file: string;
  division?: string;
  json: boolean;
  lang: Lang;
  /** With `--optimise`: the proposal instead of the report. */
  optimise?: Omit<OptimiseArgs, 'division'>;
}

type UsageError = { error: string; params?: Record<string, string> };

/** Options that only mean something with `--optimise`. */
const OPTIMISE_OPTIONS = new Set(['--moves', '--balance', '--balance-by', '--seed', '--level']);

/** One value of an optimise option into `into`, or the usage error it is. */
function optimiseValue(name: string, v: string, into: Omit<OptimiseArgs, 'division'>): UsageError | null {
  const whole = (min: number) => (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= 2 ** 31 - 1 ? Number(v) : null);
  if (name === '--moves') {
    const n = whole(1);
    if (n === null) return { error: 'cli.badMoves', params: { value: v } };
    into.moves = n;
  } else if (name === '--seed') {
    const n = whole(0);
    if (n === null) return { error: 'cli.badSeed', params: { value: v } };
    into.seed = n;
  } else if (name === '--balance') {
    const b = parseBalance(v);
    if (!b) return { error: 'cli.badBalance', params: { value: v } };
    into.balance = b;
  } else if (name === '--balance-by') {
    if (v !== 'goals' && v !== 'budget') return { error: 'cli.badBalanceBy', params: { value: v } };
    into.by = v;
  } else if (v === 'subject' || v === 'goal') into.level = v;
  else return { error: 'cli.badLevel', params: { value: v } };
  return null;
}

/** Parses argv; a string is the usage error's key and params. */
function parseArgs(argv: string[]): Args | UsageError {
  const files: string[] = [];
  let division: string | undefined;
  let json = false;
  let lang: Lang = 'nl';
  let optimise = false;
  let firstOptimiseOption: string | undefined;
  const opt: Omit<OptimiseArgs, 'division'> = { balance: DEFAULT_BALANCE, by: 'goals', seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--json') json = true;
    else if (name === '--optimise') optimise = true;
    else if (name === '--division' || name === '--lang' || OPTIMISE_OPTIONS.has(name)) {
      const v = value();
      if (v === undefined || v === '') return { error: 'cli.missingValue', params: { option: name } };
      if (OPTIMISE_OPTIONS.has(name)) {
        firstOptimiseOption ??= name;
        const bad = optimiseValue(name, v, opt);
        if (bad) return bad;
      } else if (name === '--division') division = v;
      else if (v === 'nl' || v === 'en') lang = v;
      else return { error: 'cli.badLang', params: { lang: v } };
    } else if (name === '--help' || name === '-h') return { error: 'cli.usage' };
    else if (name.startsWith('-')) return { error: 'cli.unknownOption', params: { option: name } };
    else files.push(arg);
  }
  if (files.length !== 1) return { error: files.length ? 'cli.tooManyFiles' : 'cli.usage' };
  if (!optimise && firstOptimiseOption) return { error: 'cli.optimiseOnly', params: { option: firstOptimiseOption } };
  return { file: files[0]!, division, json, lang, ...(optimise ? { optimise: opt } : {}) };
}

/** The whole command: argv without node and the script, output through `io`; the exit code. */
export async function analyseCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  const lang = 'error' in parsed ? langFromArgv(argv) : parsed.lang;
  const tr = translator(lang, 'analysis');
  const t: AnalysisTranslate = (key, params) => tr(key, params) ?? key;
  const problemText = translator(lang, 'problem');
  if ('error' in parsed) {
    if (parsed.error !== 'cli.usage') io.stderr.write(`${t(parsed.error, parsed.params)}\n`);
    io.stderr.write(`${t('cli.usage')}\n`);
    return 2;
  }

  let text: string;
  try {
    text = readFileSync(parsed.file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const msg =
      code === 'ENOENT'
        ? t('cli.fileMissing', { file: parsed.file })
        : t('cli.fileUnreadable', { file: parsed.file, reason: code ?? String(e) });
    io.stderr.write(`${msg}\n`);
    return 1;
  }

  let names: string[] = [];
  const fail = (problems: Problem[]): number => {
    const first = problems[0]!;
    let message: string;
    if (first.code === 'unknownDivision') {
      message = t('cli.unknownDivision', { id: String(first.params?.id ?? ''), names: names.join(', ') });
    } else if (first.code === 'noDivision') message = t('cli.noDivision');
    else {
      const params = Object.entries(first.params ?? {})
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      message = problemText(first.code, first.params) ?? t('cli.problemCode', { code: first.code, params }).trim();
    }
    const path = formatPath(first.path, lang);
    let line = path
      ? t('cli.problemAt', { file: parsed.file, message, path })
      : t('cli.problem', { file: parsed.file, message });
    if (problems.length > 1) line = t('cli.more', { line, count: problems.length - 1 });
    io.stderr.write(`${line}\n`);
    return 1;
  };

  const read = readProjectFile(text);
  const errors = read.problems.filter((p) => p.severity !== 'warning');
  if (!read.value) return fail(errors.length ? errors : read.problems);
  const project = read.value;
  names = project.divisions.map((d) => d.name);

  if (parsed.optimise) {
    const res = await optimiseProposal(project, { ...parsed.optimise, division: parsed.division });
    if (!res.ok) return fail(res.problems);
    const tOpt = translator(lang, 'optimiser');
    io.stdout.write(
      parsed.json
        ? `${JSON.stringify(optimiseJson(res.value), null, 2)}\n`
        : optimiseText(res.value, project, t, (key, params) => tOpt(key, params) ?? key, textFormat(lang)),
    );
    return 0;
  }
  const result = analyseProject(project, parsed.division, { bridging: true });
  if (!result.value) return fail(result.problems);
  const report = result.value;
  if (parsed.json) {
    const json = { ...reportJson(report), partyBalance: partyBalance(project, report.divisionId) };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(reportText(report, project, t, textFormat(lang)));
  return 0;
}

/**
 * `npm run analyse -- <file.samenhang.json> [--division NAME] [--json] [--lang nl|en]`
 * Prints the coherence report of one division (default: the first). Bad input → one line on stderr, exit 1;
 * a usage error → exit 2.
 */
import { readFileSync } from 'node:fs';
import { readProjectFile } from '../shared/io/projectFile';
import { formatPath } from '../shared/io/formatPath';
import { analyseProject } from '../shared/analysis/coherenceReport';
import { reportJson } from '../shared/analysis/reportJson';
import { partyBalance } from '../shared/coalition/partyBalance';
import { reportText, type AnalysisTranslate } from '../shared/analysis/reportText';
import type { Problem } from '../shared/model/problem';
import { langFromArgv, textFormat, translator, type Lang } from './cliMessages';

interface Args {
  file: string;
  division?: string;
  json: boolean;
  lang: Lang;
}

/** Parses argv; a string is the usage error's key and params. */
function parseArgs(argv: string[]): Args | { error: string; params?: Record<string, string> } {
  const files: string[] = [];
  let division: string | undefined;
  let json = false;
  let lang: Lang = 'nl';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--json') json = true;
    else if (name === '--division' || name === '--lang') {
      const v = value();
      if (v === undefined || v === '') return { error: 'cli.missingValue', params: { option: name } };
      if (name === '--division') division = v;
      else if (v === 'nl' || v === 'en') lang = v;
      else return { error: 'cli.badLang', params: { lang: v } };
    } else if (name === '--help' || name === '-h') return { error: 'cli.usage' };
    else if (name.startsWith('-')) return { error: 'cli.unknownOption', params: { option: name } };
    else files.push(arg);
  }
  if (files.length !== 1) return { error: files.length ? 'cli.tooManyFiles' : 'cli.usage' };
  return { file: files[0]!, division, json, lang };
}

function main(argv: string[]): number {
  const parsed = parseArgs(argv);
  const lang = 'error' in parsed ? langFromArgv(argv) : parsed.lang;
  const tr = translator(lang, 'analysis');
  const t: AnalysisTranslate = (key, params) => tr(key, params) ?? key;
  const problemText = translator(lang, 'problem');
  if ('error' in parsed) {
    if (parsed.error !== 'cli.usage') process.stderr.write(`${t(parsed.error, parsed.params)}\n`);
    process.stderr.write(`${t('cli.usage')}\n`);
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
    process.stderr.write(`${msg}\n`);
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
    process.stderr.write(`${line}\n`);
    return 1;
  };

  const read = readProjectFile(text);
  const errors = read.problems.filter((p) => p.severity !== 'warning');
  if (!read.value) return fail(errors.length ? errors : read.problems);
  const project = read.value;
  names = project.divisions.map((d) => d.name);

  const result = analyseProject(project, parsed.division, { bridging: true });
  if (!result.value) return fail(result.problems);
  const report = result.value;
  if (parsed.json) {
    const json = { ...reportJson(report), partyBalance: partyBalance(project, report.divisionId) };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(reportText(report, project, t, textFormat(lang)));
  return 0;
}

process.exitCode = main(process.argv.slice(2));

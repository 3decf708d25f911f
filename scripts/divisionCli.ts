/**
 * `npm run division -- <file.txt|.csv|.xlsx> [--json] [--lang nl|en] [--save out.samenhang.json]`
 * Reads a portfolio division as a municipality publishes it, matches its subjects to the catalogue (what matches
 * nothing is left out and listed), builds a project of it with the catalogue's typical links, and prints the report
 * at subject level: text, or with --json exactly one JSON object on stdout (shared/division/divisionReport.ts).
 * Problems go to stderr as `file:line:column: message`; warnings do not fail. Exit 0 done, 1 a bad file or a failed
 * save, 2 a usage error. The command's entry is division.ts; tests call divisionCli in their own process.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSheet, type SheetData } from 'read-excel-file/node';
import { emptyProject } from '../shared/model/project';
import { newId } from '../shared/model/ids';
import type { Problem } from '../shared/model/problem';
import { checkFileSize } from '../shared/io/checkLimits';
import { decodeText } from '../shared/io/decodeText';
import { readCsvTable } from '../shared/io/readCsvTable';
import { formatPath } from '../shared/io/formatPath';
import { writeProjectFile } from '../shared/io/projectFile';
import { coherenceReport } from '../shared/analysis/coherenceReport';
import type { AnalysisTranslate } from '../shared/analysis/reportText';
import { parsePublishedDivision } from '../shared/division/parsePublishedDivision';
import { parseDivisionCsv } from '../shared/division/parseDivisionCsv';
import { parseDivisionTable } from '../shared/division/parseDivisionTable';
import type { PublishedDivision, PublishedHolder } from '../shared/division/publishedDivision';
import { applyPublishedDivision } from '../shared/division/applyPublishedDivision';
import { divisionReport, type DivisionReportInput } from '../shared/division/divisionReport';
import { divisionReportText } from '../shared/division/divisionReportText';
import { formatLocation, problemLocation, type ProblemLocation } from '../shared/division/problemLocation';
import { writeFileAtomic } from '../electron/main/atomicWrite';
import { langFromArgv, textFormat, translator, type CliIo, type Lang } from './cliMessages';

const KINDS = ['.txt', '.csv', '.xlsx'] as const;
type Kind = (typeof KINDS)[number];

interface Args {
  file: string;
  json: boolean;
  lang: Lang;
  save?: string;
}

type Usage = { error: string; params?: Record<string, string> };

function parseArgs(argv: string[]): Args | Usage {
  const files: string[] = [];
  let json = false;
  let lang: Lang = 'nl';
  let save: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (name === '--json') json = true;
    else if (name === '--lang' || name === '--save') {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') return { error: 'cli.missingValue', params: { option: name } };
      if (name === '--save') save = v;
      else if (v === 'nl' || v === 'en') lang = v;
      else return { error: 'cli.badLang', params: { lang: v } };
    } else if (name === '--help' || name === '-h') return { error: 'division.cli.usage' };
    else if (name.startsWith('-')) return { error: 'cli.unknownOption', params: { option: name } };
    else files.push(arg);
  }
  if (files.length !== 1) return { error: files.length ? 'division.cli.tooManyFiles' : 'division.cli.usage' };
  // A project file only: `--save` given the division itself (or any other file) would overwrite it.
  if (save !== undefined && !save.toLowerCase().endsWith('.samenhang.json'))
    return { error: 'division.cli.saveName', params: { file: save } };
  return { file: files[0]!, json, lang, ...(save === undefined ? {} : { save }) };
}

/** The division in the file, and the header row of a table (to number a problem's column). */
async function readDivision(
  bytes: Uint8Array,
  kind: Kind,
): Promise<{ division: PublishedDivision; header: () => string[] } | { unreadable: string }> {
  const noHeader = () => [];
  const tooLarge = checkFileSize(bytes.length, 'csv');
  if (tooLarge.length > 0) return { division: { holders: [], problems: tooLarge }, header: noHeader };
  if (kind === '.txt') return { division: parsePublishedDivision(decodeText(bytes).text), header: noHeader };
  if (kind === '.csv')
    return { division: parseDivisionCsv(bytes), header: () => readCsvTable(bytes).value?.header ?? [] };
  let rows: SheetData;
  try {
    rows = await readSheet(Buffer.from(bytes));
  } catch (e) {
    return { unreadable: e instanceof Error ? e.message : String(e) };
  }
  const first = rows.find((cells) => cells.some((c) => c !== null && String(c).trim() !== ''));
  const header = (first ?? []).map((c) => (c === null ? '' : String(c).trim()));
  return { division: parseDivisionTable(rows), header: () => header };
}

function appVersion(): string {
  const pkg = join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/** The whole command: argv without node and the script, output through `io`; the exit code. */
export async function divisionCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  const lang = 'error' in parsed ? langFromArgv(argv) : parsed.lang;
  const tr = translator(lang, 'analysis');
  const t: AnalysisTranslate = (key, params) => tr(key, params) ?? key;
  const problemText = translator(lang, 'problem');
  const say = (line: string) => io.stderr.write(`${line}\n`);
  if ('error' in parsed) {
    if (parsed.error !== 'division.cli.usage') say(t(parsed.error, parsed.params));
    say(t('division.cli.usage'));
    return 2;
  }
  const { file } = parsed;

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    say(
      code === 'ENOENT' ? t('cli.fileMissing', { file }) : t('cli.fileUnreadable', { file, reason: code ?? String(e) }),
    );
    return 1;
  }
  const ext = extname(file).toLowerCase();
  const kind = KINDS.find((k) => k === ext);
  if (kind === undefined) {
    say(t('division.cli.badExtension', { file }));
    return 1;
  }
  const read = await readDivision(bytes, kind);
  if ('unreadable' in read) {
    say(t('division.cli.sheetUnreadable', { file, reason: read.unreadable }));
    return 1;
  }

  const message = (p: Problem) => {
    const params = Object.entries(p.params ?? {})
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    return problemText(p.code, p.params) ?? t('cli.problemCode', { code: p.code, params }).trim();
  };
  const report = (p: Problem, loc: ProblemLocation, holders: readonly PublishedHolder[] = []) => {
    let location = loc;
    let text = message(p);
    // A refusal of applyPublishedDivision points into its input (`holders[i]…`): the line that names that holder.
    const i = p.path?.[0] === 'holders' ? p.path[1] : undefined;
    if (typeof i === 'number' && holders[i]) location = { line: holders[i].line };
    else if (p.path && p.path[0] !== 'csv' && p.path.length) text += ` (${formatPath(p.path, lang)})`;
    const key = p.severity === 'warning' ? 'division.cli.warning' : 'division.cli.error';
    say(t(key, { location: formatLocation(file, location), message: text }));
  };

  const { division } = read;
  for (const p of division.problems) report(p, problemLocation(p, p.path?.[0] === 'csv' ? read.header() : []));
  if (division.problems.some((p) => p.severity !== 'warning')) return 1;

  const now = new Date().toISOString();
  const name = (basename(file, extname(file)).trim() || basename(file)).slice(0, 200);
  const applied = applyPublishedDivision(emptyProject({ id: newId('proj'), name, now }), {
    holders: division.holders,
    lang,
    divisionName: t('division.name'),
  });
  if (!applied.ok) {
    for (const p of applied.problems) report(p, {}, division.holders);
    return 1;
  }
  const input: DivisionReportInput = {
    published: division.holders,
    summary: applied.summary,
    project: applied.project,
    report: coherenceReport(applied.project, applied.summary.divisionId),
  };

  // Saved before anything is printed, so a failed save never follows a report that looked complete.
  if (parsed.save !== undefined) {
    try {
      await writeFileAtomic(parsed.save, writeProjectFile(applied.project, { savedAt: now, appVersion: appVersion() }));
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
      say(t('division.cli.saveFailed', { file: parsed.save, reason }));
      return 1;
    }
  }
  const saved = parsed.save === undefined ? '' : `${t('division.cli.saved', { file: parsed.save })}\n`;
  if (parsed.json) {
    io.stdout.write(`${JSON.stringify(divisionReport(input), null, 2)}\n`);
    io.stderr.write(saved);
  } else io.stdout.write(`${divisionReportText(input, t, textFormat(lang))}${saved ? `\n${saved}` : ''}`);
  return 0;
}

/** Messages for the command-line entries (analyse, division): the app's catalogues read from disk. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextFormat } from '../shared/analysis/reportText';
import { formatMoney, formatNumber, formatPercent } from '../renderer/i18n/format';
import { fillMessage } from '../renderer/i18n/fillMessage';

export type Lang = 'nl' | 'en';

/** Where a command writes: process.stdout and process.stderr, or a test's collectors. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}
type Catalogue = Record<string, string>;

const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer', 'i18n', 'locales');

function loadCatalogue(lang: Lang, namespace: string): Catalogue {
  const file = join(LOCALES_DIR, lang, `${namespace}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Catalogue) : {};
}

/** The app's message rule (renderer/i18n/fillMessage.ts) over catalogues read from disk. */
export function translator(
  lang: Lang,
  namespace: string,
): (key: string, params?: Record<string, string | number>) => string | undefined {
  const own = loadCatalogue(lang, namespace);
  const fallback = lang === 'nl' ? own : loadCatalogue('nl', namespace);
  return (key, params) => fillMessage(own, fallback, lang, key, params);
}

/** The language asked for, read even from arguments that are otherwise wrong, so a usage error speaks it too. */
export function langFromArgv(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'nl';
}

export function textFormat(lang: Lang): TextFormat {
  return {
    number: (v, digits = 0) => formatNumber(v, lang, digits),
    percent: (v) => formatPercent(v, lang),
    money: (v) => formatMoney(v, lang),
  };
}

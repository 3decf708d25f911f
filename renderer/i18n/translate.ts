import type nlApp from './locales/nl/app.json';
import { fillMessage } from './fillMessage';

export type Locale = 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'en'];

type Plain<K> = K extends `${infer B}_${'one' | 'other'}` ? B : K;
/** Keys of the lead namespace are checked at compile time; other namespaces carry codes decided at run time. */
export type AppKey = `app.${Plain<keyof typeof nlApp & string>}`;
export type DynamicKey = `${'problem' | 'analysis' | 'optimiser' | 'platform' | 'report'}.${string}`;
export type MessageKey = AppKey | DynamicKey;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

type Catalogue = Record<string, string>;

// Eager glob: every namespace file of both languages is bundled; Dutch is the key source and the fallback.
const files = import.meta.glob<{ default: Catalogue }>('./locales/*/*.json', { eager: true });

function catalogueFor(locale: Locale): Catalogue {
  const out: Catalogue = {};
  for (const [path, mod] of Object.entries(files)) {
    const m = /\.\/locales\/(\w+)\/(\w+)\.json$/.exec(path);
    if (!m || m[1] !== locale) continue;
    for (const [k, v] of Object.entries(mod.default)) out[`${m[2]}.${k}`] = v;
  }
  return out;
}

const catalogues: Record<Locale, Catalogue> = { nl: catalogueFor('nl'), en: catalogueFor('en') };

export function hasMessage(key: string): boolean {
  return key in catalogues.nl || `${key}_other` in catalogues.nl;
}

export function createTranslator(locale: Locale): Translate {
  const own = catalogues[locale];
  // A missing key shows itself, so a gap is visible in screenshots and caught by the catalogue test.
  return (key, params) => fillMessage(own, catalogues.nl, locale, key, params) ?? key;
}

export function catalogueKeys(locale: Locale): string[] {
  return Object.keys(catalogues[locale]).sort();
}

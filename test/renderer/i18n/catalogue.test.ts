import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator, catalogueKeys } from '../../../renderer/i18n/translate';

const root = join(__dirname, '../../../renderer/i18n/locales');
const namespaces = readdirSync(join(root, 'nl')).filter((f) => f.endsWith('.json'));
const load = (lang: string, ns: string) =>
  JSON.parse(readFileSync(join(root, lang, ns), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('English has exactly the Dutch keys, namespace by namespace', () => {
    for (const ns of namespaces)
      expect(Object.keys(load('en', ns)).sort(), ns).toEqual(Object.keys(load('nl', ns)).sort());
    expect(catalogueKeys('en')).toEqual(catalogueKeys('nl'));
  });

  it('uses the same placeholders in both languages and leaves no message empty', () => {
    for (const ns of namespaces) {
      const nl = load('nl', ns);
      const en = load('en', ns);
      for (const key of Object.keys(nl)) {
        expect(nl[key]!.trim(), `${ns}:${key}`).not.toBe('');
        expect(placeholders(en[key] ?? ''), `${ns}:${key}`).toEqual(placeholders(nl[key]!));
      }
    }
  });

  it('fills placeholders, picks plural forms and formats numbers per locale', () => {
    const nl = createTranslator('nl');
    const en = createTranslator('en');
    expect(nl('app.goals.heading', { count: 1 })).toBe('Doel (1)');
    expect(nl('app.goals.heading', { count: 1234 })).toBe('Doelen (1.234)');
    expect(en('app.goals.heading', { count: 1234 })).toBe('Goals (1,234)');
    expect(en('app.analysis.move', { goal: 'A', from: 'B', to: 'C' })).toBe('Move “A” from B to C.');
  });

  it('shows the key itself for a missing message, so gaps are visible', () => {
    expect(createTranslator('nl')('problem.noSuchCode')).toBe('problem.noSuchCode');
  });
});

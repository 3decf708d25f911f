import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nl from '../../../renderer/i18n/locales/nl/problem.json';
import en from '../../../renderer/i18n/locales/en/problem.json';
import { createTranslator } from '../../../renderer/i18n/translate';
import { importGoalsCsv } from '../../../shared/io/importGoalsCsv';
import { importLinksCsv } from '../../../shared/io/importLinksCsv';
import { readProjectFile } from '../../../shared/io/projectFile';
import type { Problem } from '../../../shared/model';
import { fixtureBytes, fixtureText } from './fixtures';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const nlKeys = Object.keys(nl as Record<string, string>);
const hasSentence = (code: string) => code in nl || (`${code}_one` in nl && `${code}_other` in nl);

/** Every `.ts` file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Codes the pure layers emit: problem('x'), warning('x'), cellProblem('x'), cellWarning('x') and at('x'). */
const NOT_CODES = new Set(['goals', 'links', 'divisions', 'mapPositions', 'parties']); // path helpers: at('goals', i, …) in invariants.ts
function emittedCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sources(join(ROOT, 'shared'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:problem|warning|cellProblem|cellWarning|at)\(\s*'([A-Za-z.]+)'/g))
      if (!NOT_CODES.has(m[1]!)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

const placeholders = (s: string) => new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));

describe('the problem namespace', () => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual([...nlKeys].sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of nlKeys)
      expect([...placeholders((en as Record<string, string>)[key]!)].sort(), key).toEqual(
        [...placeholders((nl as Record<string, string>)[key]!)].sort(),
      );
  });

  it('has a sentence for every code shared/ emits', () => {
    const codes = emittedCodes();
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter((c) => !hasSentence(c))).toEqual([]);
  });

  it('has a sentence for every zod 4 issue code', () => {
    const zodCodes = [
      'invalid_type',
      'too_big',
      'too_small',
      'invalid_format',
      'not_multiple_of',
      'unrecognized_keys',
      'invalid_union',
      'invalid_key',
      'invalid_element',
      'invalid_value',
      'custom',
    ];
    expect(zodCodes.filter((c) => !hasSentence(`zod.${c}`))).toEqual([]);
  });

  it('fills every placeholder from the params real problems carry', () => {
    const p = readProjectFile(fixtureText('project-v2.samenhang.json')).value!;
    const problems: Problem[] = [
      ...[
        'goals-unknown-column.csv',
        'goals-missing-title.csv',
        'goals-bad-number.csv',
        'goals-unknown-domain.csv',
        'goals-2017-codes.csv',
      ].flatMap((f) => importGoalsCsv(p, fixtureBytes(f)).problems),
      ...[
        'links-unknown-goal.csv',
        'links-self.csv',
        'links-duplicate.csv',
        'links-ambiguous.csv',
        'links-bad-strength.csv',
        'links-unknown-kind.csv',
      ].flatMap((f) => importLinksCsv(p, fixtureBytes(f)).problems),
      ...['project-broken.samenhang.json', 'project-newer.samenhang.json'].flatMap(
        (f) => readProjectFile(fixtureText(f)).problems,
      ),
      ...importGoalsCsv(p, new TextEncoder().encode('titel;;domein\nA;x;Sociaal;;y\n')).problems,
    ];
    expect(new Set(problems.map((x) => x.code)).size).toBeGreaterThan(15);
    for (const locale of ['nl', 'en'] as const) {
      const t = createTranslator(locale);
      for (const x of problems) {
        const text = t(`problem.${x.code}`, x.params);
        expect(text, `${locale} ${x.code}`).not.toMatch(/\{\w+\}|^problem\./);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import nl from '../../../renderer/i18n/locales/nl/analysis.json';
import en from '../../../renderer/i18n/locales/en/analysis.json';
import { reportText, type AnalysisTranslate, type TextFormat } from '../../../shared/analysis/reportText';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { fixtureProject } from './analysisFixture';

/** A strict translator: a missing key or an unfilled placeholder fails the test instead of showing itself. */
function strict(catalogue: Record<string, string>, used: Set<string>): AnalysisTranslate {
  return (key, params) => {
    let k = key;
    if (params && typeof params.count === 'number') k = `${key}_${params.count === 1 ? 'one' : 'other'}`;
    const template = catalogue[k];
    if (template === undefined) throw new Error(`missing key ${k}`);
    used.add(k);
    return template.replace(/\{(\w+)\}/g, (_w, name: string) => {
      const v = params?.[name];
      if (v === undefined) throw new Error(`placeholder ${name} unfilled in ${k}`);
      return String(v);
    });
  };
}

const fmt: TextFormat = { number: (v) => String(v), percent: (v) => `${v * 100}%`, money: (v) => `EUR ${v}` };

const project = fixtureProject({
  goals: [
    ['a', 'fysiek', 1e6],
    ['b', 'sociaal'],
    ['c', 'sociaal'],
    ['u', 'sociaal'],
  ],
  links: [
    ['ab', 'a', 'b', 2, 'omgevingswet'],
    ['bc', 'b', 'c', 1],
    ['cu', 'c', 'u', 1],
  ],
  portfolios: ['P1', 'P2', 'P3'],
  divisions: { D: { parts: { P1: ['a'], P2: ['b', 'c'], P3: [] } } },
});

describe('analysis namespace', () => {
  it('English has exactly the Dutch keys, and the same placeholders in each', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of Object.entries(nl)) expect(holes((en as Record<string, string>)[k]!), k).toEqual(holes(v));
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ])('reportText (%s) fills every key it uses, in every section', (_lang, catalogue) => {
    const used = new Set<string>();
    const r = coherenceReport(project, 'D', undefined, { bridging: true });
    const text = reportText(r, project, strict(catalogue, used), fmt);
    expect(text).toContain('Wethouder P1');
    for (const key of [
      'warning.unassignedGoals_one',
      'warning.emptyPortfolios_one',
      'warning.allLinksLeave_one',
      'bridging.line',
    ])
      expect(used.has(key), key).toBe(true);
    const quiet = coherenceReport(
      fixtureProject({ goals: [['a', 'fysiek']], portfolios: ['P1'], divisions: { D: { parts: { P1: ['a'] } } } }),
      'D',
    );
    expect(() => reportText(quiet, project, strict(catalogue, used), fmt)).not.toThrow();
    expect(used.has('warning.none') && used.has('bridging.skipped') && used.has('coordination.none')).toBe(true);
  });

  it('caps long lists and names the rest', () => {
    const many = fixtureProject({
      goals: Array.from({ length: 12 }, (_, i) => [`g${i}`, 'fysiek'] as [string, string]),
      portfolios: ['P1'],
      divisions: { D: { parts: { P1: [] } } },
    });
    const used = new Set<string>();
    const text = reportText(coherenceReport(many, 'D'), many, strict(en, used), fmt, { maxItems: 3 });
    expect(text).toContain('12 goals are unassigned: g0, g1, g2 … and 9 more');
  });
});

describe('reportText with subjects', () => {
  it('names a subject at the end of a split link by its name, never its id', async () => {
    const { subjectDraft } = await import('./subjectDraftFixture');
    const p = subjectDraft();
    const text = reportText(coherenceReport(p, 'D'), p, strict(nl, new Set()), fmt, { maxItems: 50 });
    // z1–H is split (Z with P2, H with P3): H is the subject "Wonen".
    expect(text).toContain('Wonen');
    expect(text).not.toMatch(/\bH\b —|— H\b/);
  });
});

import { describe, expect, it } from 'vitest';
import nl from '../../../renderer/i18n/locales/nl/analysis.json';
import en from '../../../renderer/i18n/locales/en/analysis.json';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { reportText, type AnalysisTranslate, type TextFormat } from '../../../shared/analysis/reportText';
import type { Project } from '../../../shared/model';
import { arrangement, coverageDraft, deliberate } from './coverageFixture';

/** A strict translator: a missing key or an unfilled placeholder fails the test. */
function strict(catalogue: Record<string, string>, used: Set<string>): AnalysisTranslate {
  return (key, params) => {
    const k = params && typeof params.count === 'number' ? `${key}_${params.count === 1 ? 'one' : 'other'}` : key;
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

const fmt: TextFormat = {
  number: (v) => String(v),
  percent: (v) => `${Math.round(v * 1000) / 10}%`,
  money: (v) => `EUR ${v}`,
};

/** The fixture with P3 as the burgemeester and a party for P1; S1 keeps x and w1 apart on purpose. */
function draft(extra: Parameters<typeof coverageDraft>[0] = {}): Project {
  const p = coverageDraft({ deliberate: [deliberate('S1', 'x', 'w1', 'Armoede apart')], ...extra });
  p.portfolios = p.portfolios.map((x) =>
    x.id === 'P3'
      ? { ...x, holder: 'Burgemeester Drie', role: 'burgemeester' }
      : x.id === 'P1'
        ? { ...x, party: 'GL' }
        : x,
  );
  return p;
}

const lines = (p: Project, catalogue: Record<string, string> = en, used = new Set<string>()) =>
  reportText(coherenceReport(p, 'D'), p, strict(catalogue, used), fmt).split('\n');

/** The lines of one section: from its heading to the next blank line. */
const section = (all: string[], heading: string) => {
  const from = all.findIndex((l) => l.startsWith(heading));
  expect(from, heading).toBeGreaterThanOrEqual(0);
  const to = all.indexOf('', from);
  return all.slice(from + 1, to < 0 ? undefined : to);
};

describe('reportText: coverage, arrangements, deliberate splits, the division as published', () => {
  it('splits the split weight in the headline and marks each pair on the agenda', () => {
    const all = lines(draft());
    // Covered w1–z1 3, w2–z1 1, w2–x 1; deliberate w1–x 2; uncovered z1–z2 2: 9 in all.
    expect(all[2]).toBe(
      '22.2% of the split weight uncovered: 2 of 9; 5 covered by an arrangement, 2 split deliberately',
    );
    const pairs = section(all, 'Coordination between portfolios').filter(
      (l) => l.startsWith('  ') && !l.startsWith('    '),
    );
    expect(pairs).toEqual([
      '  Wethouder Een ↔ Wethouder Twee: 2 links, weight 4 — covered by Regeling A1',
      '  Wethouder Een ↔ Burgemeester Drie: 2 links, weight 3 — covered by Regeling A2; 1 link split deliberately',
      '  Wethouder Twee ↔ Burgemeester Drie: 1 link, weight 2 — uncovered',
    ]);
    // Without S1 the pair P1–P3 is partly covered; with W and Z apart on purpose P1–P2 is all deliberate.
    const partly = lines(draft({ deliberate: [] }));
    expect(partly).toContain(
      '  Wethouder Een ↔ Burgemeester Drie: 2 links, weight 3 — partly covered (1 of 2 links) by Regeling A2',
    );
    expect(partly[2]).toBe(
      '44.4% of the split weight uncovered: 4 of 9; 5 covered by an arrangement, 0 split deliberately',
    );
    expect(lines(draft({ deliberate: [deliberate('S2', 'W', 'Z', 'Spreiding')] }))).toContain(
      '  Wethouder Een ↔ Wethouder Twee: 2 links, weight 4 — split deliberately',
    );
  });

  it('lists the arrangements with lead, holders, scope and the split links each covers', () => {
    const p = draft();
    p.divisions[0]!.arrangements.push(arrangement('A3', 'P2', [], { subjectIds: ['Z'] }));
    expect(section(lines(p), 'Arrangements')).toEqual([
      '  Regeling A1 (coordinating alderman): Wethouder Een leads, with Wethouder Twee',
      '    About: Zorg',
      '    Covers 2 split links, weight 4',
      '      Doel w1 — Doel z1 (reinforces, strength 3)',
      '      Doel w2 — Doel z1 (reinforces, strength 1)',
      '  Regeling A2 (coordinating alderman): Burgemeester Drie leads, with Wethouder Een',
      '    About: Doel w2',
      '    Covers 1 split link, weight 1',
      '      Doel w2 — Doel x (reinforces, strength 1)',
      '  Regeling A3 (coordinating alderman): Wethouder Twee',
      '    About: Zorg',
      '    Covers no split link in this draft.',
    ]);
    p.divisions[0]!.arrangements = [];
    expect(section(lines(p), 'Arrangements')).toEqual([
      '  No arrangements in this draft: every split link counts as uncovered unless split deliberately.',
    ]);
  });

  it('lists the deliberate splits with their reasons and links, or that the draft no longer splits them', () => {
    const p = draft({
      deliberate: [deliberate('S1', 'x', 'w1', 'Armoede apart'), deliberate('S2', 'z2', 'w2', 'Los')],
    });
    expect(section(lines(p), 'Deliberate splits')).toEqual([
      '  Doel x ↔ Doel w1: Armoede apart',
      '    1 split link, weight 2',
      '      Doel w1 — Doel x (reinforces, strength 2)',
      '  Doel z2 ↔ Doel w2: Los',
      '    No link between them is split in this draft.',
    ]);
    const together = draft({ assignments: { x: 'P1' } });
    expect(section(lines(together), 'Deliberate splits')).toEqual([
      '  Doel x ↔ Doel w1: Armoede apart',
      '    This draft gives both to one holder: nothing of this split is left.',
    ]);
    expect(section(lines(draft({ deliberate: [] })), 'Deliberate splits')).toEqual([
      '  No deliberate splits in this draft.',
    ]);
  });

  it('prints the division as published: wethouders, then the burgemeester, shared subjects marked', () => {
    const p = draft();
    const d = p.divisions[0]!;
    d.portfolioIds = ['P3', 'P1', 'P2'];
    d.subjects = { W: ['P1'], Z: ['P2', 'P1'] };
    p.subjects.push({ ...p.subjects[0]!, id: 'H', name: 'Wonen' });
    p.portfolios = p.portfolios.map((x) => (x.id === 'P2' ? { ...x, holder: 'Twee' } : x));
    expect(section(lines(p), 'The division as published')).toEqual([
      '  Wethouder Een (GL)',
      '    Werk en inkomen, Zorg (shared by Twee, Wethouder Een; Twee leads)',
      // A holder field without the role gets it in front.
      '  Alderman Twee',
      '    Zorg (shared by Twee, Wethouder Een; Twee leads)',
      '  Burgemeester Drie',
      '    no subjects',
      '    and 2 goals apart from a subject: Doel z2 (exception to Zorg), Doel x',
      '  1 subject held by nobody: Wonen',
    ]);
  });

  it.each([
    ['nl', nl],
    ['en', en],
  ])('fills every coalition key it uses (%s), and each is used by one of the cases', (_lang, catalogue) => {
    const used = new Set<string>();
    const variants = [
      draft(),
      draft({ deliberate: [] }),
      draft({ deliberate: [deliberate('S2', 'W', 'Z', 'r'), deliberate('S3', 'z2', 'w2', 'r')] }),
      draft({ assignments: { x: 'P1' } }),
    ];
    variants[1]!.divisions[0]!.arrangements.push(arrangement('A3', 'P2', [], { subjectIds: ['Z'] }));
    variants[2]!.divisions[0]!.arrangements = [];
    const [, , , last] = variants;
    last!.subjects.push(
      { ...last!.subjects[0]!, id: 'H', name: 'Wonen' },
      { ...last!.subjects[0]!, id: 'K', name: 'Kunst' },
    );
    last!.divisions[0]!.subjects = { W: ['P1'], Z: ['P2', 'P1'] };
    for (const p of variants) lines(p, catalogue, used);
    // Each key is used in some plural form; the three kinds are one template pattern, coordinating stands for them.
    const base = (k: string) => k.replace(/_(one|other)$/, '');
    const usedBase = new Set([...used].map(base));
    const mine = Object.keys(catalogue).filter((k) =>
      /^(coverage|published|arrangement|deliberate)\.|^section\.(published|arrangements|deliberate)$/.test(k),
    );
    const unused = mine.filter((k) => !usedBase.has(base(k)) && !k.startsWith('arrangement.kind.'));
    expect(unused).toEqual([]);
    expect(used.has('arrangement.kind.coordinating')).toBe(true);
  });
});

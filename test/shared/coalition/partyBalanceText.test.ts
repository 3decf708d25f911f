import { describe, expect, it } from 'vitest';
import nl from '../../../renderer/i18n/locales/nl/analysis.json';
import en from '../../../renderer/i18n/locales/en/analysis.json';
import { coherenceReport } from '../../../shared/analysis/coherenceReport';
import { buildCompactGraph } from '../../../shared/analysis/compactGraph';
import { reportText, type AnalysisTranslate, type TextFormat } from '../../../shared/analysis/reportText';
import { partyBalance } from '../../../shared/coalition/partyBalance';
import { partyBalanceLines, partyBalanceSection } from '../../../shared/coalition/partyBalanceText';
import type { Project } from '../../../shared/model';
import { partyDraft } from './partyFixture';

/** A strict translator: a missing key or an unfilled placeholder fails the test. */
function strict(catalogue: Record<string, string>, used = new Set<string>()): AnalysisTranslate {
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
  number: (v, digits = 0) => String(Number(v.toFixed(digits))),
  percent: (v) => `${Math.round(v * 1000) / 10}%`,
  money: (v) => `EUR ${v}`,
};

const text = (p: Project, catalogue: Record<string, string> = en, used?: Set<string>) =>
  partyBalanceSection('D', p, strict(catalogue, used), fmt).map(([indent, s]) => `${'  '.repeat(indent)}${s}`);

describe('partyBalanceLines', () => {
  it('writes the worked example: the index with how to read it, each party, the holders outside', () => {
    // Figures by hand in partyBalance.test.ts: Gallagher 20.68, 20.06, 27.91, 6.55, 21.59 points; shares there.
    expect(text(partyDraft())).toEqual([
      '  Gallagher index (least squares), in percentage points: holders 20.7 · FTE 20.1 · subjects 27.9 · goals 6.6 · budget 21.6',
      '    0 is exactly proportional to the seats; the higher, the further the shares are from the seat shares. It is the square root of half the summed squared differences between share and seat share, in percentage points.',
      '  GL — 9 seats (47.4%): Wethouder W1',
      '    holders 1 (25%) · FTE 1 (27%) · subjects 1 (20%) · goals 3 (42.9%) · budget EUR 160 (39%)',
      '  VVD — 6 seats (31.6%): Wethouder W2, Wethouder W3',
      '    holders 2 (50%) · FTE 1.9 (51.4%) · subjects 3 (60%) · goals 2 (28.6%) · budget EUR 230 (56.1%)',
      '  CDA — 4 seats (21.1%): Wethouder W4',
      '    holders 1 (25%) · FTE 0.8 (21.6%) · subjects 1 (20%) · goals 2 (28.6%) · budget EUR 20 (4.9%)',
      '  Outside the coalition parties (not counted in the shares):',
      '    Burgemeester Vijf (no party): FTE 1 · subjects 1 · goals 1 · budget EUR 40',
    ]);
  });

  it('says so when there are no parties, and without a balance (unknown draft)', () => {
    const none = [
      "  No coalition parties entered: add the parties with their seats to see each party's share beside its seat share.",
    ];
    expect(text({ ...partyDraft(), parties: [] })).toEqual(none);
    const p = partyDraft();
    expect(partyBalanceLines(partyBalance(p, 'nope'), p, strict(en), fmt).map(([, s]) => `  ${s}`)).toEqual(none);
  });

  it('without seats gives no index; a party without holders has no shares line; another party is named', () => {
    const p = partyDraft();
    p.parties = p.parties.map((x) => ({ ...x, seats: x.id === 'pa_gl' ? 1 : 0 }));
    p.portfolios = p.portfolios.map((x) => (x.id === 'W4' ? { ...x, party: 'D66' } : x));
    const lines = text(p);
    expect(lines).toContain('  CDA — 0 seats (0%): no holder in this division');
    expect(lines[lines.indexOf('  CDA — 0 seats (0%): no holder in this division') + 1]).toBe(
      '  Outside the coalition parties (not counted in the shares):',
    );
    expect(lines).toContain('    Wethouder W4 (D66): FTE 0.8 · subjects 1 · goals 2 · budget EUR 20');
    p.parties = p.parties.map((x) => ({ ...x, seats: 0 }));
    const zero = text(p);
    expect(zero[0]).toBe('  No seats entered: without seat shares there is no Gallagher index.');
    expect(zero[1]).toBe('  GL — 0 seats (–): Wethouder W1');
    // Shares of the coalition's goals still show: GL 3 and VVD 2 of 5.
    expect(zero[2]).toContain('goals 3 (60%)');
  });

  it('fills every key it uses in both languages', () => {
    const p = partyDraft();
    const variants: Project[] = [
      p,
      { ...p, parties: [] },
      { ...p, parties: p.parties.map((x) => ({ ...x, seats: 1 })) },
    ];
    variants.push({ ...p, parties: [...p.parties, { id: 'pa_x', name: 'X', seats: 0 }] });
    for (const catalogue of [nl, en]) {
      const used = new Set<string>();
      for (const v of variants) text(v, catalogue, used);
      for (const key of [
        'balance.none',
        'balance.noHolders',
        'balance.seats_one',
        'balance.seats_other',
        'balance.outside',
      ])
        expect(used.has(key), key).toBe(true);
    }
    expect(text(p, nl)[0]).toBe(
      '  Gallagher-index (kleinste kwadraten), in procentpunten: houders 20.7 · fte 20.1 · onderwerpen 27.9 · doelen 6.6 · budget 21.6',
    );
  });
});

describe('reportText: the party balance section', () => {
  it('comes after the deliberate splits, the same with the report graph', () => {
    const p = partyDraft();
    const r = coherenceReport(p, 'D');
    for (const graph of [undefined, buildCompactGraph(p)]) {
      const all = reportText(r, p, strict(en), fmt, graph ? { graph } : {}).split('\n');
      const at = all.findIndex((l) => l.startsWith('Party balance ('));
      expect(at).toBeGreaterThan(all.findIndex((l) => l.startsWith('Deliberate splits')));
      expect(all.slice(at + 1, all.indexOf('', at))).toEqual(text(p));
    }
  });
});

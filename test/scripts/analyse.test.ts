import { describe, expect, it } from 'vitest';
import { analyseCli } from '../../scripts/analyseCli';
import { runCli } from './cliRun';

const FIX = 'test/fixtures/analyse';

const run = (...args: string[]) => runCli(analyseCli, args);

const oneLine = (s: string) => s.trimEnd().split('\n').length === 1;

describe('npm run analyse', () => {
  it('prints a Dutch report of the first division by default', async () => {
    const r = await run(`${FIX}/small.samenhang.json`);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Samenhangsrapport: Klein Dorp, verdeling ‘Concept A’');
    expect(r.out).toContain('Gesplitst over twee portefeuilles: 2 (gewicht 3, 33,3% van het totale gewicht)');
    expect(r.out).toContain('Anna de Vries: 2 doelen, budget € 2,9 mln');
    expect(r.out).toContain('Anna de Vries ↔ Bram Jansen: 1 verband, gewicht 2 — niet gedekt');
    // Without arrangements or deliberate splits every split link is uncovered, and the headline says so.
    expect(r.out).toContain('100% van het gesplitste gewicht niet gedekt: 3 van 3; 0 gedekt door een afspraak');
    expect(r.out).toContain('Geen afspraken in deze verdeling');
    expect(r.out).toContain('1 doel is niet toegewezen: Nog niet verdeeld doel');
    expect(r.out).toContain('1. Wmo-toegang dichtbij (Bram Jansen)');
  });

  it('prints English with --lang en and picks a division by name', async () => {
    const r = await run(`${FIX}/small.samenhang.json`, '--lang', 'en', '--division', 'Concept B');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Coherence report: Klein Dorp, division ‘Concept B’');
    expect(r.out).toContain('Across domains: 0 of 2 split');
  });

  it('prints the full report as JSON with --json, a division also found by id', async () => {
    const r = await run(`${FIX}/small.samenhang.json`, '--json', '--division=div_a');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.divisionId).toBe('div_a');
    expect(report.cut.splitLinks).toEqual(['l2', 'l4']);
    expect(report.unassigned.links).toEqual(['l5']);
    expect(report.owSocialPhysical.links).toEqual(['l2']);
    expect(report.baseline.portfolios.map((p: { portfolioId: string }) => p.portfolioId)).toEqual([
      'fysiek',
      'sociaal',
      'financieel',
    ]);
    expect(report.bridging[0].goalId).toBe('g_wmo');
    expect(report.coverage.uncovered).toEqual({ count: 2, weight: 3, links: ['l2', 'l4'] });
    expect(report.coverage.uncoveredShare).toBe(1);
    // No parties in this file: every holder is outside the coalition, and there is no index.
    expect(report.partyBalance.totalSeats).toBe(0);
    expect(report.partyBalance.outside.map((o: { portfolioId: string }) => o.portfolioId)).toEqual([
      'pf_a',
      'pf_b',
      'pf_c',
    ]);
    expect(report.partyBalance.gallagher.goals).toBeNull();
  });

  it('a missing file: one line naming it, exit 1', async () => {
    const r = await run(`${FIX}/absent.samenhang.json`);
    expect(r.code).toBe(1);
    expect(oneLine(r.err)).toBe(true);
    expect(r.err).toContain('absent.samenhang.json: bestand niet gevonden');
    expect(r.out).toBe('');
  });

  it('invalid JSON: one line with the file and the line of the error, exit 1', async () => {
    const r = await run(`${FIX}/not-json.samenhang.json`);
    expect(r.code).toBe(1);
    expect(oneLine(r.err)).toBe(true);
    expect(r.err).toMatch(/not-json\.samenhang\.json: .*3/);
  });

  it('an invalid project: one line with the problem’s location, exit 1', async () => {
    const r = await run(`${FIX}/invalid-project.samenhang.json`, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(oneLine(r.err)).toBe(true);
    expect(r.err).toContain('invalid-project.samenhang.json:');
    expect(r.err).toContain('links[1].strength');
  });

  it('an unknown division: one line listing the divisions there are, exit 1', async () => {
    const r = await run(`${FIX}/small.samenhang.json`, '--division', 'Concept Z');
    expect(r.code).toBe(1);
    expect(oneLine(r.err)).toBe(true);
    expect(r.err).toContain('verdeling ‘Concept Z’ bestaat niet in dit project; wel: Concept A, Concept B');
  });

  it.each([
    ['no file', []],
    ['an unknown option', ['--bogus', 'x.json']],
    ['an unknown language', [`${FIX}/small.samenhang.json`, '--lang', 'fr']],
    ['an option without its value', [`${FIX}/small.samenhang.json`, '--division']],
    ['two files', ['a.json', 'b.json']],
  ])('usage error (%s) exits 2 with the usage line', async (_name, args) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Gebruik: npm run analyse');
  });

  it('usage in English with --lang en', async () => {
    const r = await run('--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: npm run analyse');
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseCli } from '../../scripts/analyseCli';
import { ROOT, runCli, spawnCli, type CliResult } from './cliRun';

const FILE = 'test/fixtures/analyse/optimise.samenhang.json';
// A search, its bound and the report: seconds on a busy machine.
const SLOW = 120_000;

const run = (...args: string[]) => runCli(analyseCli, args);

const oneLine = (s: string) => s.trimEnd().split('\n').length === 1;

// Each JSON run once per set of arguments: tests that compare figures share them (a run takes seconds).
const runs = new Map<string, Promise<CliResult>>();
function json(...args: string[]) {
  const key = args.join('\0');
  if (!runs.has(key)) runs.set(key, run(FILE, '--optimise', '--json', ...args));
  return runs.get(key)!;
}

describe('npm run analyse -- --optimise', () => {
  it(
    '--json --moves 2: one object with the figures, the settings and exactly two moves by name, traceable by id',
    async () => {
      const r = await json('--moves', '2', '--seed', '4');
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const o = JSON.parse(r.out);
      expect(o).toMatchObject({
        project: 'Middeldorp',
        division: 'College 2026',
        divisionId: 'div_college',
        level: 'subject',
        seed: 4,
        balance: { by: 'goals', kind: 'mean', tolerance: 0.2 },
        outside: ['Els Bos'],
        moveCap: 2,
        before: { splitWeight: 33 },
      });
      expect(o.after.splitWeight).toBeLessThan(33);
      expect(typeof o.lowerBound).toBe('number');
      expect(o.lowerBound).toBeLessThanOrEqual(o.after.splitWeight);
      expect(o.moves).toHaveLength(2);
      const project = JSON.parse(readFileSync(join(ROOT, FILE), 'utf8')).project;
      const names = new Set(project.portfolios.map((p: { holder: string }) => p.holder));
      const titles = new Set([
        ...project.goals.map((g: { title: string }) => g.title),
        ...project.subjects.map((s: { name: string }) => s.name),
      ]);
      const links = new Set(project.links.map((l: { id: string }) => l.id));
      for (const m of o.moves) {
        expect(titles.has(m.subject ?? m.goal), JSON.stringify(m)).toBe(true);
        expect(names.has(m.from)).toBe(true);
        expect(names.has(m.to)).toBe(true);
        for (const id of [...m.joins, ...m.splits]) expect(links.has(id)).toBe(true);
      }
    },
    SLOW,
  );

  it(
    'the same file and options print byte-identical output; the full proposal does at least as well as two moves',
    async () => {
      const a = await json('--balance', 'mean:20');
      // The second run is the command's entry in a fresh process, so no state this process keeps can make them agree.
      const b = spawnCli('scripts/analyse.ts', [FILE, '--optimise', '--json', '--balance=mean:20']);
      expect(a.code).toBe(0);
      expect(b).toEqual({ code: 0, out: a.out, err: '' });
      const full = JSON.parse(a.out);
      const two = JSON.parse((await json('--moves', '2', '--seed', '4')).out);
      const fullSeed4 = JSON.parse((await json('--seed', '4')).out);
      expect(full.moveCap).toBeNull();
      expect(two.after.splitWeight).toBeGreaterThanOrEqual(fullSeed4.after.splitWeight);
      expect(fullSeed4.moves.length).toBe(two.fullProposalMoves);
    },
    SLOW,
  );

  it(
    'plain text in Dutch by default, English with --lang en',
    async () => {
      const nl = await run(FILE, '--optimise', '--moves', '2');
      expect(nl.code).toBe(0);
      expect(nl.out).toContain('Gesplitst gewicht: 33 → ');
      expect(nl.out).toContain('2 verplaatsingen (hoogstens 2 gevraagd');
      const en = await run(FILE, '--optimise', '--lang', 'en', '--level', 'goal');
      expect(en.code).toBe(0);
      expect(en.out).toContain(
        'Searched with single goals; balance: number of goals, equal share ± 20%; start number 1.',
      );
      expect(en.out).toMatch(/Split weight: 33 → [\d.]+ \([\d.]+% less\)/);
      expect(en.out).toMatch(/\n {2}1\. Goal .+: .+ → .+\n/);
    },
    SLOW,
  );

  it(
    'a draft outside the equal share: one located line and exit 1 under mean, a proposal under current',
    async () => {
      const mean = await run(FILE, '--optimise', '--division', 'Scheef');
      expect(mean.code).toBe(1);
      expect(oneLine(mean.err)).toBe(true);
      expect(mean.err).toContain(`${FILE}: `);
      expect(mean.err).toContain('Anna de Vries');
      expect(mean.out).toBe('');
      const current = await run(FILE, '--optimise', '--division', 'Scheef', '--balance', 'current:25');
      expect(current.code).toBe(0);
      expect(current.out).toContain('verdeling ‘Scheef’');
    },
    SLOW,
  );

  it.each([
    ['an unknown balance', ['--balance', 'median'], 'Onbekende balans ‘median’'],
    ['a tolerance above 100', ['--balance', 'mean:150'], 'Onbekende balans ‘mean:150’'],
    ['max without a number', ['--balance', 'max'], 'Onbekende balans ‘max’'],
    ['an unknown measure', ['--balance-by', 'euros'], 'Onbekende maat ‘euros’'],
    ['no moves', ['--moves', '0'], '--moves verwacht een geheel aantal van 1 of meer, niet ‘0’'],
    ['a fraction of a move', ['--moves', '1.5'], 'niet ‘1.5’'],
    ['moves as a word', ['--moves=two'], 'niet ‘two’'],
    ['a negative seed', ['--seed', '-1'], '--seed verwacht een geheel getal van 0 of meer'],
    ['an unknown level', ['--level', 'team'], 'Onbekend niveau ‘team’'],
    ['--moves without its value', ['--moves'], 'Optie --moves heeft een waarde nodig'],
  ])('usage error (%s): exit 2, the message and the usage', async (_name, args, message) => {
    const r = await run(FILE, '--optimise', ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain('Gebruik: npm run analyse');
    expect(r.err).toContain('--balance: mean (gelijk deel)');
    expect(r.out).toBe('');
  });

  it('an optimise option without --optimise is a usage error', async () => {
    const r = await run(FILE, '--moves', '2', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Option --moves goes with --optimise');
    expect(r.err).toContain('Usage: npm run analyse');
  });
});

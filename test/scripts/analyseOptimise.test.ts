import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectFile } from '../../shared/io/projectFile';
import type { Project } from '../../shared/model/project';
import { setPlacement } from '../../shared/model/operations/placementOps';
import { draftLoads } from '../../shared/analysis/draftLoads';
import { nodeHolder } from '../../shared/model/division';
import {
  DEFAULT_BALANCE,
  optimiseProposal,
  parseBalance,
  type OptimiseArgs,
  type OptimiseOutcome,
} from '../../scripts/analyseOptimise';
import { optimiseJson, optimiseText } from '../../scripts/analyseOptimiseOutput';
import { textFormat, translator } from '../../scripts/cliMessages';

const FIX = join(__dirname, '..', 'fixtures', 'analyse');

function load(name: string): Project {
  const read = readProjectFile(readFileSync(join(FIX, name), 'utf8'));
  if (!read.value) throw new Error(`fixture ${name}: ${JSON.stringify(read.problems)}`);
  return read.value;
}

const college = load('optimise.samenhang.json');
const ARGS: OptimiseArgs = { balance: DEFAULT_BALANCE, by: 'goals', seed: 1 };

async function propose(project: Project, args: Partial<OptimiseArgs> = {}): Promise<OptimiseOutcome> {
  const res = await optimiseProposal(project, { ...ARGS, ...args });
  if (!res.ok) throw new Error(JSON.stringify(res.problems));
  return res.value;
}

function text(o: OptimiseOutcome, project: Project, lang: 'nl' | 'en' = 'nl'): string {
  const t = translator(lang, 'analysis');
  const to = translator(lang, 'optimiser');
  return optimiseText(
    o,
    project,
    (k, p) => t(k, p) ?? k,
    (k, p) => to(k, p) ?? k,
    textFormat(lang),
  );
}

/** Summed strength of these links in the project. */
function weightOf(project: Project, ids: readonly string[]): number {
  const strength = new Map(project.links.map((l) => [l.id, l.strength]));
  return ids.reduce((s, id) => s + strength.get(id)!, 0);
}

/** Goals per holder of a draft with a proposal's placement made. */
function loadsAfter(project: Project, o: OptimiseOutcome, divisionId: string) {
  const set = setPlacement(project, divisionId, o.placement!);
  if (!set.ok) throw new Error('placement refused');
  const division = set.project.divisions.find((d) => d.id === divisionId)!;
  return draftLoads(set.project, division).holders;
}

describe('parseBalance', () => {
  it.each([
    ['mean', { kind: 'mean', tolerance: 0.2 }],
    ['current:25', { kind: 'current', tolerance: 0.25 }],
    ['fte:12,5%', { kind: 'fte', tolerance: 0.125 }],
    ['mean:0', { kind: 'mean', tolerance: 0 }],
    ['max:7', { kind: 'max', tolerance: 0.2, max: 7 }],
  ])('%s', (text, rule) => expect(parseBalance(text)).toEqual(rule));

  it.each(['', 'median', 'current:', 'current:-5', 'current:150', 'max', 'max:x', 'mean:20:1', 'Current:25'])(
    'refuses %j',
    (text) => expect(parseBalance(text)).toBeNull(),
  );
});

describe('optimiseProposal', () => {
  it('the full proposal: the burgemeester stays, every move is a subject or a loose goal, the figures add up', async () => {
    const o = await propose(college);
    expect(o.level).toBe('subject');
    expect(o.outside).toEqual(['Els Bos']);
    expect(o.before).toBe(33);
    expect(o.after).toBeLessThan(o.before);
    expect(o.moves.length).toBe(o.fullMoves);
    expect(o.moves.length).toBeGreaterThan(2);
    for (const m of o.moves) {
      expect(m.from).not.toBe('Els Bos');
      expect(m.to).not.toBe('Els Bos');
      expect(m.from).not.toBe(m.to);
    }
    // Every move's joined links less its split ones is what the proposal takes from the draft's split weight.
    const gained = o.moves.reduce((s, m) => s + weightOf(college, m.joins) - weightOf(college, m.splits), 0);
    expect(gained).toBeCloseTo(o.before - o.after, 9);
    // The bound holds for the proposal; the draft is complete, so it is the whole draft's.
    expect(o.lowerBound).not.toBeNull();
    expect(o.lowerBound!).toBeLessThanOrEqual(o.after + 1e-9);
    expect(o.bound).not.toBeNull();
    // The mayor's subject stays with her, and every holder in the search within ±20 % of six goals.
    const division = college.divisions[0]!;
    expect(nodeHolder(o.placement!, 's_orde', 's_orde')).toBe('pf_bos');
    for (const h of loadsAfter(college, o, division.id).filter((x) => x.holderId !== 'pf_bos')) {
      expect(h.goals, h.holderId).toBeGreaterThanOrEqual(5);
      expect(h.goals, h.holderId).toBeLessThanOrEqual(7);
    }
  });

  it('--moves 2: exactly two moves, no better than the full proposal, its bound below it', async () => {
    const full = await propose(college);
    const two = await propose(college, { moves: 2 });
    expect(two.cap).toBe(2);
    expect(two.moves).toHaveLength(2);
    expect(two.fullMoves).toBe(full.moves.length);
    expect(two.after).toBeGreaterThanOrEqual(full.after - 1e-9);
    expect(two.after).toBeLessThan(two.before);
    expect(two.lowerBound!).toBeLessThanOrEqual(two.after + 1e-9);
    const gained = two.moves.reduce((s, m) => s + weightOf(college, m.joins) - weightOf(college, m.splits), 0);
    expect(gained).toBeCloseTo(two.before - two.after, 9);
    // Two moves of a whole-subject search change at most what those two nodes carry.
    const moved = new Set(two.moves.flatMap((m) => m.goals));
    const before = college.divisions[0]!;
    const set = setPlacement(college, before.id, two.placement!);
    if (!set.ok) throw new Error('refused');
    const after = set.project.divisions[0]!;
    for (const g of college.goals)
      if (!moved.has(g.title))
        expect(nodeHolder(after, g.id, g.subjectId), g.id).toBe(nodeHolder(before, g.id, g.subjectId));
  });

  it('a cap above the full proposal never does worse than it', async () => {
    const full = await propose(college);
    const many = await propose(college, { moves: 50 });
    expect(many.after).toBeLessThanOrEqual(full.after + 1e-9);
  });

  it('the same file and options give the same JSON and text; another seed may differ only through the search', async () => {
    const a = await propose(college, { moves: 3 });
    const b = await propose(college, { moves: 3 });
    expect(JSON.stringify(optimiseJson(a))).toBe(JSON.stringify(optimiseJson(b)));
    expect(text(a, college)).toBe(text(b, college));
    expect(optimiseJson(await propose(college, { seed: 7 })).seed).toBe(7);
  });

  it('goal level moves single goals only', async () => {
    const o = await propose(college, { level: 'goal' });
    expect(o.level).toBe('goal');
    expect(o.moves.length).toBeGreaterThan(0);
    for (const m of o.moves) expect(m.kind).toBe('goal');
  });

  it('a draft outside the equal share: refused under mean (its locked subjects alone break it), run under current', async () => {
    const mean = await optimiseProposal(college, { ...ARGS, division: 'Scheef' });
    expect(mean.ok).toBe(false);
    if (!mean.ok) expect(JSON.stringify(mean.problems)).toContain('Anna de Vries');
    const current = await propose(college, { division: 'Scheef', balance: parseBalance('current:25')! });
    expect(current.division).toBe('Scheef');
    expect(current.breaches).toEqual([]);
    expect(current.after).toBeLessThanOrEqual(current.before);
    // Each holder stays within ±25 % of today's load (at least one goal either way).
    const today = new Map(draftLoads(college, college.divisions[1]!).holders.map((h) => [h.holderId, h.goals]));
    for (const h of loadsAfter(college, current, 'div_scheef')) {
      const now = today.get(h.holderId)!;
      expect(h.goals, h.holderId).toBeLessThanOrEqual(Math.max(Math.floor(now * 1.25), now + 1));
      expect(h.goals, h.holderId).toBeGreaterThanOrEqual(Math.min(Math.ceil(now * 0.75), now - 1));
    }
  });

  it('names the holders a draft has outside the chosen balance, and the kind that fits', async () => {
    // Scheef without its locks: reachable under the equal share, but the draft itself lies outside it.
    const unlocked: Project = {
      ...college,
      divisions: college.divisions.map((d) => (d.id === 'div_scheef' ? { ...d, locked: [] } : d)),
    };
    const o = await propose(unlocked, { division: 'div_scheef' });
    expect(o.breaches.map((b) => [b.holder, b.now, b.low, b.high])).toEqual([
      ['Anna de Vries', 9, 5, 7],
      ['Carla Bakker', 4, 5, 7],
      ['Daan Smit', 4, 5, 7],
    ]);
    expect(o.fit?.kind).toBe('current');
    const nl = text(o, unlocked);
    expect(nl).toContain('Let op: ‘Scheef’ zelf valt buiten deze balans');
    expect(nl).toContain('Anna de Vries heeft 9; deze balans staat 5 tot 7 toe');
    expect(nl).toContain('Probeer: --balance current:20.');
    expect(optimiseJson(o).fittingBalance).toBe('current');
  });

  it('max: no holder in the search above the maximum', async () => {
    const o = await propose(college, { balance: parseBalance('max:7')! });
    expect(o.balance).toEqual({ by: 'goals', kind: 'max', tolerance: 0.2, max: 7 });
    for (const h of loadsAfter(college, o, 'div_college').filter((x) => x.holderId !== 'pf_bos'))
      expect(h.goals, h.holderId).toBeLessThanOrEqual(7);
  });

  it('a project without subjects moves goals, also a goal no one held', async () => {
    const small = load('small.samenhang.json');
    const o = await propose(small, { level: 'subject', balance: parseBalance('mean:100')! });
    expect(o.level).toBe('goal');
    expect(o.outside).toEqual([]);
    const los = o.moves.find((m) => m.id === 'g_los');
    expect(los?.from).toBeNull();
    expect(text(o, small)).toMatch(/Doel Nog niet verdeeld doel: \(niemand\) → /);
  });

  it('a draft already at the proven optimum: nothing moves, with or without a cap', async () => {
    const best = await propose(college);
    expect(best.bound?.key).toBe('provenOptimal');
    const set = setPlacement(college, 'div_college', best.placement!);
    if (!set.ok) throw new Error('refused');
    const full = await propose(set.project);
    expect(full.moves).toEqual([]);
    expect(full.after).toBe(best.after);
    expect(text(full, set.project)).toContain('Geen verplaatsingen: binnen deze voorwaarden valt niets te winnen.');
    const capped = await propose(set.project, { moves: 3 });
    expect(capped.moves).toEqual([]);
    expect(capped.after).toBe(capped.before);
    expect(capped.lowerBound).toBe(best.lowerBound);
    expect(text(capped, set.project, 'en')).toContain('No moves: nothing to gain with at most 3 moves.');
  });

  it('an unknown division is a problem naming it', async () => {
    const res = await optimiseProposal(college, { ...ARGS, division: 'Concept Z' });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0]).toMatchObject({ code: 'unknownDivision', params: { id: 'Concept Z' } });
  });
});

describe('optimiseText', () => {
  it('Dutch: before → after, the bound, every move with the links it joins', async () => {
    const o = await propose(college);
    const nl = text(o, college);
    expect(nl).toContain('Voorstel van de optimalisatie: Middeldorp, verdeling ‘College 2026’');
    expect(nl).toContain('Gezocht met hele onderwerpen; balans: aantal doelen, gelijk deel ± 20%; startgetal 1.');
    expect(nl).toContain('Buiten de zoektocht (houdt wat hij heeft): Els Bos.');
    expect(nl).toContain(`Gesplitst gewicht: 33 → ${String(o.after).replace('.', ',')} (`);
    expect(nl).toMatch(/Ondergrens: [\d,]+\. /);
    expect(nl).toContain(`${o.moves.length} verplaatsingen:`);
    const subject = o.moves.find((m) => m.kind === 'subject')!;
    expect(nl).toContain(`Onderwerp ${subject.name} (${subject.goals.length} doelen): ${subject.from} → ${subject.to}`);
    expect(nl).toMatch(/verbindt \d+ verband(en)? \(gewicht [\d,]+\): .+ ↔ .+ \(\d\)/);
  });

  it('English, with a cap', async () => {
    const o = await propose(college, { moves: 2 });
    const en = text(o, college, 'en');
    expect(en).toContain('Optimiser proposal: Middeldorp, division ‘College 2026’');
    expect(en).toMatch(/Lower bound with at most 2 moves: [\d.]+\. /);
    expect(en).toContain(`2 moves (at most 2 asked; the full proposal makes ${o.fullMoves}):`);
    expect(en).toMatch(/ {2}1\. (Goal|Subject) /);
  });
});

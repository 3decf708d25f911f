/** The optimiser's proposal on the command line: one JSON object, or plain text in Dutch or English. */
import type { Project } from '../shared/model/project';
import type { TextFormat } from '../shared/analysis/reportText';
import type { BreachOut, OptimiseOutcome, ProposalMoveOut } from './analyseOptimise';

type Translate = (key: string, params?: Record<string, string | number>) => string;

// Split weights are sums of link strengths in floating point: six decimals keep the figures exact to the eye and
// free of noise such as 12.000000000000002.
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Holders, goals and subjects by name, as a reader wants them; ids beside them (a move's `id`, its links' ids) so
 * every figure can be traced back in the project file.
 */
export function optimiseJson(o: OptimiseOutcome) {
  return {
    project: o.project,
    division: o.division,
    divisionId: o.divisionId,
    level: o.level,
    seed: o.seed,
    balance: o.balance,
    outside: o.outside,
    moveCap: o.cap,
    before: { splitWeight: round(o.before) },
    after: { splitWeight: round(o.after) },
    lowerBound: o.lowerBound === null ? null : round(o.lowerBound),
    bound: o.bound ? { message: o.bound.key, ...o.bound.params, method: o.boundMethod } : null,
    fullProposalMoves: o.fullMoves,
    moves: o.moves.map((m) => ({
      [m.kind]: m.name,
      id: m.id,
      ...(m.kind === 'subject' ? { goals: m.goals } : {}),
      from: m.from,
      to: m.to,
      joins: m.joins,
      splits: m.splits,
    })),
    breaches: o.breaches.map(({ holderId: _id, ...b }) => b),
    fittingBalance: o.fit?.kind ?? null,
  };
}

/** How many links by title this names per move; the rest are counted. */
const LINKS_NAMED = 3;

/** The links of one move, strongest first: "A ↔ B (3), C ↔ D (2) en nog 1". */
function linkList(ids: readonly string[], project: Project, t: Translate, fmt: TextFormat) {
  const title = new Map<string, string>([
    ...project.goals.map((g): [string, string] => [g.id, g.title]),
    ...project.subjects.map((s): [string, string] => [s.id, s.name]),
  ]);
  const byId = new Map(project.links.map((l) => [l.id, l]));
  const links = ids.map((id) => byId.get(id)).filter((l) => l !== undefined);
  const weight = links.reduce((s, l) => s + l.strength, 0);
  // Strongest first; the project's order breaks ties, so the text does not change between runs.
  const order = new Map(project.links.map((l, i) => [l.id, i]));
  const sorted = [...links].sort((a, b) => b.strength - a.strength || order.get(a.id)! - order.get(b.id)!);
  const named = sorted
    .slice(0, LINKS_NAMED)
    .map(
      (l) => `${title.get(l.source) ?? l.source} ↔ ${title.get(l.target) ?? l.target} (${fmt.number(l.strength, 2)})`,
    )
    .join(', ');
  const rest = links.length - LINKS_NAMED;
  return {
    count: links.length,
    weight: fmt.number(weight, 2),
    links: rest > 0 ? t('cli.optMoreLinks', { links: named, count: rest }) : named,
  };
}

function moveLines(m: ProposalMoveOut, n: number, project: Project, t: Translate, fmt: TextFormat): string[] {
  const from = m.from ?? t('cli.optNoHolder');
  const head =
    m.kind === 'subject'
      ? t('cli.optMoveSubject', { n, name: m.name, count: m.goals.length, from, to: m.to })
      : t('cli.optMoveGoal', { n, name: m.name, from, to: m.to });
  const lines = [`  ${head}`];
  if (m.joins.length) lines.push(`     ${t('cli.optJoins', linkList(m.joins, project, t, fmt))}`);
  if (m.splits.length) lines.push(`     ${t('cli.optSplits', linkList(m.splits, project, t, fmt))}`);
  return lines;
}

function balanceWords(o: OptimiseOutcome, t: Translate, fmt: TextFormat): string {
  const { by, kind, tolerance, max } = o.balance;
  const measure = t(by === 'goals' ? 'cli.optMeasureGoals' : 'cli.optMeasureBudget');
  const amount = (x: number) => (by === 'goals' ? fmt.number(x, 2) : fmt.money(x));
  const key = {
    mean: 'cli.optBalanceMean',
    fte: 'cli.optBalanceFte',
    current: 'cli.optBalanceCurrent',
    max: 'cli.optBalanceMax',
  }[kind];
  return t(key, { measure, tolerance: fmt.percent(tolerance), max: amount(max ?? 0) });
}

function breachLine(b: BreachOut, o: OptimiseOutcome, t: Translate, fmt: TextFormat): string {
  const amount = (x: number) => (o.balance.by === 'goals' ? fmt.number(x, 2) : fmt.money(x));
  const params = { holder: b.holder, now: amount(b.now), low: amount(b.low), high: amount(b.high) };
  return `  ${t(o.balance.kind === 'max' ? 'cli.optBreachMax' : 'cli.optBreach', params)}`;
}

/**
 * The proposal as text: the search's settings, the draft's own breaches of the balance (with the kind that fits),
 * the split weight before and after, the bound's sentence, then every move with the links it joins and splits.
 * `to` translates the optimiser's messages (bound, balance fit), `t` the command line's.
 */
export function optimiseText(o: OptimiseOutcome, project: Project, t: Translate, to: Translate, fmt: TextFormat) {
  const lines = [t('cli.optTitle', { project: o.project, division: o.division })];
  const level = t(o.level === 'subject' ? 'cli.optLevelSubject' : 'cli.optLevelGoal');
  lines.push(t('cli.optSettings', { level, balance: balanceWords(o, t, fmt), seed: o.seed }));
  if (o.outside.length) lines.push(t('cli.optOutside', { holders: o.outside.join(', ') }));
  if (o.breaches.length) {
    lines.push('', t('cli.optBreachHead', { division: o.division }));
    for (const b of o.breaches) lines.push(breachLine(b, o, t, fmt));
    if (o.fit && o.fit.kind !== o.balance.kind) {
      const p = o.fit.params;
      const amount = (x: number) => (o.balance.by === 'goals' ? fmt.number(x, 2) : fmt.money(x));
      const sentence = to(o.fit.reason, {
        smallest: amount(p.smallest),
        largest: amount(p.largest),
        tolerance: fmt.percent(p.tolerance),
        outside: p.outside,
      });
      lines.push(t('cli.optFit', { sentence, option: `--balance ${o.fit.kind}:${Math.round(p.tolerance * 100)}` }));
    }
  }
  lines.push('');
  const before = fmt.number(o.before, 2);
  const after = fmt.number(o.after, 2);
  const change = o.before > 0 ? Math.abs(o.before - o.after) / o.before : 0;
  const splitKey =
    o.after < o.before - 1e-9 ? 'cli.optSplitLess' : o.after > o.before + 1e-9 ? 'cli.optSplitMore' : 'cli.optSplit';
  lines.push(t(splitKey, { before, after, share: fmt.percent(change) }));
  if (o.lowerBound === null || !o.bound) lines.push(t('cli.optNoBound'));
  else {
    const sentence = to(o.bound.key, o.bound.params);
    const bound = fmt.number(o.lowerBound, 2);
    lines.push(
      o.cap === null ? t('cli.optBound', { bound, sentence }) : t('cli.optBoundCap', { count: o.cap, bound, sentence }),
    );
  }
  lines.push('');
  if (o.moves.length === 0)
    lines.push(t(o.cap === null ? 'cli.optNoMoves' : 'cli.optNoMovesCap', { count: o.cap ?? 0 }));
  else if (o.cap === null) lines.push(t('cli.optMovesHead', { count: o.moves.length }));
  else lines.push(t('cli.optMovesCapHead', { count: o.moves.length, cap: o.cap, full: o.fullMoves }));
  o.moves.forEach((m, i) => lines.push(...moveLines(m, i + 1, project, t, fmt)));
  return `${lines.join('\n')}\n`;
}

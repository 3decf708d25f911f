import type { Project } from '../model/project';
import type { Goal } from '../model/goal';
import { LINK_KINDS, type Link } from '../model/link';
import { DEFAULT_DOMAINS } from '../model/domain';
import { PORTFOLIO_PALETTE, type Portfolio } from '../model/portfolio';
import type { Division } from '../model/division';
import { createRng, type Rng } from './search/prng';

export interface SyntheticOptions {
  goals: number;
  /** Portfolios in the one division. */
  portfolios: number;
  seed: number;
  /** Links per goal (links / goals); 8 by default, so 5,000 goals carry about 40,000 links. */
  linksPerGoal?: number;
  /** Goals per theme on average; themes are the clusters the links mostly stay inside. */
  goalsPerTheme?: number;
  /** Share of links that stay inside a goal's theme (the rest go to related themes or anywhere). */
  withinTheme?: number;
  /** Number of goals to lock, spread round-robin over the portfolios. */
  locked?: number;
  /** How the division starts: every goal assigned at random, by theme, or unassigned. */
  assign?: 'random' | 'theme' | 'none';
}

const FIXED_TIME = '2025-01-01T00:00:00.000Z';

function normal(rng: Rng): number {
  // Box–Muller; 1 - next() keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

function strength(rng: Rng): number {
  const r = rng.next();
  return r < 0.5 ? 1 : r < 0.85 ? 2 : 3;
}

/**
 * A seeded goal-like project: goals clustered by themes, many links across domains (a theme draws its goals from
 * all domains, with one main domain), strengths 1–3, lognormal budgets around half a million euros.
 */
export function syntheticProject(o: SyntheticOptions): Project {
  const rng = createRng(o.seed);
  const n = Math.max(0, Math.floor(o.goals));
  const k = Math.max(1, Math.floor(o.portfolios));
  const themeCount = Math.max(1, Math.round(n / (o.goalsPerTheme ?? 12)));
  const within = o.withinTheme ?? 0.65;
  const targetLinks = Math.round(n * (o.linksPerGoal ?? 8));
  const domains = DEFAULT_DOMAINS.map((d) => ({ ...d }));

  const themeDomain = Array.from({ length: themeCount }, () => rng.int(domains.length));
  const theme = new Int32Array(n);
  const members: number[][] = Array.from({ length: themeCount }, () => []);
  const goals: Goal[] = [];
  for (let i = 0; i < n; i++) {
    const t = rng.int(themeCount);
    theme[i] = t;
    members[t]!.push(i);
    const d = rng.next() < 0.55 ? themeDomain[t]! : rng.int(domains.length);
    const budget = Math.round(Math.exp(Math.log(500_000) + 1.0 * normal(rng)) / 1000) * 1000;
    goals.push({
      id: `goal_${i}`,
      title: `Doel ${i + 1}`,
      description: '',
      domainId: domains[d]!.id,
      themes: [`thema ${t + 1}`],
      taakvelden: [],
      laws: [],
      budget,
      source: '',
    });
  }

  const links: Link[] = [];
  const seen = new Set<number>();
  let attempts = 0;
  while (links.length < targetLinks && attempts < targetLinks * 20 && n > 1) {
    attempts++;
    const s = rng.int(n);
    const r = rng.next();
    let pool: number[];
    if (r < within) pool = members[theme[s]!]!;
    else if (r < within + (1 - within) * 0.6) {
      // Related themes sit next to each other on a ring: cross-theme links are not uniform noise.
      const step = rng.next() < 0.5 ? 1 : themeCount - 1;
      pool = members[(theme[s]! + step) % themeCount]!;
    } else pool = [];
    const t = pool.length > 0 ? pool[rng.int(pool.length)]! : rng.int(n);
    if (t === s) continue;
    const key = Math.min(s, t) * n + Math.max(s, t);
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({
      id: `link_${links.length}`,
      source: `goal_${s}`,
      target: `goal_${t}`,
      kind: LINK_KINDS[rng.int(LINK_KINDS.length)]!,
      strength: strength(rng),
      rationale: '',
    });
  }

  const portfolios: Portfolio[] = Array.from({ length: k }, (_, p) => ({
    id: `portfolio_${p}`,
    holder: `Wethouder ${p + 1}`,
    role: 'wethouder',
    party: '',
    fte: 1,
    colour: PORTFOLIO_PALETTE[p % PORTFOLIO_PALETTE.length]!,
  }));

  const assignments: Record<string, string> = {};
  const mode = o.assign ?? 'random';
  if (mode !== 'none')
    for (let i = 0; i < n; i++) {
      const p = mode === 'theme' ? theme[i]! % k : rng.int(k);
      assignments[`goal_${i}`] = `portfolio_${p}`;
    }
  const lockedCount = Math.min(n, Math.max(0, Math.floor(o.locked ?? 0)));
  const locked: string[] = [];
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < lockedCount; i++) {
    const j = i + rng.int(n - i);
    [order[i], order[j]] = [order[j]!, order[i]!];
    const id = `goal_${order[i]!}`;
    locked.push(id);
    assignments[id] = `portfolio_${i % k}`;
  }
  const division: Division = {
    id: 'division_1',
    name: 'Verdeling 1',
    portfolioIds: portfolios.map((p) => p.id),
    assignments,
    subjects: {},
    locked,
    arrangements: [],
    deliberate: [],
    keep: [],
    notes: '',
  };

  return {
    id: `project_synthetic_${o.seed}`,
    name: `Synthetisch ${n} doelen`,
    municipality: '',
    taakveldList: '2025',
    createdAt: FIXED_TIME,
    updatedAt: FIXED_TIME,
    domains,
    subjects: [],
    goals,
    links,
    portfolios,
    parties: [],
    divisions: [division],
    mapPositions: [],
  };
}

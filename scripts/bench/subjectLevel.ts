// The optimiser over whole subjects (issue 19 §4) beside the same draft over single goals: one lane each,
// in-process, so the times are one lane's (the app runs two side by side). Run alone:
// `npx tsx scripts/bench/subjectLevel.ts [--quick]`.
import type { Project } from '../../shared/model';
import {
  optimiseProjectPlacement,
  placementBound,
  placementConstraints,
  syntheticProject,
} from '../../shared/optimiser';
import { fmt, printTable } from './table';

/** Goals per subject in the synthetic projects: about what a published subject holds of a coalition agreement. */
const GOALS_PER_SUBJECT = 6;

/**
 * A synthetic project whose goals hang, by theme, under subjects of about six goals; the draft gives each subject to
 * the holder of its first goal, and its goals follow it (no exceptions).
 */
export function subjectProject(goals: number, k: number, seed: number): Project {
  const p = syntheticProject({ goals, portfolios: k, seed, locked: 0, assign: 'theme' });
  const byTheme = new Map<string, string[]>();
  for (const g of p.goals) {
    const theme = g.themes[0] ?? '';
    byTheme.set(theme, [...(byTheme.get(theme) ?? []), g.id]);
  }
  const subjectOf = new Map<string, string>();
  const subjects: Project['subjects'] = [];
  const held: Record<string, string[]> = {};
  const d = p.divisions[0]!;
  for (const [theme, ids] of byTheme)
    for (let i = 0; i < ids.length; i += GOALS_PER_SUBJECT) {
      const id = `subj_${subjects.length}`;
      const first = p.goals.find((g) => g.id === ids[i])!;
      subjects.push({
        id,
        name: `${theme} ${i / GOALS_PER_SUBJECT + 1}`,
        domainId: first.domainId,
        taakvelden: [],
        description: '',
      });
      for (const g of ids.slice(i, i + GOALS_PER_SUBJECT)) subjectOf.set(g, id);
      const holder = d.assignments[first.id];
      if (holder) held[id] = [holder];
    }
  return {
    ...p,
    subjects,
    goals: p.goals.map((g) => ({ ...g, subjectId: subjectOf.get(g.id)! })),
    divisions: [{ ...d, assignments: {}, subjects: held, locked: [] }],
  };
}

export async function subjectLevelSection(quick = false): Promise<void> {
  console.log('## Optimiser over whole subjects (issue 19 §4)\n');
  const k = 7;
  const balance = { by: 'goals', tolerance: 0.1 } as const;
  console.log(
    `Synthetic projects, subjects of about ${GOALS_PER_SUBJECT} goals (by theme), k = ${k}, goals ±${balance.tolerance * 100} %, one lane in this process (the app runs two in workers). The subject level contracts each subject into one node (its goals count for the balance); the goal level is the optimiser as before on the same draft. Bound: 3 s at subject level.`,
  );
  const rows: (string | number)[][] = [];
  for (const n of quick ? [500] : [500, 2000]) {
    const p = subjectProject(n, k, n);
    const id = p.divisions[0]!.id;
    const c = placementConstraints(p, id, 'subject', balance);
    const nodes = Array.isArray(c) ? NaN : c.graph.n;
    const links = Array.isArray(c) ? NaN : c.graph.m;
    let t0 = performance.now();
    const sub = optimiseProjectPlacement(p, id, { level: 'subject', balance, seed: 1 });
    const subMs = performance.now() - t0;
    t0 = performance.now();
    const bound = sub.ok ? await placementBound(p, id, 'subject', balance, { upperBound: sub.cut }) : null;
    const boundMs = performance.now() - t0;
    t0 = performance.now();
    const goal = optimiseProjectPlacement(p, id, { level: 'goal', balance, seed: 1 });
    const goalMs = performance.now() - t0;
    rows.push([
      n,
      `${nodes} / ${links}`,
      sub.ok ? sub.cut : 'infeasible',
      fmt(subMs, 4),
      bound ? `${fmt(bound.bound, 4)} (${bound.method})` : '–',
      bound?.gapAbove !== undefined ? `${fmt(bound.gapAbove * 100, 3)} %` : '–',
      fmt(boundMs, 4),
      goal.ok ? goal.cut : 'infeasible',
      fmt(goalMs, 4),
    ]);
  }
  printTable(
    [
      'goals',
      'subject nodes / ties',
      'subject cut',
      'subject ms',
      'subject bound',
      'gap',
      'bound ms',
      'goal cut',
      'goal ms',
    ],
    rows,
  );
}

if (process.argv[1]?.endsWith('subjectLevel.ts')) await subjectLevelSection(process.argv.includes('--quick'));

// Proposals a negotiator can use (issue 21): the unconstrained proposal's cut beside the plain search's on the same
// draft (renaming groups to today's holders must not change it), how many nodes it moves with and without that
// renaming, and the move curve (cut after 1, 3, 5, 10 moves) with its time. One lane in this process. Run alone:
// `npx tsx scripts/bench/moveCurve.ts [--quick]`.
import type { Project } from '../../shared/model';
import {
  movesFrom,
  moveCurve,
  optimiseDivision,
  optimiseProjectPlacement,
  placementConstraints,
  syntheticProject,
  type BalanceChoice,
} from '../../shared/optimiser';
import { subjectProject } from './subjectLevel';
import { printTable } from './table';

const f1 = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

interface Instance {
  name: string;
  project: Project;
  level: 'goal' | 'subject';
  balance: BalanceChoice;
}

/** A draft like a published college: holders of very different sizes (here 3:2:2:1:1:1 of the goals, by theme). */
function unevenProject(goals: number, seed: number): Project {
  const p = syntheticProject({ goals, portfolios: 6, seed, locked: 0, assign: 'theme' });
  const d = p.divisions[0]!;
  const shares = [3, 2, 2, 1, 1, 1];
  const total = shares.reduce((a, b) => a + b, 0);
  const order = [...p.goals].sort(
    (a, b) => (a.themes[0] ?? '').localeCompare(b.themes[0] ?? '') || a.id.localeCompare(b.id),
  );
  const assignments: Record<string, string> = {};
  let at = 0;
  shares.forEach((s, h) => {
    const n = h === shares.length - 1 ? order.length - at : Math.round((goals * s) / total);
    for (const g of order.slice(at, at + n)) assignments[g.id] = d.portfolioIds[h]!;
    at += n;
  });
  return { ...p, divisions: [{ ...d, assignments, locked: [] }] };
}

function instances(quick: boolean): Instance[] {
  const mean = { by: 'goals', tolerance: 0.2 } as const;
  const list: Instance[] = [
    {
      name: '120 goals, k 6, random draft',
      project: syntheticProject({ goals: 120, portfolios: 6, seed: 3, assign: 'random' }),
      level: 'goal',
      balance: mean,
    },
    {
      name: '120 goals in subjects, k 7',
      project: subjectProject(120, 7, 2),
      level: 'subject',
      balance: { by: 'goals', tolerance: 0.1 },
    },
    {
      name: '60 goals, uneven college, current ±25 %',
      project: unevenProject(60, 4),
      level: 'goal',
      balance: { by: 'goals', tolerance: 0.25, kind: 'current' },
    },
  ];
  if (!quick)
    list.push(
      {
        name: '500 goals, k 7, theme draft',
        project: syntheticProject({ goals: 500, portfolios: 7, seed: 5, assign: 'theme' }),
        level: 'goal',
        balance: mean,
      },
      {
        name: '500 goals in subjects, k 7',
        project: subjectProject(500, 7, 1),
        level: 'subject',
        balance: { by: 'goals', tolerance: 0.1 },
      },
    );
  return list;
}

export async function moveCurveSection(quick = false): Promise<void> {
  console.log('## Proposals a negotiator can use (issue 21)\n');
  console.log(
    'One lane, seed 1. "search" is the frozen search on the same problem without renaming (what the app proposed before); "proposal" the same division renamed to today\'s holders (the cut cannot change, the moves should drop). Curve: the lowest cut found with at most m moves (goals or subjects), and the share of the removable cut that m moves take away.',
  );
  const rows: string[][] = [];
  for (const inst of instances(quick)) {
    const p = inst.project;
    const id = p.divisions[0]!.id;
    const c = placementConstraints(p, id, inst.level, inst.balance);
    if (Array.isArray(c)) throw new Error(JSON.stringify(c));
    const plain = optimiseDivision(c.graph, {
      k: c.k,
      initialParts: c.initialParts,
      locked: c.locked,
      balance: c.balance,
      seed: 1,
    });
    const res = optimiseProjectPlacement(p, id, { balance: inst.balance, seed: 1, level: inst.level });
    if (!plain.ok || !res.ok) throw new Error('no division');
    const t0 = performance.now();
    const curve = moveCurve(p, id, { balance: inst.balance, seed: 1, level: inst.level }, res);
    const ms = performance.now() - t0;
    if ('problems' in curve) throw new Error(JSON.stringify(curve.problems));
    const at = (m: number) => {
      const pt = [...curve.points].reverse().find((x) => x.cap <= m);
      if (!pt) return '–';
      const gained = curve.before.cut - curve.full.cut;
      const share = gained > 0 ? ` (${Math.round(((curve.before.cut - pt.cut) / gained) * 100)} %)` : '';
      return `${f1(pt.cut)}${share}`;
    };
    rows.push([
      inst.name,
      f1(curve.before.cut),
      f1(plain.cut),
      f1(res.cut),
      `${movesFrom(plain.parts, c.initialParts)} → ${curve.full.moves}`,
      at(1),
      at(3),
      at(5),
      at(10),
      String(Math.round(ms)),
    ]);
  }
  printTable(
    [
      'instance',
      'draft cut',
      'search cut',
      'proposal cut',
      'moves: search → proposal',
      '1 move',
      '3 moves',
      '5 moves',
      '10 moves',
      'curve ms',
    ],
    rows,
  );
}

if (process.argv[1]?.endsWith('moveCurve.ts')) await moveCurveSection(process.argv.includes('--quick'));

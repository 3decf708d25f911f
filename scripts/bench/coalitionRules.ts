// The optimiser under keep rules, deliberate splits and the party band (issue 20) beside the same draft without
// them: one lane each, in-process. Without rules the wrapper is not entered (the 'none' rows are the optimiser as
// before). Run alone: `npx tsx scripts/bench/coalitionRules.ts`.
import type { Project } from '../../shared/model';
import type { MoveLevel } from '../../shared/analysis/placementProblem';
import { optimiseProjectPlacement, placementBound } from '../../shared/optimiser';
import { subjectProject } from './subjectLevel';
import { printTable } from './table';

const K = 7;
const BALANCE = { by: 'goals', tolerance: 0.1 } as const;

/**
 * Two together rules, two apart rules (three nodes, two nodes) and two deliberate splits over subjects (subject
 * level) or goals (goal level, where subjects with goals stay with their leads); parties 9/7/5 seats over six of the
 * seven holders (the seventh outside the coalition).
 */
function withRules(p: Project, level: MoveLevel): Project {
  const ids =
    level === 'subject' ? p.subjects.map((s) => s.id) : p.goals.map((g) => g.id).filter((_, i) => i % 5 === 0);
  const d = p.divisions[0]!;
  return {
    ...p,
    parties: [
      { id: 'A', name: 'A', seats: 9 },
      { id: 'B', name: 'B', seats: 7 },
      { id: 'C', name: 'C', seats: 5 },
    ],
    portfolios: p.portfolios.map((x, i) => ({ ...x, party: i < 3 ? 'A' : i < 5 ? 'B' : i < 6 ? 'C' : '' })),
    divisions: [
      {
        ...d,
        keep: [
          { id: 't1', kind: 'together', nodeIds: [ids[0]!, ids[5]!], reason: '' },
          { id: 't2', kind: 'together', nodeIds: [ids[2]!, ids[9]!], reason: '' },
          { id: 'a1', kind: 'apart', nodeIds: [ids[1]!, ids[3]!, ids[4]!], reason: '' },
          { id: 'a2', kind: 'apart', nodeIds: [ids[6]!, ids[7]!], reason: '' },
        ],
        deliberate: [
          { id: 'd1', a: ids[8]!, b: ids[10]!, reason: 'bench' },
          { id: 'd2', a: ids[1]!, b: ids[2]!, reason: 'bench' },
        ],
      },
    ],
  };
}

export async function coalitionRulesSection(): Promise<void> {
  console.log('## Optimiser under keep rules, deliberate splits and the party band (issue 20)\n');
  console.log(
    `Synthetic projects with subjects of about six goals, k = ${K}, goals ±${BALANCE.tolerance * 100} %, seed 1, one lane. Rules: two together, two apart, two deliberate splits; band: goals within ±10 points of the seat share. Cut without deliberate links; bound of the contracted problem (3 s).\n`,
  );
  const rows: (string | number)[][] = [];
  for (const goals of [120, 300, 500])
    for (const level of ['subject', 'goal'] as const) {
      const base = subjectProject(goals, K, 1);
      const ruled = withRules(base, level);
      const plain = { ...ruled, divisions: [{ ...ruled.divisions[0]!, keep: [], deliberate: [] }] };
      for (const [name, p, band] of [
        ['none', plain, false],
        ['rules', ruled, false],
        ['rules + band', ruled, true],
      ] as const) {
        const t = performance.now();
        const res = optimiseProjectPlacement(p, p.divisions[0]!.id, {
          level,
          balance: BALANCE,
          seed: 1,
          ...(band ? { partyBand: { by: 'goals', tolerance: 0.1 } } : {}),
        });
        const ms = performance.now() - t;
        const bound = res.ok
          ? await placementBound(p, p.divisions[0]!.id, level, BALANCE, { upperBound: res.cut })
          : null;
        rows.push([goals, level, name, res.ok ? res.cut : res.problems[0]!.code, bound?.bound ?? '–', Math.round(ms)]);
      }
    }
  printTable(['goals', 'level', 'rules', 'cut', 'bound', 'ms'], rows);
}

if (import.meta.url === `file://${process.argv[1]}`) void coalitionRulesSection();

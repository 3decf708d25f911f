import type { Division } from '../../../shared/model';
import { divisionParts, type CompactGraph } from '../../../shared/analysis/compactGraph';
import { createIncrementalScore, type IncrementalScore } from '../../../shared/analysis/incrementalScore';
import { TRAY_ID } from './viewModel';
import { dropPlan, type DropPlan, type MovingCard } from './dropPlan';

/** The headline figures the incremental scorer follows, for a draft as it is or as it would be after a move. */
export interface ScoreFigures {
  /** Weight and number of split links. */
  cut: number;
  cutCount: number;
  /** Weight of split Omgevingswet links. */
  owCut: number;
  /** Holder pairs with at least one split link between them: the coordination agenda's length. */
  pairs: number;
}

/** What dropping the moving cards on one column would do. */
export interface MovePreview {
  columnId: string;
  /** The draft's figures after the drop, and the change from now (after − now). */
  after: ScoreFigures;
  delta: ScoreFigures;
  /** Goals and known budget the column gains (negative never: cards already there do not count). */
  goalsIn: number;
  budgetIn: number;
  /** True when every moving card already sits in this column: dropping changes nothing. */
  unchanged: boolean;
  /** Why the edit would refuse this drop (then it changes nothing), or null. */
  refused: DropPlan['refused'];
}

// Float sums of strengths: a pair whose split links all moved away keeps a residue of about 1e-15.
const EPS = 1e-9;

function figuresOf(s: IncrementalScore): ScoreFigures {
  let pairs = 0;
  const { k, matrix } = s;
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) if (matrix[a * k + b]! > EPS) pairs++;
  return { cut: s.cut, cutCount: s.cutCount, owCut: s.owCut, pairs };
}

/**
 * Index form: the figures after moving `nodes` (in order) to part `to` (−1: unassigned), on the given score, which
 * is put back as it was before returning. O(sum of the nodes' degrees + k²); a bulk move is the single moves in
 * sequence, exactly as the edit will apply them.
 */
export function previewOnScore(
  s: IncrementalScore,
  nodes: readonly number[],
  to: number,
  budget: Float64Array,
): { after: ScoreFigures; goalsIn: number; budgetIn: number } {
  return previewMoves(
    s,
    nodes.map((v) => [v, to]),
    to,
    budget,
  );
}

/**
 * The figures after moving each node to its part (in order), on the given score, put back as it was before
 * returning; `goalsIn` and `budgetIn` count what part `to` gains.
 */
export function previewMoves(
  s: IncrementalScore,
  moves: readonly (readonly [node: number, part: number])[],
  to: number,
  budget: Float64Array,
): { after: ScoreFigures; goalsIn: number; budgetIn: number } {
  const from = moves.map(([v]) => s.parts[v]!);
  let goalsIn = 0;
  let budgetIn = 0;
  for (let i = 0; i < moves.length; i++) {
    const [v, p] = moves[i]!;
    if (s.parts[v] === p) continue;
    if (p === to) {
      goalsIn++;
      budgetIn += budget[v]!;
    }
    s.move(v, p);
  }
  const after = figuresOf(s);
  for (let i = moves.length - 1; i >= 0; i--) s.move(moves[i]![0], from[i]!);
  return { after, goalsIn, budgetIn };
}

/**
 * What dropping the moving cards (goals, or at subject level subjects with the goals that follow them) on each column
 * (every holder of the draft, and the tray) would do to the headline figures, from the incremental scorer on a
 * scratch copy of the draft's parts, planned as the edit will make it (`dropPlan`). Computed once when a drag
 * starts; the columns read their line from it while the card hovers. Plain ids are goals.
 */
export function movePreviews(
  graph: CompactGraph,
  division: Division,
  moving: readonly (string | MovingCard)[],
): MovePreview[] {
  const k = division.portfolioIds.length;
  const parts = divisionParts(graph, division);
  // createIncrementalScore copies the parts: the shared, read-only array of the draft is never written.
  const score = createIncrementalScore(graph, parts, k);
  const now = figuresOf(score);
  const cards = moving.map((c): MovingCard => (typeof c === 'string' ? { id: c, kind: 'goal', from: null } : c));
  const targets = [...division.portfolioIds.map((id, p) => ({ id, p })), { id: TRAY_ID, p: -1 }];
  return targets.map(({ id, p }) => {
    const plan = dropPlan(graph, division, cards, p, parts);
    const { after, goalsIn, budgetIn } = previewMoves(score, plan.moves, p, graph.budget);
    return {
      columnId: id,
      after,
      delta: {
        cut: after.cut - now.cut,
        cutCount: after.cutCount - now.cutCount,
        owCut: after.owCut - now.owCut,
        pairs: after.pairs - now.pairs,
      },
      goalsIn,
      budgetIn,
      unchanged: !plan.changed,
      refused: plan.refused,
    };
  });
}

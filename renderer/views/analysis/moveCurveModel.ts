import { curveStepAfter, line, scaleLinear } from 'd3';
import type { CurvePoint, MoveCurve } from '../../../shared/optimiser';

/** Rows in the curve's table: the points that improve, the first of them, then the last point. */
export const CURVE_ROWS = 25;

/**
 * The point the proposal shows at a cap: the one for the largest cap not above it (the curve has one per cap from
 * 1 up, so that is the cap itself while the curve reaches it). Null at cap 0: nothing moves.
 */
export function pointAtCap(curve: Pick<MoveCurve, 'points'>, cap: number): CurvePoint | null {
  let at: CurvePoint | null = null;
  for (const p of curve.points) if (p.cap <= cap && (!at || p.cap > at.cap)) at = p;
  return at;
}

/** The point that is the full proposal (the curve's point at the full proposal's number of moves), if it has one. */
export function fullPoint(curve: Pick<MoveCurve, 'points' | 'full'>): CurvePoint | null {
  return curve.points.find((p) => p.cap === curve.full.moves) ?? null;
}

/** One point as the table and the chart show it: split weights of the whole draft, the share taken away. */
export interface CurveRow {
  cap: number;
  moves: number;
  /** The report's split weight after the point's moves, with the links to holders outside the search. */
  splitWeight: number;
  /** Share of the draft's split weight the point's moves take away (0 when the draft splits nothing). */
  removed: number;
  /** No division within `cap` moves splits less (on the search's measure); null when unknown. */
  lowerBound: number | null;
}

export interface CurveView {
  /** The draft's split weight, whole draft. */
  before: number;
  rows: CurveRow[];
  /** The rows for the table: those that improve on the one before, at most CURVE_ROWS, always the last. */
  shown: CurveRow[];
  /** Points that improve but are left out of `shown`. */
  hidden: number;
}

/**
 * The curve in the whole draft's figures: the search saw only the holders taking part, and links to holders
 * outside weigh the same in every division (`constantCut`), so they are added back to every figure.
 */
export function curveView(curve: MoveCurve, constantCut: number, maxRows = CURVE_ROWS): CurveView {
  const before = curve.before.splitWeight + constantCut;
  const rows = curve.points.map((p): CurveRow => ({
    cap: p.cap,
    moves: p.moves,
    splitWeight: p.splitWeight + constantCut,
    removed: before > 0 ? (curve.before.splitWeight - p.splitWeight) / before : 0,
    lowerBound: p.lowerBound === null ? null : p.lowerBound + constantCut,
  }));
  const improving: CurveRow[] = [];
  let last = curve.before.cut;
  curve.points.forEach((p, i) => {
    if (p.cut < last - 1e-9) improving.push(rows[i]!);
    last = Math.min(last, p.cut);
  });
  const final = rows[rows.length - 1];
  const shown = improving.slice(0, maxRows - 1);
  if (final && !shown.includes(final)) shown.push(final);
  return { before, rows, shown, hidden: improving.filter((r) => !shown.includes(r)).length };
}

export interface CurveChart {
  width: number;
  height: number;
  /** Split weight after at most x moves, as steps from the draft (x = 0). */
  weightPath: string;
  /** The lower bound per cap where known, as steps; empty when none is. */
  boundPath: string;
  /** Dots at the table's points, for the chosen one too. */
  dots: { cap: number; x: number; y: number }[];
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
  /** Plot area. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const MARGIN = { top: 10, right: 14, bottom: 34, left: 48 };

/** Geometry of the curve's chart: split weight (y, from 0) against the cap on moves (x, from the draft at 0). */
export function curveChart(view: CurveView, width: number, height: number): CurveChart {
  const maxCap = Math.max(1, ...view.rows.map((r) => r.cap));
  const x = scaleLinear()
    .domain([0, maxCap])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, Math.max(view.before, 1e-9)])
    .nice(4)
    .range([height - MARGIN.bottom, MARGIN.top]);
  const steps = line<[number, number]>()
    .x((d) => x(d[0]))
    .y((d) => y(d[1]))
    .curve(curveStepAfter);
  const weight: [number, number][] = [
    [0, view.before],
    ...view.rows.map((r): [number, number] => [r.cap, r.splitWeight]),
  ];
  const known = view.rows.filter((r) => r.lowerBound !== null);
  const bound: [number, number][] = known.map((r) => [r.cap, r.lowerBound!]);
  return {
    width,
    height,
    weightPath: steps(weight) ?? '',
    boundPath: bound.length ? (steps(bound) ?? '') : '',
    dots: view.shown.map((r) => ({ cap: r.cap, x: x(r.cap), y: y(r.splitWeight) })),
    xTicks: x
      .ticks(Math.min(maxCap, 8))
      .filter(Number.isInteger)
      .map((value) => ({ value, x: x(value) })),
    yTicks: y.ticks(4).map((value) => ({ value, y: y(value) })),
    left: MARGIN.left,
    top: MARGIN.top,
    right: width - MARGIN.right,
    bottom: height - MARGIN.bottom,
  };
}

import type { Project } from '../model/project';
import type { Division } from '../model/division';
import type { Link } from '../model/link';
import { buildCompactGraph, type CompactGraph } from '../analysis/compactGraph';
import { coherenceReport, type CoherenceReport } from '../analysis/coherenceReport';
import { compareDivisions, type DivisionComparison } from '../analysis/compareDivisions';
import { BALANCE_MEASURES, partyBalance, type PartyBalance } from '../coalition/partyBalance';
import { numeric, paragraph, section, table, type Block, type ReportDocument, type Section } from './document';
import { reportContext, type ReportContext, type ReportSettings } from './reportContext';
import { linkTableOf } from './linkTables';
import { figure, figuresSection, matrixAlt, methodSection, type ReportPictures } from './sections/figuresMethod';
import { sectionTitles, subtitleLines } from './draftReport';

export interface CompareReportOptions extends ReportSettings {
  graph?: CompactGraph;
  date?: string;
  /** The map of draft B compared with A, and B's matrix, as SVG; a slot without one keeps its text. */
  pictures?: ReportPictures;
}

interface Side {
  division: Division;
  r: CoherenceReport;
  balance: PartyBalance | null;
}

/** How many links `x` splits that `y` does not: the map's green band when comparing y with x. */
function onlyIn(x: CoherenceReport, y: CoherenceReport): number {
  const inY = new Set(y.cut.splitLinks);
  let count = 0;
  for (const e of x.cut.splitLinks) if (!inY.has(e)) count++;
  return count;
}

const signed = (c: ReportContext, x: number | null, digits = 2) =>
  x === null ? '–' : x > 0 ? `+${c.fmt.number(x, digits)}` : c.fmt.number(x, digits);

function figuresTable(c: ReportContext, a: Side, b: Side): Block {
  const { t, fmt } = c;
  type Row = [string, (s: Side) => number | null, number];
  const rows: Row[] = [
    [t('report.compare.splitWeight'), (s) => s.r.cut.cut, 2],
    [t('report.headline.splitLinks'), (s) => s.r.cut.cutCount, 0],
    [t('report.compare.crossDomainWeight'), (s) => s.r.crossDomain.cut, 2],
    [t('report.headline.omgevingswet'), (s) => s.r.omgevingswet.cutCount, 0],
    [t('report.headline.owSocialPhysical'), (s) => s.r.owSocialPhysical.count, 0],
    [t('report.headline.pairs'), (s) => s.r.coordination.length, 0],
    [t('report.compare.uncoveredWeight'), (s) => s.r.coverage.uncovered.weight, 2],
    [t('report.compare.coveredWeight'), (s) => s.r.coverage.covered.weight, 2],
    [t('report.compare.deliberateWeight'), (s) => s.r.coverage.deliberate.weight, 2],
    [
      t('report.compare.unassignedGoals'),
      (s) => s.r.warnings.find((w) => w.code === 'unassignedGoals')?.goalIds.length ?? 0,
      0,
    ],
    [t('report.headline.modularity'), (s) => s.r.modularity, 3],
    [t('report.headline.gallagher'), (s) => s.balance?.gallagher.goals ?? null, 1],
  ];
  return table(
    t('report.compare.figuresCaption'),
    [t('report.col.figure'), numeric(a.division.name), numeric(b.division.name), numeric(t('report.col.difference'))],
    rows.map(([label, of, digits]) => {
      const x = of(a);
      const y = of(b);
      const show = (v: number | null) => (v === null ? '–' : fmt.number(v, digits));
      return [label, show(x), show(y), x === null || y === null ? '–' : signed(c, y - x, digits)];
    }),
    true,
  );
}

function holdersTable(c: ReportContext, cmp: DivisionComparison, a: Side, b: Side): Block {
  const { t, fmt } = c;
  const n = (x: number | null, digits = 0) => (x === null ? '–' : fmt.number(x, digits));
  const money = (x: number | null) => (x === null ? '–' : fmt.money(x));
  return table(
    t('report.compare.holdersCaption'),
    [
      t('report.col.holder'),
      numeric(t('report.compare.goalsIn', { draft: a.division.name })),
      numeric(t('report.compare.goalsIn', { draft: b.division.name })),
      numeric(t('report.compare.budgetIn', { draft: a.division.name })),
      numeric(t('report.compare.budgetIn', { draft: b.division.name })),
      numeric(t('report.compare.externalIn', { draft: a.division.name })),
      numeric(t('report.compare.externalIn', { draft: b.division.name })),
    ],
    cmp.portfolios.map((p) => [
      c.holder(p.portfolioId),
      n(p.goals.a),
      n(p.goals.b),
      money(p.budget.a),
      money(p.budget.b),
      n(p.external.a, 2),
      n(p.external.b, 2),
    ]),
    true,
  );
}

function movesBlocks(c: ReportContext, cmp: DivisionComparison): Block[] {
  const { t, fmt } = c;
  const sm = cmp.subjectMoves;
  if (!cmp.moved.length) return [paragraph(t('report.compare.noMoves'))];
  const out: Block[] = [];
  if (sm.subjects.length)
    out.push(
      table(
        t('report.compare.subjectMovesCaption', { count: sm.subjects.length }),
        [
          t('report.col.subject'),
          numeric(t('report.col.goalCount')),
          t('report.col.fromHolder'),
          t('report.col.toHolder'),
        ],
        sm.subjects
          .slice(0, c.maxRows)
          .map((m) => [c.node(m.subjectId), fmt.number(m.goalIds.length), c.holder(m.from), c.holder(m.to)]),
        true,
      ),
    );
  if (sm.goals.length)
    out.push(
      table(
        t('report.compare.goalMovesCaption', { count: sm.goals.length }),
        [t('report.col.goal'), t('report.col.fromHolder'), t('report.col.toHolder')],
        sm.goals.slice(0, c.maxRows).map((m) => [c.node(m.goalId), c.holder(m.from), c.holder(m.to)]),
        true,
      ),
    );
  return out;
}

function linkBlocks(c: ReportContext, ids: readonly string[], division: Division, caption: string): Block[] {
  const links = ids
    .map((id) => c.link(id))
    .filter((l): l is Link => l !== undefined)
    .sort((x, y) => y.strength - x.strength);
  return linkTableOf(c, division, caption, links);
}

function pairsTable(c: ReportContext, cmp: DivisionComparison, a: Side, b: Side): Block {
  const { t } = c;
  if (!cmp.coordination.length) return paragraph(t('report.agenda.none'));
  const w = (x: number | null) => (x === null ? '–' : c.weight(x));
  const rows = [...cmp.coordination]
    .sort((x, y) => Math.max(y.weight.a ?? 0, y.weight.b ?? 0) - Math.max(x.weight.a ?? 0, x.weight.b ?? 0))
    .map((p) => [
      t('report.agenda.pair', { a: c.holder(p.a), b: c.holder(p.b) }),
      w(p.weight.a),
      w(p.weight.b),
      signed(c, p.weight.delta),
    ]);
  return table(
    t('report.compare.pairsCaption'),
    [t('report.col.pair'), numeric(a.division.name), numeric(b.division.name), numeric(t('report.col.difference'))],
    rows,
    true,
  );
}

function partyTable(c: ReportContext, a: Side, b: Side): Block {
  const { t, fmt } = c;
  if (!a.balance?.parties.length) return paragraph(t('report.party.none'));
  const g = (s: Side, m: (typeof BALANCE_MEASURES)[number]) => {
    const x = s.balance?.gallagher[m] ?? null;
    return x === null ? '–' : fmt.number(x, 1);
  };
  return table(
    t('report.compare.partyCaption'),
    [t('report.col.measure'), numeric(a.division.name), numeric(b.division.name)],
    BALANCE_MEASURES.map((m) => [t(`report.party.measure.${m}`), g(a, m), g(b, m)]),
    true,
  );
}

/**
 * Two drafts side by side for a college choosing between them: every headline figure of both (each the coherence
 * report's own) with the difference, the holders' goals and budget, what moves from A to B (whole subjects, then
 * single goals), the links B newly splits and newly brings together with their rationales, the coordination per
 * pair, the party balance, the map of B compared with A, and the method page. Throws on an unknown draft.
 */
export function compareReport(
  project: Project,
  aId: string,
  bId: string,
  options: CompareReportOptions,
): ReportDocument {
  const find = (id: string) => {
    const d = project.divisions.find((x) => x.id === id);
    if (!d) throw new RangeError(`unknown draft ${id}`);
    return d;
  };
  const graph = options.graph ?? buildCompactGraph(project);
  const side = (division: Division): Side => ({
    division,
    r: coherenceReport(project, division.id, graph),
    balance: partyBalance(project, division.id, graph),
  });
  const a = side(find(aId));
  const b = side(find(bId));
  const cmp = compareDivisions(project, aId, bId, graph);
  const c = reportContext(project, graph, options);
  const { t, fmt } = c;
  const titles = sectionTitles(c);
  const diff = b.r.cut.cut - a.r.cut.cut;
  const lead = t(
    diff < 0 ? 'report.compare.leadLess' : diff > 0 ? 'report.compare.leadMore' : 'report.compare.leadSame',
    {
      a: a.division.name,
      b: b.division.name,
      weight: c.weight(Math.abs(diff)),
      moved: fmt.number(cmp.moved.length),
      split: fmt.number(cmp.newlySplit.length),
      joined: fmt.number(cmp.newlyJoined.length),
    },
  );
  const pictures = options.pictures ?? {};
  const sections: Section[] = [
    section('kerncijfers', t('report.compare.figures'), [paragraph(lead), figuresTable(c, a, b)]),
    section('houders', t('report.compare.holders'), [holdersTable(c, cmp, a, b)]),
    section(
      'verschuivingen',
      t('report.compare.moves', { a: a.division.name, b: b.division.name }),
      movesBlocks(c, cmp),
    ),
    section('nieuw-gesplitst', t('report.compare.newlySplit', { count: cmp.newlySplit.length, b: b.division.name }), [
      paragraph(t('report.compare.newlySplitNote', { a: a.division.name, b: b.division.name }), 'note'),
      ...linkBlocks(
        c,
        cmp.newlySplit,
        b.division,
        t('report.compare.newlySplit', { count: cmp.newlySplit.length, b: b.division.name }),
      ),
    ]),
    section('nieuw-samen', t('report.compare.newlyJoined', { count: cmp.newlyJoined.length, b: b.division.name }), [
      ...linkBlocks(
        c,
        cmp.newlyJoined,
        b.division,
        t('report.compare.newlyJoined', { count: cmp.newlyJoined.length, b: b.division.name }),
      ),
    ]),
    section('afstemming', t('report.compare.pairs'), [pairsTable(c, cmp, a, b)]),
    section('partijbalans', titles.party, [paragraph(t('report.party.intro'), 'note'), partyTable(c, a, b)]),
    figuresSection(
      c,
      [
        figure(
          'kaart',
          t('report.compare.mapCaption', { a: a.division.name, b: b.division.name }),
          t('report.compare.mapAlt', {
            count: b.r.goalCount,
            a: a.division.name,
            b: b.division.name,
            split: fmt.number(cmp.newlySplit.length),
            onlyA: fmt.number(onlyIn(a.r, b.r)),
            moved: fmt.number(cmp.moved.length),
          }),
          pictures.map,
        ),
        figure(
          'matrix',
          t('report.figure.matrixCaption', { draft: b.division.name }),
          matrixAlt(c, b.r),
          pictures.matrix,
        ),
      ],
      titles.figures,
    ),
    methodSection(c, titles.method),
  ];
  return {
    lang: options.lang,
    title: t('report.compare.title', { project: project.name, a: a.division.name, b: b.division.name }),
    subtitle: subtitleLines(
      c,
      project,
      t('report.compare.subtitle', { a: a.division.name, b: b.division.name }),
      options.date,
    ),
    contentsTitle: c.t('report.contents'),
    sections,
  };
}

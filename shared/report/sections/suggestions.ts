import type { Project } from '../../model/project';
import type { CompactGraph } from '../../analysis/compactGraph';
import { suggestMoves, type MoveSuggestion, type SuggestOptions } from '../../analysis/suggestMoves';
import { suggestSwaps, type SwapSide } from '../../analysis/suggestSwaps';
import { numeric, paragraph, section, table, type Block, type Section } from '../document';
import type { ReportContext } from '../reportContext';
import { linkName } from '../linkTables';
import { SECTION_IDS } from './headline';

/** The links of a suggestion as one cell: "A — B; C — D", or a dash. */
function linkCell(c: ReportContext, ids: readonly string[]): string {
  const names = ids
    .map((id) => c.link(id))
    .filter((l) => l !== undefined)
    .map((l) => linkName(c, l));
  return names.length ? names.join('; ') : '–';
}

/** A moved node as the report names it: a subject with how many goals follow it, or a goal. */
function nodeWords(c: ReportContext, n: { goalId: string } | { subjectId: string; goalIds: string[] }): string {
  return 'subjectId' in n
    ? c.t('report.suggest.subject', { subject: c.node(n.subjectId), count: n.goalIds.length })
    : c.t('report.suggest.goal', { goal: c.node(n.goalId) });
}

function movesTable(c: ReportContext, moves: readonly MoveSuggestion[]): Block {
  const { t } = c;
  return table(
    t('report.suggest.movesCaption'),
    [
      t('report.col.move'),
      t('report.col.fromHolder'),
      t('report.col.toHolder'),
      numeric(t('report.col.splitWeightChange')),
      t('report.col.joins'),
      t('report.col.splits'),
    ],
    moves.map((m) => [
      nodeWords(c, m),
      c.holder(m.from),
      c.holder(m.to),
      t('report.suggest.change', { before: c.weight(m.cutBefore), after: c.weight(m.cutAfter) }),
      linkCell(c, m.becomeInternal),
      linkCell(c, m.becomeSplit),
    ]),
    true,
  );
}

function side(c: ReportContext, s: SwapSide): string {
  return c.t('report.suggest.swapSide', { node: nodeWords(c, s), from: c.holder(s.from), to: c.holder(s.to) });
}

/**
 * The suggestions the Analyse view makes for this draft with the same options: single moves of a subject (with its
 * goals) or a goal, then swaps of two, each with the split weight before and after and the links it brings
 * together and splits; or why there are none.
 */
export function suggestionsSection(
  c: ReportContext,
  project: Project,
  divisionId: string,
  options: SuggestOptions,
  graph: CompactGraph,
  title: string,
): Section {
  const { t } = c;
  const moves = suggestMoves(project, divisionId, options, graph);
  const swaps = suggestSwaps(project, divisionId, options, graph);
  const blocks: Block[] = [
    paragraph(
      t(options.level === 'subject' ? 'report.suggest.introSubjects' : 'report.suggest.introGoals', {
        tolerance: c.fmt.percent(options.tolerance ?? 0.2),
        measure: t(`report.suggest.measure.${options.balance ?? 'goals'}`),
      }),
      'note',
    ),
  ];
  if (moves.suggestions.length) blocks.push(movesTable(c, moves.suggestions));
  else blocks.push(paragraph(t(`report.suggest.reason.${moves.reason ?? 'noImprovingMove'}`)));
  if (swaps.swaps.length)
    blocks.push(
      table(
        t('report.suggest.swapsCaption'),
        [
          t('report.col.swap'),
          numeric(t('report.col.splitWeightChange')),
          t('report.col.joins'),
          t('report.col.splits'),
        ],
        swaps.swaps.map((s) => [
          `${side(c, s.a)}; ${side(c, s.b)}`,
          t('report.suggest.change', { before: c.weight(s.cutBefore), after: c.weight(s.cutAfter) }),
          linkCell(c, s.becomeInternal),
          linkCell(c, s.becomeSplit),
        ]),
        true,
      ),
    );
  else blocks.push(paragraph(t('report.suggest.noSwaps')));
  return section(SECTION_IDS.suggestions, title, blocks);
}

import type { BoundMessage, PointMove } from '../../optimiser';
import { numeric, paragraph, section, table, type Block, type Section } from '../document';
import type { ReportContext } from '../reportContext';
import { SECTION_IDS } from './headline';

/**
 * The optimiser's result as the caller had it on screen: which draft it was computed from (its name then), the
 * settings, the split weight before and after, what the lower bound says, and the moves. Plain data, so that the
 * report does not depend on how the app keeps a proposal.
 */
export interface ReportProposal {
  draftId: string;
  draftName: string;
  /** One sentence naming the settings it ran with (balance, level, holders taking part); the caller writes it. */
  settings?: string;
  /** The report's split weight of the draft when the search started, and of the proposal shown. */
  splitWeightBefore: number;
  splitWeightAfter: number;
  /** At most this many moves were asked for (a point of the move curve); null for the full proposal. */
  cap: number | null;
  moves: readonly PointMove[];
  /** What the lower bound says of the proposal (`boundSummary`), its value and method key (`methodKey`). */
  bound: { message: BoundMessage; value: number | null; method: string | null } | null;
  /** The search was stopped: the best it had found. */
  cancelled?: boolean;
  /** The project has changed since: the proposal can no longer be applied as it stands. */
  stale?: boolean;
}

function movesTable(c: ReportContext, moves: readonly PointMove[]): Block {
  const { t, fmt } = c;
  return table(
    t('report.proposal.movesCaption', { count: moves.length }),
    [t('report.col.move'), numeric(t('report.col.goalCount')), t('report.col.fromHolder'), t('report.col.toHolder')],
    moves
      .slice(0, c.maxRows)
      .map((m) => [
        m.kind === 'subject'
          ? t('report.proposal.subject', { subject: c.node(m.nodeId) })
          : t('report.proposal.goal', { goal: c.node(m.nodeId) }),
        fmt.number(m.goalIds.length),
        c.holder(m.from),
        c.holder(m.to),
      ]),
    true,
  );
}

export function proposalSection(c: ReportContext, p: ReportProposal, title: string): Section {
  const { t, fmt } = c;
  const blocks: Block[] = [paragraph(t('report.proposal.from', { draft: p.draftName }))];
  if (p.settings) blocks.push(paragraph(p.settings));
  if (p.cap !== null) blocks.push(paragraph(t('report.proposal.cap', { count: p.cap })));
  if (p.cancelled) blocks.push(paragraph(t('report.proposal.cancelled')));
  const goals = p.moves.reduce((s, m) => s + m.goalIds.length, 0);
  blocks.push(
    paragraph(
      t('report.proposal.change', {
        before: c.weight(p.splitWeightBefore),
        after: c.weight(p.splitWeightAfter),
        count: p.moves.length,
        goals: fmt.number(goals),
      }),
    ),
  );
  if (p.bound) {
    blocks.push(paragraph(t(`optimiser.${p.bound.message.key}`, p.bound.message.params)));
    if (p.bound.value !== null && p.bound.method)
      blocks.push(
        paragraph(
          t('report.proposal.bound', {
            bound: fmt.number(p.bound.value, 2),
            method: t(`optimiser.${p.bound.method}`),
          }),
          'note',
        ),
      );
  } else blocks.push(paragraph(t('report.proposal.noBound'), 'note'));
  blocks.push(p.moves.length ? movesTable(c, p.moves) : paragraph(t('report.proposal.noMoves')));
  if (p.stale) blocks.push(paragraph(t('report.proposal.stale'), 'note'));
  return section(SECTION_IDS.proposal, title, blocks);
}

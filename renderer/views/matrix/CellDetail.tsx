import type { Division, Link } from '../../../shared/model';
import type { CompactGraph } from '../../../shared/analysis/compactGraph';
import type { SplitCoverage } from '../../../shared/coalition/splitCoverage';
import { useApp, useT } from '../../app/StoreContext';
import { formatNumber } from '../../i18n/format';
import type { MatrixModel } from './viewModel';
import type { GridPos } from './gridNavigation';
import { KindSwatch } from './KindSwatch';
import { CellCoverSummary, CellLinkCover } from './CellCover';

/**
 * What the pointer or the keyboard focus rests on, in words: a cell's links with kind, strength, direction and
 * rationale and both holders; a header's goal with its holder and how many of its links the draft splits.
 */
export function CellDetail({
  model,
  graph,
  linkById,
  nodeName,
  pos,
  holderName,
  domainName,
  coverage,
  division,
}: {
  model: MatrixModel;
  /** The report's split coverage and its draft: each split link covered, deliberate or not covered. */
  coverage?: SplitCoverage;
  division?: Division;
  graph: CompactGraph;
  linkById: ReadonlyMap<string, Link>;
  /** A goal's title or a subject's name: the ends of the links behind a tie at subject level. */
  nodeName(id: string): string;
  pos: GridPos | null;
  holderName(holderId: string | null): string;
  domainName(domainId: string): string;
}) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const n = model.nodes.length;
  if (!pos) return <p className="cell-sub">{t('app.matrix.detailHint')}</p>;

  if (pos.row === -1 || pos.col === -1) {
    const index = pos.row === -1 ? pos.col : pos.row;
    const node = model.nodes[index]!;
    let split = 0;
    for (const c of model.rowCols[index]!) {
      const cell = model.cells[model.cellAt.get(index * n + c)!]!;
      if (cell.outsideBlock) split += cell.links.length;
    }
    const links = [...model.rowCols[index]!].reduce(
      (s, c) => s + model.cells[model.cellAt.get(index * n + c)!]!.links.length,
      0,
    );
    return (
      <div className="matrix-detail-body">
        <p className="matrix-detail-title">
          {index + 1}. {node.title}
        </p>
        {node.apart?.reason === 'exception' ? (
          <p className="matrix-apart">{t('app.map.apart.exception', { subject: node.apart.subjectName })}</p>
        ) : null}
        <dl className="matrix-facts">
          <dt>{t('app.matrix.holder')}</dt>
          <dd>{holderName(node.holderId)}</dd>
          {node.kind === 'subject' ? (
            <>
              <dt>{t('app.map.goalsIn')}</dt>
              <dd>{node.goalCount ? t('app.map.goalCount', { count: node.goalCount }) : t('app.map.noGoals')}</dd>
              <dt>{t('app.map.insideLinks')}</dt>
              <dd>{t('app.matrix.insideCount', { count: node.inside })}</dd>
            </>
          ) : null}
          <dt>{t('app.goal.domain')}</dt>
          <dd>{domainName(node.domainId)}</dd>
          <dt>{t('app.matrix.linksHere')}</dt>
          <dd>{t('app.matrix.linksSplit', { count: links, split })}</dd>
        </dl>
      </div>
    );
  }

  const cell = model.cells[model.cellAt.get(pos.row * n + pos.col)!];
  if (!cell) return <p className="cell-sub">{t('app.matrix.detailHint')}</p>;
  const a = model.nodes[cell.row]!;
  const b = model.nodes[cell.col]!;
  const status =
    cell.status === 'split'
      ? t('app.matrix.statusSplit', { a: holderName(a.holderId), b: holderName(b.holderId) })
      : cell.status === 'kept'
        ? t('app.matrix.statusKept', { holder: holderName(a.holderId) })
        : t('app.matrix.statusOpen');
  const titleOf = nodeName;
  const tie = model.level === 'subject';
  return (
    <div className="matrix-detail-body">
      <p className="matrix-detail-title">
        {cell.row + 1}. {a.title} ↔ {cell.col + 1}. {b.title}
      </p>
      <p className={`matrix-status matrix-status-${cell.status}`}>{status}</p>
      {cell.status === 'split' ? <CellCoverSummary links={cell.links} coverage={coverage} /> : null}
      {tie ? (
        <p className="cell-sub">
          {t('app.matrix.tieSum', { count: cell.links.length, weight: formatNumber(cell.weight, locale, 1) })}
        </p>
      ) : null}
      <dl className="matrix-facts">
        <dt>{t('app.matrix.holderOf', { goal: String(cell.row + 1) })}</dt>
        <dd>{holderName(a.holderId)}</dd>
        <dt>{t('app.matrix.holderOf', { goal: String(cell.col + 1) })}</dt>
        <dd>{holderName(b.holderId)}</dd>
      </dl>
      <ul className="matrix-links">
        {cell.links.map((e) => {
          const link = linkById.get(graph.linkIds[e]!);
          if (!link) return null;
          return (
            <li key={e}>
              <KindSwatch kind={link.kind} weight={link.strength} size={16} />{' '}
              <strong>{t(`app.kind.${link.kind}`)}</strong>
              {tie ? (
                <span className="cell-sub">
                  {titleOf(link.source)} — {titleOf(link.target)}
                </span>
              ) : null}
              {link.kind === 'prerequisite' ? (
                <span className="cell-sub">
                  {t('app.matrix.direction', { from: titleOf(link.source), to: titleOf(link.target) })}
                </span>
              ) : null}
              <span className="cell-sub">
                {t('app.matrix.strength', { value: formatNumber(link.strength, locale, 1) })}
              </span>
              <CellLinkCover e={e} coverage={coverage} division={division} />
              <p className="matrix-rationale">{link.rationale || t('app.matrix.noRationale')}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

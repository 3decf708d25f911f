import type { Project } from '../../../shared/model';
import type { PointMove, ProposalMove } from '../../../shared/optimiser';
import { useT } from '../../app/StoreContext';
import type { Names } from '../../derived/names';
import { MoveLinks } from './MoveLinks';

/**
 * A curve point's moves in the order found, each with what it brings together and what it splits, link by link
 * (by title, with each link's rationale, as the report's lists give them). On paper the links stay closed: the
 * moves themselves are what a negotiator takes to the table. Moves of a proposal for an older version of the
 * project come without their links: those may have changed since.
 */
export function ProposalMoves({
  list,
  project,
  names,
}: {
  list: readonly (PointMove | ProposalMove)[];
  project: Project;
  names: Names;
}) {
  const t = useT();
  const holder = (id: string | null) => (id ? names.portfolio(id) : t('app.divisions.none'));
  return (
    <ol className="proposal-moves">
      {list.map((m) => (
        <li key={m.nodeId}>
          {m.kind === 'subject'
            ? t('app.optimiser.movedSubjectItem', {
                subject: names.subject(m.nodeId),
                count: m.goalIds.length,
                from: holder(m.from),
                to: holder(m.to),
              })
            : `${names.goal(m.nodeId)}: ${holder(m.from)} → ${holder(m.to)}`}{' '}
          {'joins' in m ? (
            <span className="cell-sub">
              {t('app.optimiser.moveEffect', { joined: m.joins.length, split: m.splits.length })}
            </span>
          ) : null}
          {'joins' in m && m.joins.length + m.splits.length > 0 ? (
            <details className="suggestion-links no-print">
              <summary>{t('app.analysis.moveLinks')}</summary>
              {m.joins.length ? (
                <MoveLinks
                  label={t('app.analysis.moveJoined', { count: m.joins.length })}
                  ids={m.joins}
                  project={project}
                  names={names}
                />
              ) : null}
              {m.splits.length ? (
                <MoveLinks
                  label={t('app.analysis.moveSplit', { count: m.splits.length })}
                  ids={m.splits}
                  project={project}
                  names={names}
                />
              ) : null}
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

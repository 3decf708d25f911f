import type { Division, Goal, Project } from '../../../shared/model';
import { WindowedTable, type RowAttrs } from '../../components/WindowedTable';
import { useT } from '../../app/StoreContext';
import { useArrowKeyGesture } from '../../app/useArrowKeyGesture';

interface Props {
  project: Project;
  division: Division;
  onAssign(goalId: string, portfolioId: string | null): void;
  onLock(goalId: string, locked: boolean): void;
}

/** The table's row key: the goal's id. */
const goalKey = (g: Goal): string => g.id;

/** One row per goal: which portfolio holds it in this draft, and whether the coalition fixed it. */
export function AssignmentTable({ project, division, onAssign, onLock }: Props) {
  const t = useT();
  const holders = project.portfolios.filter((p) => division.portfolioIds.includes(p.id));
  const domains = new Map(project.domains.map((d) => [d.id, d]));
  const locked = new Set(division.locked);
  const gesture = useArrowKeyGesture('app.cmd.assignGoal');
  const renderRow = (g: Goal, attrs: RowAttrs) => {
    const isLocked = locked.has(g.id);
    // Own properties only: a goal id such as "constructor" must not read Object.prototype.
    const assigned = Object.hasOwn(division.assignments, g.id) ? division.assignments[g.id]! : '';
    return (
      <tr {...attrs}>
        <th scope="row">{g.title}</th>
        <td>{domains.get(g.domainId)?.name ?? g.domainId}</td>
        <td>
          <select
            aria-label={t('app.divisions.holderFor', { goal: g.title })}
            value={assigned}
            disabled={isLocked}
            onChange={(e) => onAssign(g.id, e.target.value || null)}
            {...gesture}
          >
            <option value="">{t('app.divisions.none')}</option>
            {holders.map((p) => (
              <option key={p.id} value={p.id}>
                {p.holder}
              </option>
            ))}
          </select>
        </td>
        <td>
          <label className="lock">
            <input
              type="checkbox"
              aria-label={t('app.divisions.lockLabel', { goal: g.title })}
              checked={isLocked}
              disabled={!assigned}
              onChange={(e) => onLock(g.id, e.target.checked)}
            />
            <span aria-hidden="true">{isLocked ? t('app.divisions.lockedYes') : t('app.divisions.lockedNo')}</span>
          </label>
        </td>
      </tr>
    );
  };
  return (
    <WindowedTable
      caption={t('app.divisions.assignments')}
      columns={[
        { label: t('app.goal.title'), width: '40%' },
        { label: t('app.goal.domain'), width: '18%' },
        { label: t('app.divisions.holder'), width: '27%' },
        { label: t('app.divisions.locked') },
      ]}
      className="assignment-table"
      rows={project.goals}
      rowKey={goalKey}
      renderRow={renderRow}
    />
  );
}

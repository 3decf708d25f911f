import { holderOf, subjectHolders, type Division, type Goal, type Project } from '../../../shared/model';
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

/**
 * One row per goal: which portfolio holds it in this draft, and whether the coalition fixed it. A goal under a
 * subject shows "Met onderwerp ‘…’: <holder>" until it is given a holder of its own (then an exception if another).
 */
export function AssignmentTable({ project, division, onAssign, onLock }: Props) {
  const t = useT();
  const holders = project.portfolios.filter((p) => division.portfolioIds.includes(p.id));
  const domains = new Map(project.domains.map((d) => [d.id, d]));
  const subjects = new Map(project.subjects.map((x) => [x.id, x]));
  const holderName = new Map(project.portfolios.map((p) => [p.id, p.holder]));
  const locked = new Set(division.locked);
  const gesture = useArrowKeyGesture('app.cmd.assignGoal');
  const renderRow = (g: Goal, attrs: RowAttrs) => {
    const isLocked = locked.has(g.id);
    // The draft's own word for the goal; without one it follows its subject's lead holder, if the subject has one.
    const assigned = holderOf(division.assignments, g.id) ?? '';
    const subject = g.subjectId ? subjects.get(g.subjectId) : undefined;
    const lead = g.subjectId ? subjectHolders(division, g.subjectId)[0] : undefined;
    const follows = subject && lead ? { subject: subject.name, holder: holderName.get(lead) ?? lead } : null;
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
            <option value="">{follows ? t('app.divisions.withSubject', follows) : t('app.divisions.none')}</option>
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
              disabled={!assigned && !follows}
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

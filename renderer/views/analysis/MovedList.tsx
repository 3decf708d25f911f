import type { Project } from '../../../shared/model';
import { useT } from '../../app/StoreContext';
import type { PlacementMoves } from './placementMoves';

/** What a proposal moves: each subject with how many goals go along, then the goals that move on their own. */
export function MovedList({ project, moves }: { project: Project; moves: PlacementMoves }) {
  const t = useT();
  const goalTitle = new Map(project.goals.map((g) => [g.id, g.title]));
  const subjectName = new Map(project.subjects.map((s) => [s.id, s.name]));
  const holderName = (id: string | undefined) =>
    project.portfolios.find((p) => p.id === id)?.holder ?? t('app.divisions.none');
  return (
    <ul>
      {moves.subjects.map((m) => (
        <li key={m.subjectId}>
          {t('app.optimiser.movedSubjectItem', {
            subject: subjectName.get(m.subjectId) ?? m.subjectId,
            count: m.goalIds.length,
            from: holderName(m.from),
            to: holderName(m.to),
          })}
        </li>
      ))}
      {moves.goals.map((m) => (
        <li key={m.goalId}>
          {goalTitle.get(m.goalId) ?? m.goalId}: {holderName(m.from)} → {holderName(m.to)}
        </li>
      ))}
    </ul>
  );
}

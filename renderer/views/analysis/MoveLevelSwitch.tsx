import { useApp, useAppStore, useT } from '../../app/StoreContext';
import type { NodeLevel } from '../../store/viewSlice';

/** What the suggestions and the optimiser move: the store's choice, or single goals when the project has no subjects. */
export function useMoveLevel(): NodeLevel {
  return useApp((s) => (s.project?.subjects.length ? s.moveLevel : 'goal'));
}

/**
 * "Move: whole subjects | single goals" for the suggestions and the optimiser, which share the one setting. Shown only
 * when the project has subjects; `name` keeps the radio groups of two panels apart.
 */
export function MoveLevelSwitch({ name, disabled = false }: { name: string; disabled?: boolean }) {
  const t = useT();
  const store = useAppStore();
  const hasSubjects = useApp((s) => (s.project?.subjects.length ?? 0) > 0);
  const level = useMoveLevel();
  if (!hasSubjects) return null;
  return (
    <fieldset className="level-switch move-level" disabled={disabled}>
      <legend>{t('app.analysis.moveLevel')}</legend>
      {(['subject', 'goal'] as const).map((l) => (
        <label key={l}>
          <input
            type="radio"
            name={name}
            value={l}
            checked={level === l}
            onChange={() => store.getState().chooseMoveLevel(l)}
          />
          {t(l === 'subject' ? 'app.analysis.moveLevelSubjects' : 'app.analysis.moveLevelGoals')}
        </label>
      ))}
    </fieldset>
  );
}

import { useEffect, useState } from 'react';
import { dispatch } from '../store/commands/dispatch';
import { TAAKVELD_LISTS, type TaakveldList } from '../../shared/model';
import { Field } from '../components/Field';
import { Button } from '../components/Button';
import { updateProject } from '../store/commands/editCommands';
import { ProblemList } from './ProblemList';
import { useApp, useAppStore, useT } from './StoreContext';
import type { Problem } from '../../shared/model';

export function ProjectSettings() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const [name, setName] = useState(project.name);
  const [municipality, setMunicipality] = useState(project.municipality);
  const [list, setList] = useState<TaakveldList>(project.taakveldList);
  const [problems, setProblems] = useState<Problem[]>([]);
  // After an undo or redo the stored values change underneath the form: show them again.
  useEffect(() => {
    setName(project.name);
    setMunicipality(project.municipality);
    setList(project.taakveldList);
  }, [project.name, project.municipality, project.taakveldList]);
  const dirty = name !== project.name || municipality !== project.municipality || list !== project.taakveldList;
  return (
    <section aria-labelledby="settings-heading" className="narrow">
      <div className="view-head">
        <h2 id="settings-heading">{t('app.settings.heading')}</h2>
      </div>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          setProblems(dispatch(store, updateProject, { name, municipality, taakveldList: list }, { inline: true }));
        }}
      >
        {problems.length ? (
          <div className="notice notice-error" role="alert">
            <ProblemList problems={problems} t={t} />
          </div>
        ) : null}
        <Field label={t('app.project.name')}>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        </Field>
        <Field label={t('app.project.municipality')}>
          <input value={municipality} onChange={(e) => setMunicipality(e.target.value)} maxLength={120} />
        </Field>
        <Field label={t('app.project.taakveldList')} hint={t('app.project.taakveldListHint')}>
          <select value={list} onChange={(e) => setList(e.target.value as TaakveldList)}>
            {TAAKVELD_LISTS.map((l) => (
              <option key={l} value={l}>
                {t(`app.taakveldList.${l}`)}
              </option>
            ))}
          </select>
        </Field>
        <div>
          <Button type="submit" variant="primary" disabled={!dirty}>
            {t('app.action.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}

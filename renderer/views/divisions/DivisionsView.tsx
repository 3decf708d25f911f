import { useMemo, useState } from 'react';
import type { Division, Project } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { formatMoney } from '../../i18n/format';
import {
  addDivision,
  assignGoal,
  duplicateDivision,
  removeDivision,
  setDivisionPortfolios,
  setLocked,
  updateDivision,
} from '../../store/commands/divisionCommands';
import { AssignmentTable } from './AssignmentTable';

/** Drafts of the college's division: who holds which goal. */
export function DivisionsView() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const divisionId = useApp((s) => s.divisionId);
  const division = project.divisions.find((d) => d.id === divisionId) ?? project.divisions[0];

  const newName = (base: string) => {
    let i = project.divisions.length + 1;
    while (project.divisions.some((d) => d.name === `${base} ${i}`)) i++;
    return `${base} ${i}`;
  };

  return (
    <section aria-labelledby="div-heading">
      <div className="view-head">
        <h2 id="div-heading">{t('app.divisions.heading')}</h2>
        <div className="toolbar">
          {project.divisions.length ? (
            <label className="inline-field">
              {t('app.divisions.current')}{' '}
              <select value={division?.id ?? ''} onChange={(e) => store.getState().setDivision(e.target.value)}>
                {project.divisions.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <Button
            variant="primary"
            onClick={() => addDivision.run(store.getState(), { name: newName(t('app.divisions.draft')) })}
          >
            {t('app.divisions.new')}
          </Button>
          {division ? (
            <>
              <Button
                onClick={() =>
                  duplicateDivision.run(store.getState(), {
                    id: division.id,
                    name: t('app.divisions.copyOf', { name: division.name }),
                  })
                }
              >
                {t('app.divisions.duplicate')}
              </Button>
              <Button variant="danger" onClick={() => removeDivision.run(store.getState(), division.id)}>
                {t('app.divisions.delete')}
              </Button>
            </>
          ) : null}
        </div>
      </div>
      {!division ? (
        <p className="empty">
          {project.portfolios.length ? t('app.divisions.empty') : t('app.divisions.needPortfolios')}
        </p>
      ) : (
        <DivisionEditor
          key={`${division.id}|${division.name}|${division.notes}`}
          project={project}
          division={division}
        />
      )}
    </section>
  );
}

// Keyed on the stored name and notes: after an undo the fields show the stored text again.
function DivisionEditor({ project, division }: { project: Project; division: Division }) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const [name, setName] = useState(division.name);
  const [notes, setNotes] = useState(division.notes);

  const totals = useMemo(() => {
    const m = new Map<string, { goals: number; budget: number }>();
    for (const g of project.goals) {
      const pf = division.assignments[g.id];
      if (!pf) continue;
      const cur = m.get(pf) ?? { goals: 0, budget: 0 };
      cur.goals++;
      cur.budget += g.budget ?? 0;
      m.set(pf, cur);
    }
    return m;
  }, [project.goals, division.assignments]);
  const unassigned = project.goals.filter((g) => !division.assignments[g.id]);

  const togglePortfolio = (id: string) => {
    const ids = division.portfolioIds.includes(id)
      ? division.portfolioIds.filter((x) => x !== id)
      : [...division.portfolioIds, id];
    setDivisionPortfolios.run(store.getState(), {
      id: division.id,
      portfolioIds: project.portfolios.map((p) => p.id).filter((p) => ids.includes(p)),
    });
  };

  return (
    <>
      <div className="division-meta">
        <Field label={t('app.divisions.name')}>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => {
              if (name.trim() && name !== division.name)
                updateDivision.run(store.getState(), { id: division.id, name });
              else setName(division.name);
            }}
          />
        </Field>
        <Field label={t('app.divisions.notes')} hint={t('app.divisions.notesHint')}>
          <textarea
            rows={2}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            onBlur={() => {
              if (notes !== division.notes) updateDivision.run(store.getState(), { id: division.id, notes });
            }}
          />
        </Field>
      </div>
      <fieldset className="portfolio-cards">
        <legend>{t('app.divisions.portfolios')}</legend>
        {project.portfolios.map((p) => {
          const on = division.portfolioIds.includes(p.id);
          const total = totals.get(p.id);
          return (
            <label key={p.id} className={`portfolio-card${on ? ' on' : ''}`} style={{ borderColor: p.colour }}>
              <input type="checkbox" checked={on} onChange={() => togglePortfolio(p.id)} />
              <span className="pc-name">{p.holder}</span>
              <span className="pc-sub">{[t(`app.role.${p.role}`), p.party].filter(Boolean).join(' · ')}</span>
              {on ? (
                <span className="pc-figures">
                  {t('app.divisions.goalCount', { count: total?.goals ?? 0 })} ·{' '}
                  {formatMoney(total?.budget ?? 0, locale)}
                </span>
              ) : null}
            </label>
          );
        })}
      </fieldset>
      {unassigned.length ? (
        <p className="warning-line">
          {t('app.divisions.unassigned', { count: unassigned.length })}{' '}
          {unassigned.length <= 12
            ? t('app.divisions.unassignedNamed', { names: unassigned.map((g) => g.title).join(', ') })
            : null}
        </p>
      ) : null}
      <AssignmentTable
        project={project}
        division={division}
        onAssign={(goalId, portfolioId) =>
          assignGoal.run(store.getState(), { divisionId: division.id, goalId, portfolioId })
        }
        onLock={(goalId, locked) => setLocked.run(store.getState(), { divisionId: division.id, goalId, locked })}
      />
    </>
  );
}

import { useMemo, useState } from 'react';
import { dispatch } from '../../store/commands/dispatch';
import { nodeHolder, type Division, type Project } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { formatMoney } from '../../i18n/format';
import {
  assignGoal,
  removeDivision,
  setDivisionPortfolios,
  setLocked,
  updateDivision,
} from '../../store/commands/divisionCommands';
import { AssignmentTable } from './AssignmentTable';
import { NewDraftDialog } from './NewDraftDialog';
import { useChosenDraft } from '../../derived/useDraft';

/** Drafts of the college's division: who holds which goal. The draft shown is the one chosen in the header. */
export function DivisionsView() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const division = useChosenDraft();
  const [creating, setCreating] = useState(false);

  const newName = (base: string) => {
    let i = project.divisions.length + 1;
    while (project.divisions.some((d) => d.name === `${base} ${i}`)) i++;
    return `${base} ${i}`;
  };

  return (
    <section aria-labelledby="div-heading">
      <div className="view-head">
        <h2 id="div-heading">
          {division ? t('app.divisions.headingOf', { name: division.name }) : t('app.divisions.heading')}
        </h2>
        <div className="toolbar">
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('app.divisions.new')}
          </Button>
          <Button onClick={() => store.getState().setDialog({ kind: 'divisionPaste' })}>
            {t('app.divisions.paste')}
          </Button>
          {division ? (
            <Button variant="danger" onClick={() => dispatch(store, removeDivision, division.id)}>
              {t('app.divisions.delete')}
            </Button>
          ) : null}
        </div>
      </div>
      {creating ? (
        <NewDraftDialog
          current={division}
          suggestedName={
            division ? t('app.divisions.copyOf', { name: division.name }) : newName(t('app.divisions.draft'))
          }
          onClose={() => setCreating(false)}
        />
      ) : null}
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

  // A goal is held by its own holder in the draft, else by whoever leads its subject (as the board shows it).
  const totals = useMemo(() => {
    const m = new Map<string, { goals: number; budget: number }>();
    for (const g of project.goals) {
      const pf = nodeHolder(division, g.id, g.subjectId);
      if (pf === undefined) continue;
      const cur = m.get(pf) ?? { goals: 0, budget: 0 };
      cur.goals++;
      cur.budget += g.budget ?? 0;
      m.set(pf, cur);
    }
    return m;
  }, [project.goals, division]);
  const unassigned = project.goals.filter((g) => nodeHolder(division, g.id, g.subjectId) === undefined);

  const togglePortfolio = (id: string) => {
    const ids = division.portfolioIds.includes(id)
      ? division.portfolioIds.filter((x) => x !== id)
      : [...division.portfolioIds, id];
    dispatch(store, setDivisionPortfolios, {
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
              if (name.trim() && name !== division.name) dispatch(store, updateDivision, { id: division.id, name });
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
              if (notes !== division.notes) dispatch(store, updateDivision, { id: division.id, notes });
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
          dispatch(store, assignGoal, { divisionId: division.id, goalId, portfolioId })
        }
        onLock={(goalId, locked) => dispatch(store, setLocked, { divisionId: division.id, goalId, locked })}
      />
    </>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { Division, Problem, Project } from '../../../shared/model';
import { boundSummary, methodKey } from '../../../shared/analysis/boundSummary';
import { describeProblems } from '../../../shared/analysis/optimiserProject';
import {
  runOptimiser,
  type OptimiserClientProgress,
  type OptimiserOutcome,
  type OptimiserRun,
} from '../../workers/optimiserClient';
import { Button } from '../../components/Button';
import { ProblemList } from '../../app/ProblemList';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { formatNumber } from '../../i18n/format';
import { addDivisionFrom, setAssignments } from '../../store/commands/divisionCommands';

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: OptimiserClientProgress | null }
  | { kind: 'done'; outcome: OptimiserOutcome; cutBefore: number };

/**
 * Runs the optimiser in a Web Worker under the coalition's constraints (the draft's holders and locked goals, a
 * balance), then says how far the proposal can be from the best possible. Nothing changes until the user applies it.
 */
export function OptimiserPanel({
  project,
  division,
  cutBefore,
}: {
  project: Project;
  division: Division;
  cutBefore: number;
}) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const [by, setBy] = useState<'goals' | 'budget'>('goals');
  const [tolerance, setTolerance] = useState(10);
  const [seed, setSeed] = useState(1);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const run = useRef<OptimiserRun | null>(null);

  // A running search belongs to the draft it started on; leaving the view or the draft stops it.
  useEffect(() => () => run.current?.cancel(), [division.id]);

  const start = () => {
    const started = runOptimiser(
      project,
      division.id,
      { balance: { by, tolerance: tolerance / 100 }, seed },
      (progress) => setPhase({ kind: 'running', progress }),
    );
    run.current = started;
    setPhase({ kind: 'running', progress: null });
    started.promise.then(
      (outcome) => setPhase({ kind: 'done', outcome, cutBefore }),
      (e: unknown) =>
        setPhase({
          kind: 'done',
          cutBefore,
          outcome: {
            ok: false,
            problems: [{ code: 'optimiserFailed', params: { message: e instanceof Error ? e.message : String(e) } }],
          },
        }),
    );
  };

  const progressText = (p: OptimiserClientProgress | null) => {
    if (!p) return t('optimiser.phaseConstruct');
    if (p.kind === 'bound') return t('optimiser.phaseBound');
    if (p.phase === 'construct') return t('optimiser.phaseConstruct');
    return t('optimiser.phaseSearch', { percent: Math.round(p.fraction * 100) });
  };
  const fraction = phase.kind === 'running' && phase.progress?.kind === 'search' ? phase.progress.fraction : null;

  return (
    <section aria-labelledby="opt-heading" className="no-print optimiser">
      <h3 id="opt-heading">{t('optimiser.title')}</h3>
      <p className="explain">
        {t('app.optimiser.explain', { count: division.portfolioIds.length, locked: division.locked.length })}
      </p>
      <div className="toolbar">
        <label className="inline-field">
          <span className="sr-only">{t('app.analysis.balanceBy')}</span>
          <select
            value={by}
            onChange={(e) => setBy(e.target.value as 'goals' | 'budget')}
            disabled={phase.kind === 'running'}
          >
            <option value="goals">{t('optimiser.balanceByGoals')}</option>
            <option value="budget">{t('optimiser.balanceByBudget')}</option>
          </select>
        </label>
        <label className="inline-field">
          {t('app.optimiser.tolerance')}{' '}
          <input
            type="number"
            min={0}
            max={100}
            step={1}
            value={tolerance}
            onChange={(e) => setTolerance(Math.max(0, Number(e.target.value) || 0))}
            disabled={phase.kind === 'running'}
            className="num-input"
          />
        </label>
        <label className="inline-field">
          {t('app.optimiser.seed')}{' '}
          <input
            type="number"
            min={0}
            step={1}
            value={seed}
            onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))}
            disabled={phase.kind === 'running'}
            className="num-input"
          />
        </label>
        {phase.kind === 'running' ? (
          <Button variant="danger" onClick={() => run.current?.cancel()}>
            {t('optimiser.cancel')}
          </Button>
        ) : (
          <Button variant="primary" onClick={start} disabled={division.portfolioIds.length < 2}>
            {t('optimiser.run')}
          </Button>
        )}
      </div>
      {phase.kind === 'running' ? (
        <div className="progress" role="status">
          <progress max={1} value={fraction ?? undefined} aria-label={t('optimiser.title')} />{' '}
          {progressText(phase.progress)}
        </div>
      ) : null}
      {phase.kind === 'done' ? renderResult(phase.outcome, phase.cutBefore) : null}
    </section>
  );

  function renderResult(outcome: OptimiserOutcome, before: number) {
    if (!outcome.ok) {
      if (outcome.cancelled) return <p role="status">{t('optimiser.cancelledNothing')}</p>;
      const problems: Problem[] = describeProblems(project, division.id, outcome.problems);
      return (
        <div className="notice notice-error inline-notice" role="alert">
          <strong>{t('app.optimiser.infeasible')}</strong>
          <ProblemList problems={problems} t={t} />
        </div>
      );
    }
    const summary = outcome.bound ? boundSummary(outcome.cut, outcome.bound) : null;
    const moved = Object.entries(outcome.assignments).filter(([g, p]) => division.assignments[g] !== p).length;
    return (
      <div className="optimiser-result" role="status">
        {outcome.cancelled ? <p>{t('optimiser.cancelled')}</p> : null}
        <p>
          <strong>
            {t('app.optimiser.cutChange', {
              before: formatNumber(before, locale, 1),
              after: formatNumber(outcome.cut, locale, 1),
            })}
          </strong>{' '}
          {t('app.optimiser.moved', { count: moved })}
        </p>
        {summary ? <p>{t(`optimiser.${summary.key}`, summary.params)}</p> : null}
        {outcome.bound ? (
          <p className="explain">
            {t('optimiser.boundValue', {
              bound: formatNumber(outcome.bound.bound, locale, 2),
              method: t(`optimiser.${methodKey(outcome.bound.method)}`),
            })}
          </p>
        ) : null}
        {division.locked.length ? <p className="explain">{t('optimiser.lockedKept')}</p> : null}
        <div className="toolbar">
          <Button
            variant="primary"
            disabled={moved === 0}
            onClick={() =>
              addDivisionFrom.run(store.getState(), {
                fromId: division.id,
                name: t('app.optimiser.proposalName', { name: division.name }),
                assignments: outcome.assignments,
              })
            }
          >
            {t('app.optimiser.applyNew')}
          </Button>
          <Button
            disabled={moved === 0}
            onClick={() =>
              setAssignments.run(store.getState(), { divisionId: division.id, assignments: outcome.assignments })
            }
          >
            {t('app.optimiser.applyHere')}
          </Button>
        </div>
      </div>
    );
  }
}

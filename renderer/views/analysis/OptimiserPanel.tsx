import { useEffect, useMemo, useRef, useState } from 'react';
import { dispatch } from '../../store/commands/dispatch';
import { newId, type Division, type Problem, type Project } from '../../../shared/model';
import {
  boundSummary,
  methodKey,
  describeProblems,
  mergeFixedPlacement,
  withoutHolders,
  type FixedHoldersProblem,
} from '../../../shared/optimiser';
import {
  runOptimiser,
  type OptimiserClientProgress,
  type OptimiserOutcome,
  type OptimiserRun,
} from '../../workers/optimiserClient';
import { Button } from '../../components/Button';
import { BalanceControls } from '../../components/BalanceControls';
import { ProblemList } from '../../app/ProblemList';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { formatNumber } from '../../i18n/format';
import { addDivisionFrom, setPlacement } from '../../store/commands/divisionCommands';
import { holdersOutside } from '../../store/viewSlice';
import { MoveLevelSwitch, useMoveLevel } from './MoveLevelSwitch';
import { placementMoves } from './placementMoves';
import { MovedList } from './MovedList';
import { PartyBandControl } from './PartyBandControl';
import { DEFAULT_PARTY_BAND, partyBandOption } from './partyBand';
import { printedSettings, type RunSettings } from './optimiserSettings';
import { fixedRuleProblems } from './fixedRuleProblems';

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: OptimiserClientProgress | null }
  | {
      kind: 'done';
      outcome: OptimiserOutcome;
      cutBefore: number;
      fixed: ReadonlySet<string>;
      reduced: FixedHoldersProblem;
      /** The settings the search ran with, for the printed report. */
      settings: RunSettings;
      /** The project version the search started from; a proposal for an older version is not applied. */
      revision: number;
    };

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
  const revision = useApp((s) => s.revision);
  // One balance setting for the board's bands, the suggestions and this search (the store's), in whole percents here.
  const by = useApp((s) => s.balance.by);
  const tolerance = useApp((s) => Math.round(s.balance.tolerance * 100));
  // The burgemeester usually keeps a fixed portfolio (openbare orde, veiligheid): out of the search by default. The
  // choice is part of the shared balance setting, so the board's bands leave the same holders out.
  const outside = useApp((s) => s.balance.outside);
  const fixed = useMemo(() => holdersOutside({ outside }, project, division), [outside, project, division]);
  const setFixed = (next: ReadonlySet<string>) => store.getState().setBalance({ outside: [...next] });
  // Whole subjects with their goals, or single goals: the same choice as the suggestions'.
  const level = useMoveLevel();
  const [seed, setSeed] = useState(1);
  // Parties' shares of goals or budget within a band of their seat shares: only with seats to compare with.
  const [band, setBand] = useState(DEFAULT_PARTY_BAND);
  const hasSeats = project.parties.some((p) => p.seats > 0);
  const partyBand = partyBandOption(band, hasSeats);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const run = useRef<OptimiserRun | null>(null);

  // A running search belongs to the draft it started on; leaving the view or the draft stops it.
  useEffect(() => () => run.current?.cancel(), [division.id]);

  const holders = project.portfolios.filter((p) => division.portfolioIds.includes(p.id));
  const start = () => {
    // Holders outside the search keep their goals; the worker sees only the rest (exact, see fixedHolders.ts).
    const reduced = withoutHolders(project, division, fixed);
    const startedAt = revision;
    const blocked = fixedRuleProblems(project, reduced.straddling);
    const settings = { by, tolerance, seed, level, partyBand };
    if (blocked.length) {
      setPhase({
        kind: 'done',
        outcome: { ok: false, problems: blocked },
        cutBefore,
        fixed,
        reduced,
        settings,
        revision,
      });
      return;
    }
    const started = runOptimiser(
      reduced.project,
      division.id,
      { balance: { by, tolerance: tolerance / 100 }, seed, level, ...(partyBand ? { partyBand } : {}) },
      (progress) => setPhase({ kind: 'running', progress }),
    );
    run.current = started;
    setPhase({ kind: 'running', progress: null });
    const done = (outcome: OptimiserOutcome) =>
      setPhase({
        kind: 'done',
        outcome,
        cutBefore,
        fixed,
        reduced,
        settings,
        revision: startedAt,
      });
    started.promise.then(done, (e: unknown) =>
      done({
        ok: false,
        problems: [{ code: 'optimiserFailed', params: { message: e instanceof Error ? e.message : String(e) } }],
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
    // Printed only with a result: the PDF report then says how far the proposal can be from the best possible.
    <section aria-labelledby="opt-heading" className={phase.kind === 'done' ? 'optimiser' : 'no-print optimiser'}>
      <h3 id="opt-heading">{t('optimiser.title')}</h3>
      {phase.kind === 'done' ? (
        <p className="print-only">
          {printedSettings(
            phase.settings,
            holders.filter((h) => !phase.fixed.has(h.id)).map((h) => h.holder),
            project.subjects.length > 0,
            t,
          )}
        </p>
      ) : null}
      <p className="explain no-print">
        {t('app.optimiser.explain', { count: division.portfolioIds.length, locked: division.locked.length })}
      </p>
      <fieldset className="holder-choice no-print" disabled={phase.kind === 'running'}>
        <legend>{t('app.optimiser.takesPart')}</legend>
        {holders.map((h) => (
          <label key={h.id}>
            <input
              type="checkbox"
              checked={!fixed.has(h.id)}
              onChange={(e) => {
                const next = new Set(fixed);
                if (e.target.checked) next.delete(h.id);
                else next.add(h.id);
                setFixed(next);
              }}
            />{' '}
            {h.holder}
          </label>
        ))}
      </fieldset>
      <p className="explain no-print">{t('app.optimiser.holdersExplain')}</p>
      {level === 'subject' ? <p className="explain no-print">{t('app.analysis.moveLevelExplain')}</p> : null}
      <PartyBandControl value={band} onChange={setBand} hasSeats={hasSeats} disabled={phase.kind === 'running'} />
      <div className="toolbar no-print">
        <BalanceControls disabled={phase.kind === 'running'} />
        <MoveLevelSwitch name="optimiser-level" disabled={phase.kind === 'running'} />
        <label className="inline-field" title={t('app.optimiser.seedHint')}>
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
          <Button variant="primary" onClick={start} disabled={holders.filter((h) => !fixed.has(h.id)).length < 2}>
            {t('optimiser.run')}
          </Button>
        )}
      </div>
      {phase.kind === 'running' ? (
        <div className="progress">
          <progress max={1} value={fraction ?? undefined} aria-label={t('optimiser.title')} />{' '}
          {progressText(phase.progress)}
        </div>
      ) : null}
      {phase.kind === 'done'
        ? renderResult(phase.outcome, phase.cutBefore, phase.fixed, phase.reduced, phase.revision !== revision)
        : null}
    </section>
  );

  function renderResult(
    outcome: OptimiserOutcome,
    before: number,
    fixedHolders: ReadonlySet<string>,
    reduced: FixedHoldersProblem,
    stale: boolean,
  ) {
    const { constantCut } = reduced;
    if (!outcome.ok) {
      if (outcome.cancelled) return <p role="status">{t('optimiser.cancelledNothing')}</p>;
      // Problems index the holders of the reduced draft the worker saw.
      const problems: Problem[] = describeProblems(reduced.project, division.id, outcome.problems);
      return (
        <div className="notice notice-error inline-notice" role="alert">
          <strong>{t('app.optimiser.infeasible')}</strong>
          <ProblemList problems={problems} t={t} />
        </div>
      );
    }
    // The search saw only the holders taking part; links to fixed holders add the same weight to every proposal.
    const cut = outcome.cut + constantCut;
    const bound = outcome.bound ? { ...outcome.bound, bound: outcome.bound.bound + constantCut } : undefined;
    const summary = bound ? boundSummary(cut, bound) : null;
    const placement = mergeFixedPlacement(division, fixedHolders, outcome.placement);
    const moves = placementMoves(project, division, placement);
    const moved = moves.goalsMoved;
    const changed = moved + moves.subjects.length > 0;
    const movedItems = <MovedList project={project} moves={moves} />;
    return (
      <div className="optimiser-result" role="status">
        {outcome.cancelled ? <p>{t('optimiser.cancelled')}</p> : null}
        <p>
          <strong>
            {t('app.optimiser.cutChange', {
              before: formatNumber(before, locale, 1),
              // The report's figure: deliberate links count as split there, the search leaves them out.
              after: formatNumber(cut + (outcome.deliberateCut ?? 0), locale, 1),
            })}
          </strong>{' '}
          {moves.subjects.length ? `${t('app.optimiser.movedSubjects', { count: moves.subjects.length })} ` : null}
          {t('app.optimiser.moved', { count: moved })}
        </p>
        {summary ? <p>{t(`optimiser.${summary.key}`, summary.params)}</p> : null}
        {changed ? (
          <>
            <details className="coord-pair no-print">
              <summary>
                {t(moves.subjects.length ? 'app.optimiser.movedListSubjects' : 'app.optimiser.movedList')}
              </summary>
              {movedItems}
            </details>
            <div className="print-only">{movedItems}</div>
          </>
        ) : null}
        {bound ? (
          <p className="explain">
            {t('optimiser.boundValue', {
              bound: formatNumber(bound.bound, locale, 2),
              method: t(`optimiser.${methodKey(bound.method)}`),
            })}
          </p>
        ) : null}
        {division.locked.length ? <p className="explain">{t('optimiser.lockedKept')}</p> : null}
        {stale ? <p className="warning-line">{t('app.optimiser.stale')}</p> : null}
        <div className="toolbar no-print">
          <Button
            variant="primary"
            disabled={!changed || stale}
            onClick={() =>
              dispatch(store, addDivisionFrom, {
                fromId: division.id,
                newId: newId('div'),
                name: t('app.optimiser.proposalName', { name: division.name }),
                assignments: placement.assignments,
                subjects: placement.subjects,
              })
            }
          >
            {t('app.optimiser.applyNew')}
          </Button>
          <Button
            disabled={!changed || stale}
            onClick={() => dispatch(store, setPlacement, { divisionId: division.id, placement })}
          >
            {t('app.optimiser.applyHere')}
          </Button>
        </div>
      </div>
    );
  }
}

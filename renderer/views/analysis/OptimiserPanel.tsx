import { useMemo, useState } from 'react';
import type { Division, Problem, Project } from '../../../shared/model';
import { Button } from '../../components/Button';
import { BalanceControls } from '../../components/BalanceControls';
import { ProblemList } from '../../app/ProblemList';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { holdersOutside } from '../../store/viewSlice';
import type { OptimiserTask } from '../../store/proposalSlice';
import { MoveLevelSwitch, useMoveLevel } from './MoveLevelSwitch';
import { PartyBandControl } from './PartyBandControl';
import { DEFAULT_PARTY_BAND, partyBandOption } from './partyBand';
import { runSettings } from './optimiserSettings';
import { startProposalRun } from './proposalRun';
import { ProposalResult } from './ProposalResult';
import './optimiser.css';

/**
 * Runs the optimiser in Web Workers under the coalition's constraints (the draft's holders and locked goals, a
 * balance) and shows its proposal as soon as the search is done; the move curve and the bound follow. The run and
 * its proposal live in the store (`proposalSlice`): they outlast a change of view, print with the report and come
 * back after a reload. Nothing changes in the project until the user applies the proposal.
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
  // One balance setting for the board's bands, the suggestions and this search (the store's).
  const balance = useApp((s) => s.balance);
  // The burgemeester usually keeps a fixed portfolio (openbare orde, veiligheid): out of the search by default. The
  // choice is part of the shared balance setting, so the board's bands leave the same holders out.
  const fixed = useMemo(
    () => holdersOutside({ outside: balance.outside }, project, division),
    [balance.outside, project, division],
  );
  const setFixed = (next: ReadonlySet<string>) => store.getState().setBalance({ outside: [...next] });
  // Whole subjects with their goals, or single goals: the same choice as the suggestions'.
  const level = useMoveLevel();
  const [seed, setSeed] = useState(1);
  // Parties' shares of goals or budget within a band of their seat shares: only with seats to compare with.
  const [band, setBand] = useState(DEFAULT_PARTY_BAND);
  const hasSeats = project.parties.some((p) => p.seats > 0);
  const partyBand = partyBandOption(band, hasSeats);
  const task = useApp((s) => s.optimiserTask);
  const result = useApp((s) => s.optimiserResult);
  const busy = task !== null;
  const searching = task?.stage === 'search';
  const mine = result?.draftId === division.id ? result : null;

  const holders = project.portfolios.filter((p) => division.portfolioIds.includes(p.id));
  const start = () =>
    startProposalRun(store, {
      project,
      division,
      fixed,
      settings: runSettings(balance, { seed, level, partyBand }),
      cutBefore,
    });

  return (
    // Printed only with a result: the PDF report then carries the proposal and what it was computed from.
    <section aria-labelledby="opt-heading" className={mine?.kind === 'proposal' ? 'optimiser' : 'no-print optimiser'}>
      <h3 id="opt-heading">{t('optimiser.title')}</h3>
      <p className="explain no-print">
        {t('app.optimiser.explain', { count: division.portfolioIds.length, locked: division.locked.length })}
      </p>
      <fieldset className="holder-choice no-print" disabled={busy}>
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
      <PartyBandControl value={band} onChange={setBand} hasSeats={hasSeats} disabled={busy} />
      <div className="toolbar no-print">
        <BalanceControls disabled={busy} />
        <MoveLevelSwitch name="optimiser-level" disabled={busy} />
        <label className="inline-field" title={t('app.optimiser.seedHint')}>
          {t('app.optimiser.seed')}{' '}
          <input
            type="number"
            min={0}
            step={1}
            value={seed}
            onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))}
            disabled={busy}
            className="num-input"
          />
        </label>
        {busy ? (
          <Button variant="danger" onClick={() => task.cancel()}>
            {t('optimiser.cancel')}
          </Button>
        ) : (
          <Button variant="primary" onClick={start} disabled={holders.filter((h) => !fixed.has(h.id)).length < 2}>
            {t('optimiser.run')}
          </Button>
        )}
      </div>
      {searching ? <SearchProgress task={task} draft={task.draftId === division.id ? null : task.draftId} /> : null}
      {result?.kind === 'proposal' && !mine ? <OtherDraftNote draftId={result.draftId} project={project} /> : null}
      {mine?.kind === 'proposal' ? <ProposalResult proposal={mine} project={project} division={division} /> : null}
      {mine?.kind === 'cancelled' ? <p role="status">{t('optimiser.cancelledNothing')}</p> : null}
      {mine?.kind === 'problems' ? <RunProblems problems={mine.problems} /> : null}
    </section>
  );
}

function SearchProgress({ task, draft }: { task: OptimiserTask; draft: string | null }) {
  const t = useT();
  const name = useApp((s) => s.project?.divisions.find((d) => d.id === draft)?.name);
  const p = task.progress;
  const text = !p
    ? t('optimiser.phaseConstruct')
    : p.kind === 'bound'
      ? t('optimiser.phaseBound')
      : p.phase === 'construct'
        ? t('optimiser.phaseConstruct')
        : t('optimiser.phaseSearch', { percent: Math.round(p.fraction * 100) });
  return (
    <div className="progress no-print">
      <progress max={1} value={p?.kind === 'search' ? p.fraction : undefined} aria-label={t('optimiser.title')} />{' '}
      {name ? `${t('app.optimiser.runningFor', { draft: name })} ` : null}
      {text}
    </div>
  );
}

/** The proposal on hand belongs to another draft: say so, with the way there. */
function OtherDraftNote({ draftId, project }: { draftId: string; project: Project }) {
  const t = useT();
  const store = useAppStore();
  const draft = project.divisions.find((d) => d.id === draftId);
  if (!draft) return null;
  return (
    <p className="explain no-print">
      {t('app.optimiser.otherDraft', { draft: draft.name })}{' '}
      <Button variant="ghost" onClick={() => store.getState().chooseDraft(draftId)}>
        {t('app.optimiser.showOtherDraft')}
      </Button>
    </p>
  );
}

function RunProblems({ problems }: { problems: Problem[] }) {
  const t = useT();
  const store = useAppStore();
  return (
    <div className="notice notice-error inline-notice" role="alert">
      <strong>{t('app.optimiser.infeasible')}</strong>
      <ProblemList problems={problems} t={t} />
      <Button variant="ghost" onClick={() => store.getState().discardProposal()}>
        {t('app.action.close')}
      </Button>
    </div>
  );
}

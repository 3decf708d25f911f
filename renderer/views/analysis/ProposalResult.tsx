import { useMemo, useState } from 'react';
import { newId, type Division, type Project } from '../../../shared/model';
import {
  explainPoint,
  mergeFixedPlacement,
  methodKey,
  pointPlacement,
  withoutHolders,
} from '../../../shared/optimiser';
import { Button } from '../../components/Button';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { formatNumber } from '../../i18n/format';
import { dispatch } from '../../store/commands/dispatch';
import { addDivisionFrom, setPlacement } from '../../store/commands/divisionCommands';
import { proposalStale, type Proposal } from '../../store/proposalSlice';
import { MovedList } from './MovedList';
import { ProposalCurve } from './ProposalCurve';
import { ProposalMoves } from './ProposalMoves';
import { placementMoves } from './placementMoves';
import { printedSettings } from './optimiserSettings';
import { pointMoved, shownProposal } from './proposalView';

/**
 * A proposal as it stays on screen until applied or discarded: the split weight before and after, how many goals
 * or subjects move, how far from the best possible (once the bound is in), the move curve with a cap on the
 * number of moves, the moves themselves, and the buttons to take it over, each one undo step.
 */
export function ProposalResult({
  proposal,
  project,
  division,
}: {
  proposal: Proposal;
  project: Project;
  division: Division;
}) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const names = useDerived().names;
  const stale = proposalStale(proposal, project);
  const fixed = useMemo(() => new Set(proposal.fixed), [proposal.fixed]);
  // The search's view of the draft, for placing and explaining a point: only valid for the project it ran on.
  const reduced = useMemo(
    () => (stale ? null : withoutHolders(project, division, fixed).project),
    [stale, project, division, fixed],
  );
  const shown = useMemo(() => shownProposal(proposal), [proposal]);
  const { point } = shown;
  const level = proposal.settings.level;
  const explained = useMemo(
    () => (point && reduced ? explainPoint(reduced, division.id, level, point) : null),
    [point, reduced, division.id, level],
  );
  const fullMoves = useMemo(
    () => placementMoves(project, division, mergeFixedPlacement(division, fixed, proposal.found.placement)),
    [project, division, fixed, proposal.found.placement],
  );
  const moved = point ? pointMoved(point) : { subjects: fullMoves.subjects.length, goals: fullMoves.goalsMoved };
  const changed = moved.goals + moved.subjects > 0;
  const weight = (w: number) => formatNumber(w, locale, 1);

  const placement = () => {
    if (!point) return mergeFixedPlacement(division, fixed, proposal.found.placement);
    const at = reduced && pointPlacement(reduced, division.id, level, point);
    return at ? mergeFixedPlacement(division, fixed, at) : null;
  };
  const apply = (how: 'new' | 'here') => {
    const p = placement();
    if (!p) return;
    const problems =
      how === 'new'
        ? dispatch(store, addDivisionFrom, {
            fromId: division.id,
            newId: newId('div'),
            name: t('app.optimiser.proposalName', { name: division.name }),
            assignments: p.assignments,
            subjects: p.subjects,
          })
        : dispatch(store, setPlacement, { divisionId: division.id, placement: p });
    // Taken over: the proposal has done its work (undo brings the draft back, not the proposal).
    if (!problems.length) store.getState().discardProposal();
  };
  const setCap = (cap: number | null) => store.getState().updateProposal({ cap });
  const [movesOpen, setMovesOpen] = useState(false);

  const movesList = point ? (
    <ProposalMoves list={explained ?? point.list} project={project} names={names} />
  ) : (
    <MovedList project={project} moves={fullMoves} />
  );
  return (
    <div className="optimiser-result">
      <p className="print-only">{t('app.optimiser.printedDraft', { draft: proposal.draftName })}</p>
      <p className="print-only">
        {printedSettings(proposal.settings, proposal.holders, project.subjects.length > 0, t, names.portfolio)}
        {point ? ` ${t('app.optimiser.printedCap', { count: point.cap })}` : null}
      </p>
      {/* Announced when it changes: found, a cap chosen, the bound in. The lists and the curve are not. */}
      <div role="status">
        {proposal.found.cancelled ? <p>{t('optimiser.cancelled')}</p> : null}
        <p>
          <strong>
            {t('app.optimiser.cutChange', { before: weight(proposal.cutBefore), after: weight(shown.after) })}
          </strong>{' '}
          {moved.subjects ? `${t('app.optimiser.movedSubjects', { count: moved.subjects })} ` : null}
          {t('app.optimiser.moved', { count: moved.goals })}
        </p>
        {proposal.waiting.bound ? (
          <p className="explain">{t('app.optimiser.boundPending')}</p>
        ) : shown.summary ? (
          <p>
            {t(`optimiser.${shown.summary.key}`, shown.summary.params)}
            {point ? ` ${t('app.optimiser.withinCap', { count: point.cap })}` : null}
          </p>
        ) : proposal.found.cancelled ? null : (
          // No bound came: stopped, failed, or cut short by a reload.
          <p>{t('app.optimiser.boundMissing')}</p>
        )}
      </div>
      {/* A bound too weak to say anything is not shown as a figure either. */}
      {!point && proposal.bound && shown.lowerBound !== null && shown.summary?.key !== 'noUsefulBound' ? (
        <p className="explain">
          {t('optimiser.boundValue', {
            bound: formatNumber(shown.lowerBound, locale, 2),
            method: t(`optimiser.${methodKey(proposal.bound.method)}`),
          })}
        </p>
      ) : null}
      {division.locked.length ? <p className="explain">{t('optimiser.lockedKept')}</p> : null}
      <ProposalCurve
        proposal={proposal}
        shown={shown}
        onChoose={(cap) => {
          // Opened from the curve: its moves, just below, open too.
          setCap(cap);
          setMovesOpen(true);
        }}
        onCap={setCap}
      />
      {changed ? (
        <>
          <details
            className="coord-pair no-print"
            open={movesOpen}
            onToggle={(e) => setMovesOpen(e.currentTarget.open)}
          >
            <summary>{t(moved.subjects ? 'app.optimiser.movedListSubjects' : 'app.optimiser.movedList')}</summary>
            {movesList}
          </details>
          <div className="print-only">{movesList}</div>
        </>
      ) : null}
      {stale ? <p className="warning-line">{t('app.optimiser.stale')}</p> : null}
      <div className="toolbar no-print">
        <Button variant="primary" disabled={!changed || stale} onClick={() => apply('new')}>
          {t('app.optimiser.applyNew')}
        </Button>
        <Button disabled={!changed || stale} onClick={() => apply('here')}>
          {t('app.optimiser.applyHere')}
        </Button>
        <Button variant="ghost" onClick={() => store.getState().discardProposal()}>
          {t('app.optimiser.discard')}
        </Button>
      </div>
    </div>
  );
}

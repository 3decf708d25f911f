import { useState } from 'react';
import type { Division } from '../../../shared/model';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useArrowKeyGesture } from '../../app/useArrowKeyGesture';
import { Button } from '../../components/Button';
import { formatMoney } from '../../i18n/format';
import { dispatch } from '../../store/commands/dispatch';
import { assignGoal, moveSubjects } from '../../store/commands/divisionCommands';
import { unpinGoals } from '../../store/commands/mapCommands';
import { linkWords } from './cursorText';
import type { MapLayout } from './layoutInput';
import { symbolMarkup, type LegendSection } from './mapLegend';
import { MapLegend } from './MapLegend';
import { shapeAt } from './mapStyle';
import { linkOrder, otherEnd, type MapModel, type MapNode } from './viewModel';
import { nodeTitle } from './nodeWords';
import { MapTieLinks } from './MapTieLinks';
import { useDerived } from '../../derived/useDerived';
import { DeliberateSplitDialog } from '../analysis/DeliberateSplitDialog';

interface MapPanelProps {
  model: MapModel;
  goalId: string | null;
  cursor: string | null;
  draft: Division | undefined;
  compare: Division | undefined;
  layout: MapLayout;
  legend: LegendSection[];
  onDrawFrom(id: string): void;
  onEgo(id: string, depth: 1 | 2): void;
  onCentre(id: string): void;
}

/**
 * Beside the map: the selected goal (holder, domain, budget) with every link (kind, strength, rationale and what
 * the draft does with it) and its actions; with nothing selected, how to use the map. The legend is always there.
 * Everything the canvas shows can be read and done from here by keyboard.
 */
export function MapPanel(p: MapPanelProps) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const pins = useApp((s) => s.project?.mapPositions);
  const v = p.goalId === null ? undefined : p.model.index.get(p.goalId);
  const node = v === undefined ? undefined : p.model.nodes[v];
  const gesture = useArrowKeyGesture(node?.kind === 'subject' ? 'app.cmd.moveSubjects' : 'app.cmd.assignGoal');
  const holderName = (id: string | null | undefined) =>
    id ? (p.model.holders.find((h) => h.id === id)?.name ?? id) : t('app.map.unassigned');
  const domainIndex = node ? p.model.domains.findIndex((d) => d.id === node.domainId) : -1;
  const pinned = !!node && !!pins?.some((m) => m.id === node.id);
  const locked = !!node && !!p.draft?.locked.includes(node.id);
  // A subject node (subject level, or a subject of its own) changes holder as a whole: its goals go with it.
  const giveTo = (to: string | null) => {
    if (!node || !p.draft) return;
    if (node.kind === 'subject')
      dispatch(store, moveSubjects, { divisionId: p.draft.id, subjectIds: [node.id], from: node.holderId, to });
    else dispatch(store, assignGoal, { divisionId: p.draft.id, goalId: node.id, portfolioId: to });
  };
  const sharedWith = node?.kind === 'subject' ? (p.draft?.subjects[node.id] ?? []).slice(1) : [];
  // The split line being marked deliberate (its two ends), while the dialog is open.
  const [marking, setMarking] = useState<{ source: string; target: string } | null>(null);

  return (
    <aside className="map-panel" aria-label={t('app.map.panel')}>
      {node && v !== undefined ? (
        <div className="map-goal">
          <h3>{node.label}</h3>
          {node.apart ? (
            <p className={`map-apart map-apart-${node.apart.reason}`}>
              {t(`app.map.apart.${node.apart.reason}`, { subject: node.apart.subjectName })}
            </p>
          ) : null}
          <dl className="map-facts">
            <NodeFacts node={node} />
            <dt>{t('app.goal.domain')}</dt>
            <dd>
              <svg
                className="map-symbol"
                width="36"
                height="16"
                aria-hidden="true"
                dangerouslySetInnerHTML={{
                  __html: symbolMarkup({
                    type: 'node',
                    shape: shapeAt(domainIndex),
                    colour: p.model.domains[domainIndex]?.colour ?? '#000000',
                  }),
                }}
              />
              {p.model.domains[domainIndex]?.name ?? node.domainId}
            </dd>
            <dt>{t('app.goal.budget')}</dt>
            <dd>{node.budget === null ? t('app.map.budgetUnknown') : formatMoney(node.budget, locale)}</dd>
            {p.compare ? (
              <>
                <dt>{t('app.map.holderIn', { draft: p.compare.name })}</dt>
                <dd>
                  {holderName(node.compareHolderId)}
                  {node.moved ? ` — ${t('app.map.movedNote')}` : ''}
                </dd>
              </>
            ) : null}
          </dl>
          {p.draft ? (
            <label className="field">
              {t('app.map.holderIn', { draft: p.draft.name })}
              <select
                value={node.holderId ?? ''}
                disabled={locked}
                {...gesture}
                onChange={(e) => giveTo(e.target.value || null)}
              >
                <option value="">{t('app.map.unassigned')}</option>
                {p.model.holders.map((h) => (
                  <option key={h.id} value={h.id}>
                    {h.name}
                  </option>
                ))}
              </select>
              {locked ? <span className="field-hint">{t('app.map.lockedNote')}</span> : null}
              {sharedWith.length ? (
                <span className="field-hint">
                  {t('app.map.sharedWith', { holders: sharedWith.map(holderName).join(', ') })}
                </span>
              ) : null}
            </label>
          ) : null}
          <div className="map-actions">
            <Button onClick={() => p.onDrawFrom(node.id)}>{t('app.map.drawFrom')}</Button>
            <Button onClick={() => p.onEgo(node.id, 1)}>{t('app.map.ego1')}</Button>
            <Button onClick={() => p.onEgo(node.id, 2)}>{t('app.map.ego2')}</Button>
            <Button onClick={() => p.onCentre(node.id)}>{t('app.map.centre')}</Button>
            {pinned ? (
              <Button onClick={() => dispatch(store, unpinGoals, [node.id])}>{t('app.map.unpin')}</Button>
            ) : null}
          </div>
          <p className="field-hint">
            {pinned ? t('app.map.pinnedNote') : p.layout === 'free' ? t('app.map.pinHint') : t('app.map.pinFreeOnly')}
          </p>
          <h4>{t('app.map.linksOf', { count: p.model.linksOf[v]!.length })}</h4>
          <ul className="map-links">
            {linkOrder(p.model, v, locale).map((e) => {
              const l = p.model.links[e]!;
              const other = p.model.nodes[otherEnd(l, v)]!;
              return (
                <li
                  key={l.id}
                  className={`map-link map-link-${l.status}${l.cover ? ` map-link-${l.cover}` : ''}`}
                  aria-current={other.id === p.cursor ? 'true' : undefined}
                >
                  <Button variant="ghost" className="map-link-goal" onClick={() => store.getState().select([other.id])}>
                    {nodeTitle(other, t)}
                  </Button>
                  <span className="map-link-words">{linkWords(l, t)}</span>
                  {l.compare && p.compare ? (
                    <span className="map-link-compare">
                      {t(`app.map.compareNote.${l.compare}`, { compare: p.compare.name })}
                    </span>
                  ) : null}
                  {l.linkIds.length > 1 ? (
                    <MapTieLinks linkIds={l.linkIds} />
                  ) : l.rationale ? (
                    <span className="map-link-rationale">{l.rationale}</span>
                  ) : null}
                  {p.draft && l.status === 'split' && l.cover !== 'deliberate' ? (
                    <button
                      type="button"
                      className="btn btn-secondary map-link-mark"
                      aria-label={`${t('app.deliberate.mark')}: ${node.label} — ${other.label}`}
                      onClick={() =>
                        setMarking({ source: p.model.nodes[l.source]!.id, target: p.model.nodes[l.target]!.id })
                      }
                    >
                      {t('app.deliberate.mark')}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <div className="map-help">
          <h3>{t('app.map.helpTitle')}</h3>
          <ul>
            <li>{t('app.map.helpSelect')}</li>
            <li>{t('app.map.helpKeys')}</li>
            <li>{t('app.map.helpPin')}</li>
            <li>{t('app.map.helpLink')}</li>
            <li>{t('app.map.helpZoom')}</li>
          </ul>
        </div>
      )}
      <MapLegend sections={p.legend} />
      {marking && p.draft ? (
        <DeliberateSplitDialog
          divisionId={p.draft.id}
          source={marking.source}
          target={marking.target}
          onClose={() => setMarking(null)}
        />
      ) : null}
    </aside>
  );
}

/** What a subject node holds (its goals, the links inside it), or which subject a goal belongs to. */
function NodeFacts({ node }: { node: MapNode }) {
  const t = useT();
  const names = useDerived().names;
  if (node.kind === 'subject')
    return (
      <>
        <dt>{t('app.map.goalsIn')}</dt>
        <dd className="map-facts-wide">
          {node.goalCount ? (
            <>
              {t('app.map.goalCount', { count: node.goalCount })}
              {/* One goal a line: five long titles run together after semicolons read as one sentence. */}
              <ul className="map-panel-goals">
                {node.memberIds.map((id) => (
                  <li key={id}>{names.goal(id)}</li>
                ))}
              </ul>
            </>
          ) : (
            t('app.map.noGoals')
          )}
        </dd>
        <dt>{t('app.map.insideLinks')}</dt>
        <dd>{t('app.map.inside', { count: node.inside.count, weight: Math.round(node.inside.weight * 10) / 10 })}</dd>
      </>
    );
  if (!node.subjectName) return null;
  return (
    <>
      <dt>{t('app.map.subject')}</dt>
      <dd>{node.subjectName}</dd>
    </>
  );
}

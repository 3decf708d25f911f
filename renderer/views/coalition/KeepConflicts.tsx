import type { Division } from '../../../shared/model';
import { useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { conflictLines, type Conflict } from './keepModel';

/**
 * The contradictions among the keep rules, deliberate splits, locks and the balance, each in a sentence with the
 * rules, subjects and holders that cause it: the optimiser cannot honour them all until one gives way.
 */
export function KeepConflicts({ division, conflicts }: { division: Division; conflicts: readonly Conflict[] }) {
  const t = useT();
  const names = useDerived().names;
  if (!conflicts.length) return null;
  const lines = conflictLines(division, conflicts);
  const list = (ids: readonly string[], name: (id: string) => string) => ids.map(name).join(', ');
  return (
    <div className="coalition-conflicts" role="region" aria-labelledby="coalition-conflicts-heading">
      <h4 id="coalition-conflicts-heading">
        <span aria-hidden="true">⚠ </span>
        {t('app.coalition.conflictsHeading', { count: lines.length })}
      </h4>
      <p className="explain">{t('app.coalition.conflictsExplain')}</p>
      <ul>
        {lines.map((c, i) => (
          <li key={i}>
            <strong>
              {t(`app.coalition.conflict.${c.code}`, {
                nodes: list(c.nodeIds, names.node),
                holders: list(c.holderIds, names.portfolio),
              })}
            </strong>
            {c.rules.length ? (
              <span className="cell-sub">
                {t('app.coalition.conflictRules', {
                  rules: c.rules
                    .map((r) =>
                      t('app.coalition.ruleNamed', {
                        kind: t(
                          r.kind === 'deliberate' ? 'app.coalition.deliberateOne' : `app.coalition.keep.${r.kind}`,
                        ),
                        nodes: list(r.nodeIds, names.node),
                      }),
                    )
                    .join('; '),
                })}
              </span>
            ) : null}
            {c.holderIds.length ? (
              <span className="cell-sub">
                {t('app.coalition.conflictHolders', { holders: list(c.holderIds, names.portfolio) })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

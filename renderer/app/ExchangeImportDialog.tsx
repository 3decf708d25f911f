import { useMemo, useState } from 'react';
import { changesNothing, summarise, type Counts } from '../../shared/exchange/import/summary';
import type { Problem } from '../../shared/model';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import type { AppKey } from '../i18n/translate';
import { dispatch } from '../store/commands/dispatch';
import { importExchange } from '../store/commands/exchangeImportCommands';
import type { ExchangeReview } from './exchangeImport';
import { ProblemList } from './ProblemList';
import { useAppStore, useT } from './StoreContext';

const PARTS: readonly { key: 'subjects' | 'goals' | 'links' | 'holders'; label: AppKey }[] = [
  { key: 'subjects', label: 'app.exchangeImport.subjects' },
  { key: 'goals', label: 'app.exchangeImport.goals' },
  { key: 'links', label: 'app.exchangeImport.links' },
  { key: 'holders', label: 'app.exchangeImport.holders' },
];

const total = (c: Counts) => c.added + c.updated + c.unchanged;

/**
 * What a checked workbook or network file will do, before anything is stored: per kind how many are new, updated
 * and unchanged, the draft a division sheet becomes, and what was assumed or left out. "Importeren" stores it all as
 * one undo step; cancelling stores nothing.
 */
export function ExchangeImportDialog({ review }: { review: ExchangeReview }) {
  const t = useT();
  const store = useAppStore();
  const summary = useMemo(() => summarise(review.imported), [review.imported]);
  const [refused, setRefused] = useState<Problem[]>([]);
  const nothing = changesNothing(summary);
  const close = () => store.getState().setDialog(null);
  const confirm = () => {
    const problems = dispatch(store, importExchange, { imported: review.imported }, { inline: true });
    if (problems.length) {
      setRefused(problems);
      return;
    }
    close();
    store.getState().notify({ kind: 'info', key: 'app.notice.exchangeImported', params: { name: review.fileName } });
  };
  return (
    <Dialog
      open
      title={t('app.exchangeImport.title', { name: review.fileName })}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('app.action.cancel')}</Button>
          <Button variant="primary" disabled={nothing} onClick={confirm}>
            {t('app.exchangeImport.confirm')}
          </Button>
        </>
      }
    >
      <p>{t('app.exchangeImport.explain')}</p>
      <ul className="exchange-summary">
        {PARTS.filter((p) => total(summary[p.key]) > 0).map((p) => (
          <li key={p.key}>{t('app.exchangeImport.counts', { what: t(p.label), ...summary[p.key] })}</li>
        ))}
        {summary.division ? (
          <li>{t('app.exchangeImport.division', { name: summary.division.name, count: summary.division.holders })}</li>
        ) : null}
        {summary.sameAsDraft !== undefined ? (
          <li>{t('app.exchangeImport.sameDraft', { name: summary.sameAsDraft })}</li>
        ) : null}
      </ul>
      {nothing ? <p>{t('app.exchangeImport.nothing')}</p> : null}
      {review.problems.length ? (
        <>
          <h3>{t('app.exchangeImport.notes')}</h3>
          <ProblemList problems={review.problems} t={t} max={30} />
        </>
      ) : null}
      {refused.length ? (
        <div role="alert">
          <p>{t('app.exchangeImport.refused')}</p>
          <ProblemList problems={refused} t={t} />
        </div>
      ) : null}
    </Dialog>
  );
}

import { useT } from '../../app/StoreContext';
import { useChosenDraft } from '../../derived/useDraft';
import { PartiesSection } from './PartiesSection';
import { BalanceSection } from './BalanceSection';
import { ArrangementsSection } from './ArrangementsSection';
import { DeliberateSection } from './DeliberateSection';
import { KeepSection } from './KeepSection';
import './coalition.css';

/**
 * *Coalitie*: where negotiators record coalition practice. The parties and their seats belong to the project; the
 * party balance, the arrangements, the deliberate splits and the keep rules to the draft chosen in the header,
 * because they are part of what is negotiated.
 */
export function CoalitionView() {
  const t = useT();
  const draft = useChosenDraft();
  return (
    <article className="coalition" aria-labelledby="coalition-heading">
      <header>
        <h2 id="coalition-heading">{t('app.coalition.heading')}</h2>
        <p className="lead">{t('app.coalition.intro')}</p>
      </header>
      <PartiesSection />
      {draft ? (
        <>
          <p className="coalition-draft-note">{t('app.coalition.draftNote', { draft: draft.name })}</p>
          <BalanceSection division={draft} />
          <ArrangementsSection division={draft} />
          <DeliberateSection division={draft} />
          <KeepSection division={draft} />
        </>
      ) : (
        <p className="empty">{t('app.coalition.noDraft')}</p>
      )}
    </article>
  );
}

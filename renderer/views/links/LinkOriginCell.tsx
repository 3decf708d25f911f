import { useApp, useT } from '../../app/StoreContext';
import type { LinkOrigin } from './viewModel';

/**
 * The *Herkomst* cell: "Eigen" for a link the user drew; for a catalogue link a disclosure that opens onto what the
 * catalogue says (its rationale, kind and strength when the user changed them) and the public source it rests on.
 */
export function LinkOriginCell({ origin }: { origin: LinkOrigin }) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  if (origin.kind === 'own') return <td className="link-origin">{t('app.link.originOwn')}</td>;
  const { typical, changed } = origin;
  return (
    <td className="link-origin">
      <details className="link-catalogue">
        <summary>{changed ? t('app.link.originCatalogueChanged') : t('app.link.originCatalogue')}</summary>
        {typical ? (
          // Unchanged, the rationale beside it is the catalogue's own: only the source is new here.
          <div className="link-catalogue-body">
            <p>{changed ? t('app.link.catalogueChanged') : t('app.link.catalogueAsIs')}</p>
            {changed ? (
              <p>
                {t('app.link.catalogueSays', {
                  kind: t(`app.kind.${typical.kind}`),
                  strength: t(`app.strength.${typical.strength}`),
                  rationale: typical.rationale[locale],
                })}
              </p>
            ) : null}
            <p>
              {t('app.link.catalogueSource')}: {typical.reference.title} ({typical.reference.publisher}),{' '}
              <span className="link-catalogue-url">{typical.reference.url}</span>
            </p>
          </div>
        ) : (
          <p className="link-catalogue-body">{t('app.link.catalogueGone', { id: origin.catalogueLinkId })}</p>
        )}
      </details>
    </td>
  );
}

import { useMemo, useState } from 'react';
import { dispatch } from '../../store/commands/dispatch';
import { PORTFOLIO_PALETTE, type Domain, type Portfolio } from '../../../shared/model';
import { DataTable } from '../../components/DataTable';
import { Button } from '../../components/Button';
import { RowActions } from '../../components/RowActions';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { formatNumber } from '../../i18n/format';
import {
  addDomain,
  addPortfolio,
  removeDomain,
  removePortfolio,
  updateDomain,
  updatePortfolio,
} from '../../store/commands/editCommands';
import { DomainForm } from './DomainForm';
import { PortfolioForm } from './PortfolioForm';

/** The college members who can hold goals, and the domains goals belong to. */
export function PortfoliosView() {
  const t = useT();
  const store = useAppStore();
  const project = useApp((s) => s.project)!;
  const locale = useApp((s) => s.locale);
  const [portfolio, setPortfolio] = useState<Portfolio | 'new' | null>(null);
  const [domain, setDomain] = useState<Domain | 'new' | null>(null);
  const goalsPerDomain = useMemo(() => {
    const c = new Map<string, number>();
    for (const g of project.goals) c.set(g.domainId, (c.get(g.domainId) ?? 0) + 1);
    return c;
  }, [project.goals]);

  return (
    <>
      <section aria-labelledby="pf-heading">
        <div className="view-head">
          <h2 id="pf-heading">{t('app.portfolios.heading', { count: project.portfolios.length })}</h2>
          <Button variant="primary" onClick={() => setPortfolio('new')}>
            {t('app.portfolio.add')}
          </Button>
        </div>
        {project.portfolios.length === 0 ? <p className="empty">{t('app.portfolios.empty')}</p> : null}
        {project.portfolios.length ? (
          <DataTable
            caption={t('app.portfolios.heading', { count: project.portfolios.length })}
            columns={[
              { label: t('app.portfolio.holder') },
              { label: t('app.portfolio.role') },
              { label: t('app.portfolio.party') },
              { label: t('app.portfolio.fte'), numeric: true },
            ]}
            actions
          >
            {project.portfolios.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <span className="swatch" style={{ background: p.colour }} aria-hidden="true" />
                  {p.holder}
                </th>
                <td>{t(`app.role.${p.role}`)}</td>
                <td>{p.party}</td>
                <td className="num">{formatNumber(p.fte, locale, 2)}</td>
                <RowActions
                  editLabel={t('app.action.editNamed', { name: p.holder })}
                  deleteLabel={t('app.action.deleteNamed', { name: p.holder })}
                  onEdit={() => setPortfolio(p)}
                  onDelete={() => dispatch(store, removePortfolio, p.id)}
                />
              </tr>
            ))}
          </DataTable>
        ) : null}
      </section>

      <section aria-labelledby="domain-heading">
        <div className="view-head">
          <h2 id="domain-heading">{t('app.domains.heading', { count: project.domains.length })}</h2>
          <Button onClick={() => setDomain('new')}>{t('app.domain.add')}</Button>
        </div>
        <DataTable
          caption={t('app.domains.heading', { count: project.domains.length })}
          columns={[
            { label: t('app.domain.name') },
            { label: t('app.domain.classic') },
            { label: t('app.home.goals'), numeric: true },
          ]}
          actions
        >
          {project.domains.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <span className="swatch" style={{ background: d.colour }} aria-hidden="true" />
                {d.name}
              </th>
              <td>{t(`app.classic.${d.classic}`)}</td>
              <td className="num">{goalsPerDomain.get(d.id) ?? 0}</td>
              <RowActions
                editLabel={t('app.action.editNamed', { name: d.name })}
                deleteLabel={t('app.action.deleteNamed', { name: d.name })}
                onEdit={() => setDomain(d)}
                onDelete={() => dispatch(store, removeDomain, d.id)}
              />
            </tr>
          ))}
        </DataTable>
      </section>

      {portfolio ? (
        <PortfolioForm
          portfolio={portfolio === 'new' ? undefined : portfolio}
          defaultColour={PORTFOLIO_PALETTE[project.portfolios.length % PORTFOLIO_PALETTE.length]!}
          onClose={() => setPortfolio(null)}
          onSave={(input) =>
            portfolio === 'new'
              ? dispatch(store, addPortfolio, input, { inline: true })
              : dispatch(store, updatePortfolio, { id: portfolio.id, changes: input }, { inline: true })
          }
        />
      ) : null}
      {domain ? (
        <DomainForm
          domain={domain === 'new' ? undefined : domain}
          onClose={() => setDomain(null)}
          onSave={(input) =>
            domain === 'new'
              ? dispatch(store, addDomain, input, { inline: true })
              : dispatch(store, updateDomain, { id: domain.id, changes: input }, { inline: true })
          }
        />
      ) : null}
    </>
  );
}

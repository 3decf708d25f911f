import { useEffect, useState, type ReactNode } from 'react';
import { EXAMPLE_PROJECT_ID } from '../../shared/example/exampleProject';
import { Button } from '../components/Button';
import { Tabs } from '../components/Tabs';
import { TABS, type Tab } from '../store/uiSlice';
import { GoalsView } from '../views/goals/GoalsView';
import { LinksView } from '../views/links/LinksView';
import { PortfoliosView } from '../views/portfolios/PortfoliosView';
import { DivisionsView } from '../views/divisions/DivisionsView';
import { AnalysisView } from '../views/analysis/AnalysisView';
import { ProjectSettings } from './ProjectSettings';
import { useApp, useAppStore, useT } from './StoreContext';

const VIEWS: Record<Tab, () => ReactNode> = {
  goals: () => <GoalsView />,
  links: () => <LinksView />,
  portfolios: () => <PortfoliosView />,
  divisions: () => <DivisionsView />,
  analysis: () => <AnalysisView />,
  settings: () => <ProjectSettings />,
};

export function ProjectView() {
  const t = useT();
  const store = useAppStore();
  const tab = useApp((s) => s.tab);
  const project = useApp((s) => s.project)!;
  const [exampleSeen, setExampleSeen] = useState(false);

  // A printed report shows every collapsed detail: paper cannot be clicked open.
  useEffect(() => {
    const open = () => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);

  const counts: Partial<Record<Tab, number>> = {
    goals: project.goals.length,
    links: project.links.length,
    portfolios: project.portfolios.length,
    divisions: project.divisions.length,
  };
  return (
    <main id="main" className="project">
      {project.id === EXAMPLE_PROJECT_ID && !exampleSeen ? (
        <div className="example-banner" role="note">
          <p>
            <strong>{t('app.example.title')}</strong> {t('app.example.body')}
          </p>
          <div className="toolbar">
            {tab !== 'analysis' ? (
              <Button variant="primary" onClick={() => store.getState().setTab('analysis')}>
                {t('app.example.toAnalysis')}
              </Button>
            ) : null}
            <Button variant="ghost" icon="✕" label={t('app.action.dismiss')} onClick={() => setExampleSeen(true)} />
          </div>
        </div>
      ) : null}
      <Tabs
        label={t('app.tabs.label')}
        idPrefix="pv"
        active={tab}
        onChange={(id) => store.getState().setTab(id)}
        tabs={TABS.map((id) => ({
          id,
          label: counts[id] !== undefined ? `${t(`app.tabs.${id}`)} (${counts[id]})` : t(`app.tabs.${id}`),
        }))}
      />
      <div role="tabpanel" id={`pv-panel-${tab}`} aria-labelledby={`pv-tab-${tab}`} className="panel" tabIndex={-1}>
        {VIEWS[tab]()}
      </div>
    </main>
  );
}

import { useEffect, type ReactNode } from 'react';
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

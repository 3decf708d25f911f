import { useEffect, useState } from 'react';
import { VOORBEELD_PROJECT_ID } from '../../shared/example/voorbeeld';
import { Button } from '../components/Button';
import { Tabs } from '../components/Tabs';
import { VIEWS, viewEntry } from '../views/registry';
import { isWideView, type ViewId } from '../views/viewIds';
import { DraftPicker } from './DraftPicker';
import { WorkshopView } from '../views/workshop/WorkshopView';
import { useApp, useAppStore, useT } from './StoreContext';

export function ProjectView() {
  const t = useT();
  const store = useAppStore();
  const tab = useApp((s) => s.view);
  const project = useApp((s) => s.project)!;
  const [exampleSeen, setExampleSeen] = useState(false);
  const View = viewEntry(tab).Component;
  const workshop = useApp((s) => s.workshop);

  // A printed report shows every collapsed detail: paper cannot be clicked open.
  useEffect(() => {
    const open = () => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);

  const counts: Partial<Record<ViewId, number>> = {
    subjects: project.subjects.length,
    goals: project.goals.length,
    links: project.links.length,
    portfolios: project.portfolios.length,
    divisions: project.divisions.length,
  };
  if (workshop)
    return (
      <main id="main" className="workshop-project">
        <WorkshopView />
      </main>
    );
  return (
    <main id="main" className={isWideView(tab) ? 'project project-wide' : 'project'}>
      {project.id === VOORBEELD_PROJECT_ID && !exampleSeen ? (
        <div className="example-banner no-print" role="note">
          <p>
            <strong>{t('app.example.title')}</strong> {t('app.example.body')}
          </p>
          <div className="toolbar">
            {tab !== 'analysis' ? (
              <Button variant="primary" onClick={() => store.getState().showView('analysis')}>
                {t('app.example.toAnalysis')}
              </Button>
            ) : null}
            <Button variant="ghost" icon="✕" label={t('app.action.dismiss')} onClick={() => setExampleSeen(true)} />
          </div>
        </div>
      ) : null}
      <div className="project-bar">
        <Tabs
          label={t('app.tabs.label')}
          idPrefix="pv"
          active={tab}
          onChange={(id) => store.getState().showView(id)}
          tabs={VIEWS.map(({ id, labelKey }) => ({
            id,
            label: counts[id] !== undefined ? `${t(labelKey)} (${counts[id]})` : t(labelKey),
          }))}
        />
        <DraftPicker />
      </div>
      <div role="tabpanel" id={`pv-panel-${tab}`} aria-labelledby={`pv-tab-${tab}`} className="panel" tabIndex={-1}>
        <View />
      </div>
    </main>
  );
}

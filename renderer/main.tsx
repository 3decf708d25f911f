import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { getPlatform } from './platform';
import { openDatabase } from './storage/database';
import { createProjectRepository } from './storage/projectRepository';
import { createAppStore } from './store/appStore';
import './styles.css';

const store = createAppStore({
  repository: createProjectRepository(openDatabase()),
  platform: getPlatform(),
  now: () => new Date().toISOString(),
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);

void bootstrap(store);

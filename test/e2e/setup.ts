import { afterAll } from 'vitest';
import { closeBrowser } from './pages/AppPage';

// AppPage.launch starts one Chromium per test file; it goes when the file is done.
afterAll(closeBrowser);

import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// One CSP for the built app (the same string as electron/main/security.ts metaContentSecurityPolicy) (what Electron and a packaged build load) and a dev variant that also lets Vite's
// dev server inject styles and open its hot-reload socket. Electron main sets the same policy as a header.
const BASE_CSP = [
  "default-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

function csp(dev: boolean): string {
  // Dev only: the React plugin injects an inline refresh preamble and Vite injects <style> tags.
  const script = dev ? "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'" : "script-src 'self' 'wasm-unsafe-eval'";
  const style = dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'";
  const connect = dev ? "connect-src 'self' ws://127.0.0.1:5173" : "connect-src 'self'";
  return [BASE_CSP[0], script, ...BASE_CSP.slice(1), style, connect].join('; ');
}

function contentSecurityPolicy(): Plugin {
  let dev = false;
  return {
    name: 'samenhang-csp',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      return html.replace('__SAMENHANG_CSP__', csp(dev));
    },
  };
}

// The renderer is a plain web app: Electron loads the built files, `npm run web` serves the same code.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'es2022' },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});

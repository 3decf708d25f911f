import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl } from '../../shared/ipc/contract';
import { originOf } from './ipc';

type Directives = Record<string, readonly string[]>;

/**
 * The page's Content-Security-Policy. No 'unsafe-inline' or 'unsafe-eval': React and d3 set styles through the
 * CSSOM, which CSP does not govern; 'wasm-unsafe-eval' lets the optimiser workers compile their WebAssembly (the
 * tabu kernel and HiGHS). No remote hosts.
 */
const directives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'", 'blob:'],
  'img-src': ["'self'", 'data:', 'blob:'],
  'style-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
};

function serialise(d: Directives): string {
  return Object.entries(d)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** For the <meta http-equiv> tag in renderer/index.html: meta tags ignore frame-ancestors, so it is left out. */
export const metaContentSecurityPolicy = serialise(directives);

/** Sent as a response header on every app:// response (page, scripts, workers, WASM). */
export const contentSecurityPolicy = serialise({ ...directives, 'frame-ancestors': ["'none'"] });

/**
 * Vite's dev server injects an inline React-refresh preamble and <style> tags and talks to its HMR socket, so
 * development relaxes exactly those; a packaged app never uses this policy.
 */
export function devContentSecurityPolicy(devUrl: string): string {
  const origin = originOf(devUrl) ?? '';
  const socket = origin.replace(/^http/, 'ws');
  return serialise({
    ...directives,
    'script-src': [...(directives['script-src'] ?? []), "'unsafe-inline'"],
    'style-src': [...(directives['style-src'] ?? []), "'unsafe-inline'"],
    'connect-src': ["'self'", socket],
    'frame-ancestors': ["'none'"],
  });
}

const localSchemes = new Set(['app:', 'data:', 'blob:', 'devtools:', 'chrome-extension:']);

/** Requests the page may make: our own files, in development the dev server; never the network. */
export function isAllowedRequest(rawUrl: string, devUrl: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (localSchemes.has(url.protocol)) return true;
  if (!devUrl) return false;
  const dev = originOf(devUrl);
  const wsDev = dev?.replace(/^http/, 'ws');
  const origin = originOf(rawUrl);
  return origin !== null && (origin === dev || origin === wsDev);
}

export interface SessionHardening {
  devUrl: string | undefined;
  csp: string;
  /** The origin of our own page (app://samenhang, or the dev server). */
  trustedOrigin: string;
}

/**
 * The only permissions our own page gets, because the app needs them and they reach nothing outside it: workshop
 * mode's full screen, "copy" buttons (write-only, sanitised clipboard) and storage the browser will not evict
 * under disk pressure (the projects live in IndexedDB).
 */
export const grantedPermissions: ReadonlySet<string> = new Set([
  'fullscreen',
  'clipboard-sanitized-write',
  'persistent-storage',
]);

/** Deny every other permission (camera, notifications, …), block remote requests, add the CSP to http answers. */
export function hardenSession(session: Session, options: SessionHardening): void {
  const allowed = (permission: string, url: string | undefined) =>
    grantedPermissions.has(permission) && url !== undefined && originOf(url) === options.trustedOrigin;
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, options.devUrl) });
  });
  // app:// responses carry the CSP from the protocol handler; this covers the dev server's http answers.
  const devOrigin = options.devUrl ? originOf(options.devUrl) : null;
  session.webRequest.onHeadersReceived((details, callback) => {
    if (devOrigin === null || originOf(details.url) !== devOrigin) {
      callback({});
      return;
    }
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [options.csp] } });
  });
}

export interface ContentsHardening {
  /** Whether a navigation target is our own page (app:// or, in development, the dev server). */
  isOwnUrl(url: string): boolean;
  openExternal(url: string): Promise<unknown>;
}

/**
 * For every web contents the app creates: no new windows, no navigation away, no <webview>. An allowlisted https
 * link the user clicks opens in the system browser instead.
 */
export function hardenWebContents(contents: WebContents, options: ContentsHardening): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void options.openExternal(url);
    return { action: 'deny' };
  });
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (options.isOwnUrl(url)) return;
    event.preventDefault();
    if (isAllowedExternalUrl(url)) void options.openExternal(url);
  };
  contents.on('will-navigate', (event, url) => blockForeign(event, url));
  contents.on('will-redirect', (event, url) => blockForeign(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

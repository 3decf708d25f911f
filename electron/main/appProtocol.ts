import { promises as fs } from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';

/**
 * The production page is served from app://samenhang/ rather than file://. Reasons: file:// pages get an opaque
 * origin, so ES-module workers (the optimiser, the layout) and the IPC origin check have nothing to hold on to;
 * a file:// page may also load any other local file. A privileged standard scheme gives a real origin, a CSP
 * header on every response (workers take their CSP from their own response) and a handler that serves only
 * dist/renderer.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'samenhang';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app's ready event. corsEnabled stays unset: that keeps the scheme unreadable cross-origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export function mimeTypeOf(file: string): string {
  return mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` an app:// address points to, or null when it points anywhere else: another host,
 * `..` (also percent-encoded, or with backslashes on Windows), NUL bytes or an absolute path smuggled in.
 */
export function resolveAppPath(rawUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relativeRequest = pathname.replace(/^[/\\]+/, '') || 'index.html';
  const base = path.resolve(root);
  const full = path.resolve(base, relativeRequest);
  const inside = path.relative(base, full);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return full;
}

/** Headers every response carries; the CSP comes from security.ts so header and meta tag stay one string. */
export function responseHeaders(file: string, csp: string): Record<string, string> {
  return {
    'content-type': mimeTypeOf(file),
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'referrer-policy': 'no-referrer',
  };
}

export function createAppProtocolHandler(root: string, csp: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveAppPath(request.url, root);
    if (!file) return new Response(null, { status: 404 });
    let body: Buffer;
    try {
      body = await fs.readFile(file);
    } catch {
      return new Response(null, { status: 404 });
    }
    const headers = responseHeaders(file, csp);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/** Call after ready: serve dist/renderer under app://samenhang/. */
export function serveAppProtocol(root: string, csp: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root, csp));
}

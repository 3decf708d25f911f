import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { protocol, resetFake } from '../fakeElectron';
import {
  createAppProtocolHandler,
  mimeTypeOf,
  registerAppScheme,
  resolveAppPath,
  serveAppProtocol,
} from '../../../electron/main/appProtocol';

vi.mock('electron', () => import('../fakeElectron'));

const root = path.resolve('/srv/app/dist/renderer');

describe('resolveAppPath', () => {
  it('maps app://samenhang/ addresses into the renderer folder', () => {
    expect(resolveAppPath('app://samenhang/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://samenhang/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://samenhang/assets/app-1a2b.js?v=1#x', root)).toBe(
      path.join(root, 'assets', 'app-1a2b.js'),
    );
    expect(resolveAppPath('app://samenhang/assets/my%20file.css', root)).toBe(path.join(root, 'assets', 'my file.css'));
  });

  const inside = (resolved: string | null) => resolved === null || resolved.startsWith(root + path.sep);

  it.each([
    'app://samenhang/../../etc/passwd',
    'app://samenhang/%2e%2e/%2e%2e/etc/passwd',
    'app://samenhang/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://samenhang/..%5c..%5cWindows%5cwin.ini',
    'app://samenhang/%2fetc%2fpasswd',
  ])('keeps %s inside the renderer folder', (url) => {
    // URL parsing already folds plain and %2e dot segments; what survives decoding is caught by the path check.
    expect(inside(resolveAppPath(url, root))).toBe(true);
  });

  it.each([
    'app://samenhang/..%2fsecret.txt',
    'app://samenhang/assets/..%2f..%2fsecret.txt',
    'app://samenhang/index.html%00.png',
    'app://samenhang/%E0%A4%A',
    'app://other/index.html',
    'file:///srv/app/dist/renderer/index.html',
    'https://samenhang/index.html',
  ])('refuses %s outright', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('never leaves the root for any mix of dot segments, encoded slashes and names', () => {
    const segment = fc.constantFrom(
      '..',
      '%2e%2e',
      '.%2e',
      '%2f',
      '%5c',
      '..%2f',
      '..%5c',
      'a',
      'assets',
      '.',
      '%00',
      '',
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (parts) => {
        expect(inside(resolveAppPath(`app://samenhang/${parts.join('/')}`, root))).toBe(true);
      }),
    );
  });
});

describe('app protocol handler', () => {
  let dir: string;
  beforeEach(async () => {
    resetFake();
    dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-proto-'));
    await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(path.join(dir, 'renderer', 'assets', 'solver.wasm'), new Uint8Array([0, 97, 115, 109]));
    await writeFile(path.join(dir, 'secret.txt'), 'do not serve');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves files with their type and the CSP header', async () => {
    const handler = createAppProtocolHandler(path.join(dir, 'renderer'), "default-src 'self'");
    const page = await handler(new Request('app://samenhang/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>x</title>');
    const wasm = await handler(new Request('app://samenhang/assets/solver.wasm'));
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('answers 404 for missing files, folders and traversal, 405 for writes', async () => {
    const handler = createAppProtocolHandler(path.join(dir, 'renderer'), "default-src 'self'");
    expect((await handler(new Request('app://samenhang/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://samenhang/assets/'))).status).toBe(404);
    expect((await handler(new Request('app://samenhang/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handler(new Request('app://samenhang/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('registers the scheme as standard and secure but not CORS-enabled or CSP-bypassing', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    serveAppProtocol(dir, 'x');
    expect(protocol.handlers.has('app')).toBe(true);
  });

  it('knows the types the renderer build produces', () => {
    expect(mimeTypeOf('a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('a.bin')).toBe('application/octet-stream');
  });
});

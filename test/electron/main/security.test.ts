import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { FakeEvent, FakeSession, FakeWebContents, resetFake } from '../fakeElectron';
import {
  contentSecurityPolicy,
  devContentSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  metaContentSecurityPolicy,
} from '../../../electron/main/security';

vi.mock('electron', () => import('../fakeElectron'));

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('Content-Security-Policy', () => {
  it('is strict: self only, WASM allowed, no inline or eval, no plugins, no framing', () => {
    const d = directives(contentSecurityPolicy);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it('the meta variant is the header minus frame-ancestors, which meta tags ignore', () => {
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy).toBe(`${metaContentSecurityPolicy}; frame-ancestors 'none'`);
  });

  it('development relaxes only inline script/style and the HMR socket', () => {
    const d = directives(devContentSecurityPolicy('http://127.0.0.1:5173/'));
    expect(d.get('script-src')).toContain("'unsafe-inline'");
    expect(d.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:5173']);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });
});

describe('isAllowedRequest', () => {
  it('allows the app scheme and local data; blocks the network and files', () => {
    expect(isAllowedRequest('app://samenhang/assets/index.js', undefined)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', undefined)).toBe(true);
    expect(isAllowedRequest('blob:app://samenhang/1234', undefined)).toBe(true);
    expect(isAllowedRequest('https://wetten.overheid.nl/', undefined)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', undefined)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:5173/', undefined)).toBe(false);
  });

  it('in development also allows the dev server and its socket, nothing else', () => {
    const dev = 'http://127.0.0.1:5173';
    expect(isAllowedRequest('http://127.0.0.1:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://127.0.0.1:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://127.0.0.1:8080/', dev)).toBe(false);
  });
});

describe('hardenSession', () => {
  beforeEach(() => resetFake());

  const own = 'app://samenhang/index.html';
  const options = { devUrl: undefined, csp: contentSecurityPolicy, trustedOrigin: 'app://samenhang' };

  it('denies every permission request and check except the three our own page needs', () => {
    const s = new FakeSession();
    hardenSession(s as unknown as Session, options);
    const request = (permission: string, requestingUrl: string) => {
      const answer = vi.fn();
      s.permissionRequest?.({}, permission, answer, { requestingUrl });
      return answer.mock.calls[0]?.[0] as boolean;
    };
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'hid',
      'unknown',
    ]) {
      expect(request(permission, own)).toBe(false);
      expect(s.permissionCheck?.({}, permission, 'app://samenhang')).toBe(false);
    }
    for (const permission of ['fullscreen', 'clipboard-sanitized-write', 'persistent-storage']) {
      expect(request(permission, own)).toBe(true);
      expect(request(permission, 'https://evil.example/')).toBe(false);
      expect(s.permissionCheck?.({}, permission, 'app://samenhang')).toBe(true);
      expect(s.permissionCheck?.({}, permission, 'https://evil.example')).toBe(false);
    }
    expect(s.devicePermission?.()).toBe(false);
  });

  it('cancels remote requests', () => {
    const s = new FakeSession();
    hardenSession(s as unknown as Session, options);
    const answer = vi.fn();
    s.beforeRequest?.({ url: 'https://tracker.example/pixel.gif' }, answer);
    s.beforeRequest?.({ url: 'app://samenhang/index.html' }, answer);
    expect(answer.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
  });

  it('adds the CSP header to the dev server answers and leaves others alone', () => {
    const s = new FakeSession();
    hardenSession(s as unknown as Session, {
      devUrl: 'http://127.0.0.1:5173',
      csp: 'default-src x',
      trustedOrigin: 'http://127.0.0.1:5173',
    });
    const answer = vi.fn();
    s.headersReceived?.({ url: 'http://127.0.0.1:5173/index.html', responseHeaders: { a: ['1'] } }, answer);
    s.headersReceived?.({ url: 'devtools://devtools/bundled/x.html' }, answer);
    expect(answer.mock.calls).toEqual([
      [{ responseHeaders: { a: ['1'], 'Content-Security-Policy': ['default-src x'] } }],
      [{}],
    ]);
  });
});

describe('hardenWebContents', () => {
  function setup() {
    const contents = new FakeWebContents();
    const openExternal = vi.fn(async () => undefined);
    hardenWebContents(contents as unknown as WebContents, {
      isOwnUrl: (url) => url.startsWith('app://samenhang/'),
      openExternal,
    });
    return { contents, openExternal };
  }

  it('denies every new window; an allowlisted https link goes to the system browser', () => {
    const { contents, openExternal } = setup();
    expect(contents.windowOpenHandler?.({ url: 'https://wetten.overheid.nl/BWBR0005416' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://samenhang/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://wetten.overheid.nl/BWBR0005416']]);
  });

  it('blocks navigation away from the app and opens only allowlisted targets outside', () => {
    const { contents, openExternal } = setup();
    const away = new FakeEvent();
    contents.emit('will-navigate', away, 'https://evil.example/phish');
    expect(away.defaultPrevented).toBe(true);
    const law = new FakeEvent();
    contents.emit('will-navigate', law, 'https://zoek.officielebekendmakingen.nl/stb-2016-156.html');
    expect(law.defaultPrevented).toBe(true);
    const own = new FakeEvent();
    contents.emit('will-navigate', own, 'app://samenhang/index.html');
    expect(own.defaultPrevented).toBe(false);
    const redirect = new FakeEvent();
    contents.emit('will-redirect', redirect, 'http://evil.example/');
    expect(redirect.defaultPrevented).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://zoek.officielebekendmakingen.nl/stb-2016-156.html']]);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = setup();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event);
    expect(event.defaultPrevented).toBe(true);
  });
});

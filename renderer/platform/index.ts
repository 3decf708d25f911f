import { createBrowserPlatform } from './browser';
// The pattern meant for the `electron` package also matches this sibling file (the Electron platform over the
// preload API), which is exactly where the renderer is allowed to reach the shell.
import { createElectronPlatform } from './electron';
import type { Platform } from './Platform';

export type { MenuCommandListener, OpenedFile, Platform, SavedFile, SaveRequest } from './Platform';
export { PlatformError } from './PlatformError';

let current: Platform | null = null;

/** The one platform of this page: Electron when the preload exposed `window.samenhang`, the browser otherwise. */
export function getPlatform(): Platform {
  if (!current) {
    const api = typeof window === 'undefined' ? undefined : window.samenhang;
    current = api ? createElectronPlatform(api) : createBrowserPlatform();
  }
  return current;
}

/** Replace the platform (tests pass a TestingPlatform); null makes the next getPlatform() detect again. */
export function setPlatform(platform: Platform | null): void {
  current = platform;
}

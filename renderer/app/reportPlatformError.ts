import { createTranslator, hasMessage, type AppKey, type MessageKey } from '../i18n/translate';
import { PlatformError } from '../platform/PlatformError';
import type { AppStore } from '../store/appStore';

/**
 * A file action the user started was refused or failed outside the page (a file too large to save or open, a
 * file gone, no access): say which action and why, in the user's language, and that nothing happened. Until
 * this, such a rejection went nowhere and the user saw nothing. Anything that is not a PlatformError is a bug
 * and is thrown on.
 */
export function reportPlatformError(store: AppStore, error: unknown, action: AppKey): void {
  if (!(error instanceof PlatformError)) throw error;
  const s = store.getState();
  const known = `platform.${error.code}` as const;
  const key: MessageKey = hasMessage(known) ? known : 'platform.unknown';
  s.notify({
    kind: 'error',
    key,
    params: { ...error.params, code: error.code, action: createTranslator(s.locale)(action) },
  });
}

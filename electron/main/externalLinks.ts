import { shell } from 'electron';
import { isAllowedExternalUrl } from '../../shared/ipc/contract';

/**
 * The only way out to the system browser: https addresses on the allowlisted domains (shared/ipc/contract.ts).
 * Anything else is dropped, so a link in imported data cannot launch arbitrary protocol handlers.
 */
export async function openExternalIfAllowed(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}

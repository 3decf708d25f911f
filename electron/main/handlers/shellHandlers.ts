import { openExternalIfAllowed } from '../externalLinks';
import { IpcError, type Ipc } from '../ipc';

export function registerShellHandlers(ipc: Ipc): void {
  // The request schema already refused addresses off the allowlist; this checks again at the point of use.
  ipc.handle('openExternal', async ({ url }) => {
    if (!(await openExternalIfAllowed(url))) throw new IpcError('shell.notAllowed', 'address not on the allowlist');
    return null;
  });
}

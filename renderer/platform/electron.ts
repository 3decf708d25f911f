import {
  eventContract,
  invokeContract,
  ipcErrorCodes,
  ipcResultSchema,
  type InvokeName,
  type IpcRequest,
  type IpcResponse,
  type SamenhangApi,
} from '../../shared/ipc/contract';
import { sizeParams, tooLargeIn } from '../../shared/ipc/payloadSize';
import type { OpenedFile, Platform, SaveRequest } from './Platform';
import { PlatformError } from './PlatformError';

declare global {
  interface Window {
    /** Present only inside the Electron shell, exposed by the preload. */
    readonly samenhang?: SamenhangApi;
  }
}

/** The platform over `window.samenhang`: every answer is checked against the contract before the app sees it. */
export function createElectronPlatform(api: SamenhangApi): Platform {
  async function call<N extends InvokeName>(name: N, request: IpcRequest<N>): Promise<IpcResponse<N>> {
    // Main refuses an oversized request anyway; refusing it here spares copying it to main first.
    const checked = invokeContract[name].request.safeParse(request);
    const tooLarge = checked.success ? undefined : tooLargeIn(checked.error);
    if (tooLarge)
      throw new PlatformError(ipcErrorCodes.requestTooLarge, `${name}: ${tooLarge.bytes} bytes`, sizeParams(tooLarge));
    const invoke = api.invoke[name] as (r: IpcRequest<N>) => Promise<unknown>;
    const parsed = ipcResultSchema(invokeContract[name].response).safeParse(await invoke(request));
    if (!parsed.success) {
      const answerTooLarge = tooLargeIn(parsed.error);
      if (answerTooLarge)
        throw new PlatformError(
          ipcErrorCodes.responseTooLarge,
          `${name}: answer too large`,
          sizeParams(answerTooLarge),
        );
      throw new PlatformError(ipcErrorCodes.badResponse, `${name}: malformed answer from the shell`);
    }
    if (!parsed.data.ok)
      throw new PlatformError(parsed.data.error.code, parsed.data.error.message, parsed.data.error.params);
    return parsed.data.value as IpcResponse<N>;
  }

  const flushListeners = new Set<() => Promise<void>>();
  // Subscribed once, up front: main waits for an answer to every flush request, listeners or not.
  api.on.flushRequest(({ requestId }) => {
    void Promise.allSettled([...flushListeners].map((listener) => listener())).then(() =>
      call('flushDone', { requestId }).catch(() => undefined),
    );
  });

  const openListeners = new Set<(file: OpenedFile) => void>();
  let listeningForFiles = false;
  const deliver = (raw: unknown) => {
    const parsed = eventContract.openFile.payload.safeParse(raw);
    if (!parsed.success) return;
    for (const listener of openListeners) listener(parsed.data);
  };

  return {
    kind: 'electron',
    openFile: (filters) => call('openFile', { filters }),
    saveFile: (req: SaveRequest) =>
      call('saveFile', {
        suggestedName: req.suggestedName,
        data: req.data,
        mime: req.mime,
        ...(req.path !== undefined ? { path: req.path } : {}),
        ...(req.saveAs !== undefined ? { saveAs: req.saveAs } : {}),
        ...(req.filters !== undefined ? { filters: req.filters } : {}),
      }),
    exportPdf: (suggestedName) => call('exportPdf', { suggestedName }),
    exportReportPdf: (suggestedName, html) => call('exportReportPdf', { suggestedName, html }),
    recentFiles: () => call('recentFiles', {}),
    openRecent: (path) => call('openRecent', { path }),
    openExternal: async (url) => {
      await call('openExternal', { url });
    },
    onMenuCommand: (listener) => api.on.menuCommand(({ commandId }) => listener(commandId)),
    onOpenFile: (listener) => {
      openListeners.add(listener);
      if (!listeningForFiles) {
        // Listen first, then collect what arrived before (start-up file, reload): nothing falls in between.
        listeningForFiles = true;
        api.on.openFile(deliver);
        void call('takePendingFiles', {}).then(
          (files) => files.forEach(deliver),
          () => undefined,
        );
      }
      return () => {
        openListeners.delete(listener);
      };
    },
    onFlushRequest: (listener) => {
      flushListeners.add(listener);
      return () => {
        flushListeners.delete(listener);
      };
    },
    setDocumentState: (state) => {
      // The title is the user's project name: cut to the contract's limit rather than lose the whole update.
      void call('setDocumentState', { ...state, title: state.title.slice(0, 500) }).catch(() => undefined);
    },
  };
}

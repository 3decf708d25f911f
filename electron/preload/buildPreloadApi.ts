import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  eventContract,
  eventNames,
  invokeContract,
  invokeNames,
  type EventName,
  type EventPayload,
  type InvokeName,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
  type SamenhangApi,
} from '../../shared/ipc/contract';

type Invoke = SamenhangApi['invoke'];
type On = SamenhangApi['on'];

/**
 * `window.samenhang`, derived from the contract: one function per channel and nothing else. Validation lives in
 * main; the page never sees ipcRenderer, an event object or a channel name it did not get from here.
 */
export function buildPreloadApi(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): SamenhangApi {
  const invoke = {} as Record<InvokeName, unknown>;
  for (const name of invokeNames) {
    const { channel } = invokeContract[name];
    invoke[name] = (request: IpcRequest<typeof name>) =>
      ipc.invoke(channel, request) as Promise<IpcResult<IpcResponse<typeof name>>>;
  }
  const on = {} as Record<EventName, unknown>;
  for (const name of eventNames) {
    const { channel } = eventContract[name];
    on[name] = (listener: (payload: EventPayload<typeof name>) => void) => {
      // The page gets only the payload: the event object would expose `sender` (ipcRenderer itself).
      const forward = (_event: IpcRendererEvent, payload: EventPayload<typeof name>) => listener(payload);
      ipc.on(channel, forward);
      return () => {
        ipc.removeListener(channel, forward);
      };
    };
  }
  return Object.freeze({ invoke: Object.freeze(invoke as Invoke), on: Object.freeze(on as On) });
}

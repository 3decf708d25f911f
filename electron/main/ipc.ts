import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { z } from '../../shared/model/zod';
import {
  eventContract,
  invokeContract,
  ipcErrorCodes,
  type EventName,
  type EventPayload,
  type InvokeName,
  type IpcErrorPayload,
  type IpcResponse,
  type IpcResult,
} from '../../shared/ipc/contract';
import { sizeParams, tooLargeIn } from '../../shared/ipc/payloadSize';

/** An expected failure a handler reports on purpose (file gone, not allowed); travels as `{ ok: false, error }`. */
export class IpcError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** What the page's message for `code` fills in (a file's name, a size and its limit). */
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'IpcError';
  }
}

export type SenderGuard = (event: IpcMainInvokeEvent) => boolean;
export type Handler<N extends InvokeName> = (
  request: z.output<(typeof invokeContract)[N]['request']>,
  event: IpcMainInvokeEvent,
) => Promise<IpcResponse<N>> | IpcResponse<N>;

const MAX_MESSAGE = 2000;

function failure(
  code: string,
  message: string,
  params?: Record<string, string | number>,
): { ok: false; error: IpcErrorPayload } {
  return { ok: false, error: { code, message: message.slice(0, MAX_MESSAGE), ...(params ? { params } : {}) } };
}

/** A payload over its size bound gets its own code and the sizes; anything else is malformed. */
function refusal(error: z.ZodError, channel: string, tooLargeCode: string, malformedCode: string) {
  const tooLarge = tooLargeIn(error);
  if (tooLarge)
    return failure(
      tooLargeCode,
      `${channel}: ${tooLarge.bytes} bytes, limit ${tooLarge.maxBytes}`,
      sizeParams(tooLarge),
    );
  return failure(malformedCode, `${channel}: ${z.prettifyError(error)}`);
}

/**
 * `scheme://host` of a URL. WHATWG `URL.origin` is "null" for schemes it does not know (our app://), so the
 * origin is built from protocol and host instead.
 */
export function originOf(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.host === '' ? null : `${url.protocol}//${url.host}`;
  } catch {
    return null;
  }
}

/**
 * Accept only the main frame of our own window showing our own origin: an iframe, another window or a page that
 * somehow navigated elsewhere must not reach the file system.
 */
export function createSenderGuard(getWindow: () => BrowserWindow | null, trustedOrigin: string): SenderGuard {
  return (event) => {
    const win = getWindow();
    if (!win || win.isDestroyed() || event.sender !== win.webContents) return false;
    const frame = event.senderFrame;
    const main = win.webContents.mainFrame;
    if (!frame || frame.parent !== null) return false;
    if (frame !== main && (frame.processId !== main.processId || frame.routingId !== main.routingId)) return false;
    return originOf(frame.url) === trustedOrigin;
  };
}

/** Run `fn` behind the contract: sender check, request and response validation, errors as values. */
export async function runHandler<N extends InvokeName>(
  name: N,
  fn: Handler<N>,
  guard: SenderGuard,
  event: IpcMainInvokeEvent,
  rawRequest: unknown,
): Promise<IpcResult<IpcResponse<N>>> {
  const { channel, request, response } = invokeContract[name];
  if (!guard(event)) return failure(ipcErrorCodes.forbiddenSender, `${channel}: sender is not the app's main frame`);
  const parsed = request.safeParse(rawRequest);
  if (!parsed.success) return refusal(parsed.error, channel, ipcErrorCodes.requestTooLarge, ipcErrorCodes.badRequest);
  let value: unknown;
  try {
    value = await fn(parsed.data as z.output<(typeof invokeContract)[N]['request']>, event);
  } catch (error) {
    if (error instanceof IpcError) return failure(error.code, error.message, error.params);
    const message = error instanceof Error ? error.message : String(error);
    return failure(ipcErrorCodes.failed, `${channel}: ${message}`);
  }
  const checked = response.safeParse(value);
  if (!checked.success)
    return refusal(checked.error, channel, ipcErrorCodes.responseTooLarge, ipcErrorCodes.badResponse);
  return { ok: true, value: checked.data as IpcResponse<N> };
}

export interface Ipc {
  handle<N extends InvokeName>(name: N, fn: Handler<N>): void;
  /** Remove every handler registered through this object (window re-creation, tests). */
  dispose(): void;
}

export function createIpc(guard: SenderGuard): Ipc {
  const registered: string[] = [];
  return {
    handle(name, fn) {
      const { channel } = invokeContract[name];
      ipcMain.handle(channel, (event, rawRequest: unknown) => runHandler(name, fn, guard, event, rawRequest));
      registered.push(channel);
    },
    dispose() {
      for (const channel of registered.splice(0)) ipcMain.removeHandler(channel);
    },
  };
}

/** Send a validated event to the page; a payload that breaks the contract is a bug in main and throws. */
export function sendEvent<N extends EventName>(win: BrowserWindow, name: N, payload: EventPayload<N>): void {
  const { channel, payload: schema } = eventContract[name];
  const checked = schema.parse(payload);
  if (!win.isDestroyed()) win.webContents.send(channel, checked);
}

import { LIMITS } from '../io/limits';
import { z } from '../model/zod';
import { maxBytes, maxTotalBytes } from './payloadSize';

/**
 * The one IPC contract between the Electron main process and the page. Channel names, request, response and event
 * payload schemas live here and nowhere else: main validates every request and response against them
 * (electron/main/ipc.ts), the preload derives the page's `samenhang` global from them (electron/preload/buildPreloadApi.ts) and
 * the renderer's Electron platform unwraps results with them (renderer/platform/electron.ts).
 */

/**
 * The views of an open project, in tab order (Ctrl+1 … Ctrl+9). The native menu has one item per id; the
 * renderer's VIEW_LIST (renderer/views/viewIds.ts) must hold exactly these ids in this order, or it does not compile.
 */
export const viewIds = [
  'map',
  'board',
  'matrix',
  'subjects',
  'goals',
  'links',
  'portfolios',
  'divisions',
  'analysis',
  'coalition',
  'settings',
] as const;
export type ViewId = (typeof viewIds)[number];

type ViewCommandIds<T extends readonly string[]> = { readonly [K in keyof T]: `view.show.${T[K] & string}` };
/** The command that shows a view: the same id from the menu, the keyboard and the help screen. */
export const viewCommandId = <V extends ViewId>(id: V): `view.show.${V}` => `view.show.${id}`;
const viewCommandIds = viewIds.map(viewCommandId) as unknown as ViewCommandIds<typeof viewIds>;

/** Menu and shortcut commands raised by the native menu; the renderer's command registry owns their meaning. */
export const menuCommandIds = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.importCsv',
  'file.exportCsv',
  'file.exportPdf',
  'file.exportReport',
  'edit.undo',
  'edit.redo',
  'view.workshop',
  'workshop.lock',
  ...viewCommandIds,
  'help.tour',
  'help.restoreExample',
] as const;
export const MenuCommandIdSchema = z.enum(menuCommandIds);
export type MenuCommandId = z.infer<typeof MenuCommandIdSchema>;

/**
 * External addresses the app may open in the system browser: https only, on these registrable domains or their
 * subdomains (sources of law and municipal finance). Main enforces it through the openExternal request schema;
 * the browser platform applies the same rule so both behave alike.
 */
export const allowedExternalDomains = [
  'overheid.nl',
  'officielebekendmakingen.nl',
  'rijksoverheid.nl',
  'rijksfinancien.nl',
  'tweedekamer.nl',
  'eerstekamer.nl',
  'vng.nl',
  'cbs.nl',
  'iplo.nl',
  'aandeslagmetdeomgevingswet.nl',
  'waarstaatjegemeente.nl',
] as const;

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  const host = url.hostname.toLowerCase();
  return allowedExternalDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The file extension of a Samenhang project; the double extension keeps the files readable as JSON elsewhere. */
export const PROJECT_EXTENSION = 'samenhang.json';

const MAX_PATH = 4096;
const MAX_NAME = 255;
/**
 * An opened file crosses whole, so main refuses a larger one before reading it; the page then applies the limit of
 * the kind of file (project or CSV) with its own message.
 */
export const MAX_OPENED_FILE_BYTES = Math.max(LIMITS.projectFileBytes, LIMITS.csvBytes);
/** Files waiting for the page beyond these go to it one by one as events (electron/main/openFiles.ts). */
export const MAX_PENDING_FILES = 20;
const MAX_RECENT_FILES = 100;

export const FileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]+(\.[A-Za-z0-9]+)*)$/, { message: 'extension' }))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

const AbsolutePathSchema = z.string().min(1).max(MAX_PATH);
/** A bare file name: no folders, so the page cannot steer where a dialog starts. */
const FileNameSchema = z
  .string()
  .min(1)
  .max(MAX_NAME)
  .refine((name) => !/[\\/]/.test(name) && name !== '.' && name !== '..', { message: 'file name' });
/** Typed as plain `Uint8Array` (any backing buffer), which is what Node's Buffer and the Platform interface use. */
const BytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'expected bytes' });

export const OpenedFileSchema = z.strictObject({
  name: z.string().min(1).max(MAX_NAME),
  bytes: maxBytes(BytesSchema, MAX_OPENED_FILE_BYTES),
  path: AbsolutePathSchema.optional(),
});
export const SavedFileSchema = z.strictObject({
  name: z.string().min(1).max(MAX_NAME),
  path: AbsolutePathSchema.optional(),
});
export const RecentFileSchema = z.strictObject({ name: z.string().min(1).max(MAX_NAME), path: AbsolutePathSchema });
export const LocaleSchema = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof LocaleSchema>;

export const DocumentStateSchema = z.strictObject({
  title: z.string().max(500),
  dirty: z.boolean(),
  locale: LocaleSchema,
});
export type DocumentState = z.infer<typeof DocumentStateSchema>;

const EmptySchema = z.strictObject({});
const NothingSchema = z.null();

/** Request/response channels (renderer invokes, main answers). */
export const invokeContract = {
  openFile: {
    channel: 'samenhang:file.open',
    request: z.strictObject({ filters: z.array(FileFilterSchema).max(20) }),
    response: OpenedFileSchema.nullable(),
  },
  saveFile: {
    channel: 'samenhang:file.save',
    request: z.strictObject({
      suggestedName: FileNameSchema,
      /** Strings are written as UTF-8 and bounded by those bytes. */
      data: maxBytes(z.union([z.string(), BytesSchema]), LIMITS.savedFileBytes),
      mime: z.string().min(1).max(200),
      path: AbsolutePathSchema.optional(),
      saveAs: z.boolean().optional(),
      filters: z.array(FileFilterSchema).max(20).optional(),
    }),
    response: SavedFileSchema.nullable(),
  },
  exportPdf: {
    channel: 'samenhang:file.exportPdf',
    request: z.strictObject({ suggestedName: FileNameSchema }),
    response: SavedFileSchema.nullable(),
  },
  /**
   * A report as a standalone HTML document (shared/report), printed to a tagged PDF in a hidden window of its own
   * (electron/main/reportPrint.ts) and saved where the user chooses.
   */
  exportReportPdf: {
    channel: 'samenhang:file.exportReportPdf',
    request: z.strictObject({
      suggestedName: FileNameSchema,
      html: maxBytes(z.string().min(1), LIMITS.savedFileBytes),
    }),
    response: SavedFileSchema.nullable(),
  },
  recentFiles: {
    channel: 'samenhang:file.recent',
    request: EmptySchema,
    response: z.array(RecentFileSchema).max(MAX_RECENT_FILES),
  },
  openRecent: {
    channel: 'samenhang:file.openRecent',
    request: z.strictObject({ path: AbsolutePathSchema }),
    response: OpenedFileSchema.nullable(),
  },
  /** Files handed over before the page listened (command line, file manager); the call also marks the page ready. */
  takePendingFiles: {
    channel: 'samenhang:file.takePending',
    request: EmptySchema,
    response: maxTotalBytes(z.array(OpenedFileSchema).max(MAX_PENDING_FILES), MAX_OPENED_FILE_BYTES),
  },
  openExternal: {
    channel: 'samenhang:shell.openExternal',
    request: z.strictObject({
      url: z.string().max(2048).refine(isAllowedExternalUrl, { message: 'address not on the allowlist' }),
    }),
    response: NothingSchema,
  },
  setDocumentState: {
    channel: 'samenhang:page.setState',
    request: DocumentStateSchema,
    response: NothingSchema,
  },
  flushDone: {
    channel: 'samenhang:page.flushDone',
    request: z.strictObject({ requestId: z.string().min(1).max(100) }),
    response: NothingSchema,
  },
} as const;

/** One-way events (main sends, the page listens). */
export const eventContract = {
  menuCommand: {
    channel: 'samenhang:menu.command',
    payload: z.strictObject({ commandId: MenuCommandIdSchema }),
  },
  openFile: {
    channel: 'samenhang:file.opened',
    payload: OpenedFileSchema,
  },
  flushRequest: {
    channel: 'samenhang:page.flushRequest',
    payload: z.strictObject({ requestId: z.string().min(1).max(100) }),
  },
} as const;

export type InvokeName = keyof typeof invokeContract;
export type EventName = keyof typeof eventContract;
export type IpcRequest<N extends InvokeName> = z.input<(typeof invokeContract)[N]['request']>;
export type IpcResponse<N extends InvokeName> = z.output<(typeof invokeContract)[N]['response']>;
export type EventPayload<N extends EventName> = z.output<(typeof eventContract)[N]['payload']>;

/**
 * Why a call failed: `code` is stable (a message key under `problem.`, e.g. `file.notFound`), `params` fill that
 * message (a size refusal gives `size` and `limit` in MB), `message` is for logs and developers.
 */
export const IpcErrorSchema = z.strictObject({
  code: z.string().min(1).max(100),
  message: z.string().max(2000),
  params: z
    .record(z.string().max(40), z.union([z.string().max(500), z.number()]))
    .refine((params) => Object.keys(params).length <= 10, { message: 'at most 10 params' })
    .optional(),
});
export type IpcErrorPayload = z.infer<typeof IpcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorPayload };

/** Error codes main produces itself; handlers add their own (e.g. `file.notFound`). */
export const ipcErrorCodes = {
  badRequest: 'ipc.badRequest',
  badResponse: 'ipc.badResponse',
  /** A payload over its size bound, refused before the handler runs (saved data too large). */
  requestTooLarge: 'ipc.requestTooLarge',
  /** An answer over its size bound, refused before it reaches the page (an opened file too large). */
  responseTooLarge: 'ipc.responseTooLarge',
  forbiddenSender: 'ipc.forbiddenSender',
  failed: 'ipc.failed',
} as const;

export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.union([
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: IpcErrorSchema }),
  ]);
}

/** The API the preload exposes to the page as the `samenhang` global: one function per channel, nothing else. */
export interface SamenhangApi {
  readonly invoke: { readonly [N in InvokeName]: (request: IpcRequest<N>) => Promise<IpcResult<IpcResponse<N>>> };
  readonly on: { readonly [N in EventName]: (listener: (payload: EventPayload<N>) => void) => () => void };
}

export const invokeNames = Object.keys(invokeContract) as InvokeName[];
export const eventNames = Object.keys(eventContract) as EventName[];

import { isAllowedExternalUrl, MAX_OPENED_FILE_BYTES } from '../../shared/ipc/contract';
import { megabytes } from '../../shared/ipc/payloadSize';
import type { OpenedFile, Platform, SavedFile, SaveRequest } from './Platform';
import { PlatformError } from './PlatformError';
import { printReportWindow } from './printReport';

/** Long enough for any browser to start the download; revoking at once can cancel it in some. */
const REVOKE_AFTER_MS = 60_000;

/**
 * `accept` for a file input. Browsers match the part after the last dot on some systems, so a double extension
 * such as `samenhang.json` is offered as both `.samenhang.json` and `.json`.
 */
export function acceptAttribute(filters: { name: string; extensions: string[] }[]): string {
  const accepted = new Set<string>();
  for (const filter of filters) {
    for (const ext of filter.extensions) {
      if (ext === '*') return '';
      accepted.add(`.${ext}`);
      const last = ext.split('.').pop();
      if (last && last !== ext) accepted.add(`.${last}`);
    }
  }
  return [...accepted].join(',');
}

function pdfName(suggestedName: string): string {
  return suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`;
}

/**
 * The platform for `npm run web`: a file input to open, a download to save, the browser's print dialog for PDF.
 * Browsers reveal no paths and no recent files, and cannot tell whether a download was cancelled.
 */
export function createBrowserPlatform(win: Window = window): Platform {
  const doc = win.document;

  const openFile = (filters: { name: string; extensions: string[] }[]) =>
    new Promise<OpenedFile | null>((resolve, reject) => {
      const input = doc.createElement('input');
      input.type = 'file';
      input.accept = acceptAttribute(filters);
      input.hidden = true;
      const finish = () => input.remove();
      input.addEventListener('cancel', () => {
        finish();
        resolve(null);
      });
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        finish();
        if (!file) {
          resolve(null);
          return;
        }
        // As in the desktop app: refused on its size before a byte is read, so a stray video cannot exhaust the tab.
        if (file.size > MAX_OPENED_FILE_BYTES) {
          const params = { name: file.name, size: megabytes(file.size), limit: megabytes(MAX_OPENED_FILE_BYTES) };
          reject(new PlatformError('file.tooLarge', `${file.name}: ${file.size} bytes`, params));
          return;
        }
        file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), reject);
      });
      doc.body.append(input);
      input.click();
    });

  const saveFile = async (req: SaveRequest): Promise<SavedFile> => {
    const part: BlobPart = typeof req.data === 'string' ? req.data : new Uint8Array(req.data);
    const url = URL.createObjectURL(new Blob([part], { type: req.mime }));
    const anchor = doc.createElement('a');
    anchor.href = url;
    anchor.download = req.suggestedName;
    anchor.rel = 'noopener';
    anchor.hidden = true;
    doc.body.append(anchor);
    anchor.click();
    anchor.remove();
    win.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    return { name: req.suggestedName };
  };

  const flushListeners = new Set<() => Promise<void>>();
  // A page cannot delay its own unload; flushing when it is hidden is the last reliable moment browsers give.
  const flushAll = () => {
    for (const listener of flushListeners) void listener().catch(() => undefined);
  };
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') flushAll();
  };

  return {
    kind: 'browser',
    openFile,
    saveFile,
    exportPdf: async (suggestedName) => {
      // The browser's "save as PDF" proposes the document title as the file name.
      const name = pdfName(suggestedName);
      const previous = doc.title;
      doc.title = name.replace(/\.pdf$/i, '');
      try {
        win.print();
      } finally {
        doc.title = previous;
      }
      return { name };
    },
    exportReportPdf: async (suggestedName, html) => {
      const name = pdfName(suggestedName);
      printReportWindow(win, html, name.replace(/\.pdf$/i, ''));
      return { name };
    },
    recentFiles: async () => [],
    openRecent: async () => null,
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url)) throw new PlatformError('shell.notAllowed', 'address not on the allowlist');
      win.open(url, '_blank', 'noopener,noreferrer');
    },
    onMenuCommand: () => () => undefined,
    onOpenFile: () => () => undefined,
    onFlushRequest: (listener) => {
      if (flushListeners.size === 0) {
        doc.addEventListener('visibilitychange', onVisibility);
        win.addEventListener('pagehide', flushAll);
      }
      flushListeners.add(listener);
      return () => {
        flushListeners.delete(listener);
        if (flushListeners.size === 0) {
          doc.removeEventListener('visibilitychange', onVisibility);
          win.removeEventListener('pagehide', flushAll);
        }
      };
    },
    setDocumentState: ({ title, dirty, locale }) => {
      const name = title.trim();
      doc.title = `${dirty ? '• ' : ''}${name ? `${name} — ` : ''}Samenhang`;
      doc.documentElement.lang = locale;
    },
  };
}

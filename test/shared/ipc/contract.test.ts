import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/io/limits';
import { tooLargeIn } from '../../../shared/ipc/payloadSize';
import {
  eventContract,
  IpcErrorSchema,
  MAX_OPENED_FILE_BYTES,
  MAX_PENDING_FILES,
  eventNames,
  invokeContract,
  invokeNames,
  ipcResultSchema,
  isAllowedExternalUrl,
  menuCommandIds,
  MenuCommandIdSchema,
  viewCommandId,
  viewIds,
} from '../../../shared/ipc/contract';

describe('IPC contract', () => {
  it('uses unique, namespaced channel names', () => {
    const channels = [
      ...invokeNames.map((n) => invokeContract[n].channel),
      ...eventNames.map((n) => eventContract[n].channel),
    ];
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^samenhang:[a-z]+\.[a-zA-Z]+$/);
  });

  it('knows exactly the menu command ids of the issue', () => {
    expect([...menuCommandIds].sort()).toEqual(
      [
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
        ...viewIds.map((id) => `view.show.${id}`),
        'help.tour',
        'help.restoreExample',
      ].sort(),
    );
    expect(MenuCommandIdSchema.safeParse('file.delete').success).toBe(false);
  });

  it('has one show command per view, in view order, and refuses a view it does not know', () => {
    expect(new Set(viewIds).size).toBe(viewIds.length);
    expect(menuCommandIds.filter((id) => id.startsWith('view.show.'))).toEqual(viewIds.map(viewCommandId));
    const payload = eventContract.menuCommand.payload;
    expect(payload.safeParse({ commandId: 'view.show.board' }).success).toBe(true);
    for (const bad of ['view.show.nowhere', 'view.show.', 'view.show.Map', 'view.show.map ', 'view.show'])
      expect(payload.safeParse({ commandId: bad }).success, bad).toBe(false);
    expect(payload.safeParse({ commandId: 'view.show.map', view: 'map' }).success).toBe(false);
  });

  it('rejects unknown keys in every request', () => {
    for (const name of invokeNames) {
      expect(invokeContract[name].request.safeParse({ unexpected: 1 }).success).toBe(false);
    }
  });

  it('accepts bytes as Uint8Array (and Node Buffers) and rejects plain arrays', () => {
    const schema = invokeContract.saveFile.request;
    const base = { suggestedName: 'a.csv', mime: 'text/csv' };
    expect(schema.safeParse({ ...base, data: new Uint8Array([1, 2]) }).success).toBe(true);
    expect(schema.safeParse({ ...base, data: Buffer.from('x') }).success).toBe(true);
    expect(schema.safeParse({ ...base, data: 'text' }).success).toBe(true);
    expect(schema.safeParse({ ...base, data: [1, 2] }).success).toBe(false);
  });

  it('refuses suggested names that carry folders', () => {
    for (const suggestedName of ['../x.csv', 'a/b.csv', 'a\\b.csv', '..', '']) {
      expect(invokeContract.exportPdf.request.safeParse({ suggestedName }).success).toBe(false);
    }
  });

  it('describes results as ok/value or error{code,message}', () => {
    const schema = ipcResultSchema(invokeContract.recentFiles.response);
    expect(schema.safeParse({ ok: true, value: [] }).success).toBe(true);
    expect(schema.safeParse({ ok: false, error: { code: 'x', message: 'y' } }).success).toBe(true);
    expect(schema.safeParse({ ok: true, value: [{ name: 'a' }] }).success).toBe(false);
    expect(schema.safeParse({ ok: false }).success).toBe(false);
  });
});

describe('size bounds on user data', () => {
  const save = invokeContract.saveFile.request;
  const base = { suggestedName: 'Plan.samenhang.json', mime: 'application/json' };

  it('saved data: up to LIMITS.savedFileBytes, as bytes or as the UTF-8 of a string', () => {
    expect(save.safeParse({ ...base, data: new Uint8Array(LIMITS.savedFileBytes) }).success).toBe(true);
    const bytes = save.safeParse({ ...base, data: new Uint8Array(LIMITS.savedFileBytes + 1) });
    expect(tooLargeIn(bytes.error!)).toEqual({ bytes: LIMITS.savedFileBytes + 1, maxBytes: LIMITS.savedFileBytes });
    // Fewer characters than the limit, but three bytes each when written.
    const euros = '€'.repeat(Math.floor(LIMITS.savedFileBytes / 3) + 1);
    expect(euros.length).toBeLessThan(LIMITS.savedFileBytes);
    expect(tooLargeIn(save.safeParse({ ...base, data: euros }).error!)?.bytes).toBe(euros.length * 3);
  });

  it('an opened file: at most MAX_OPENED_FILE_BYTES, the larger of the project and CSV limits', () => {
    expect(MAX_OPENED_FILE_BYTES).toBe(Math.max(LIMITS.projectFileBytes, LIMITS.csvBytes));
    const file = (size: number) => ({ name: 'doelen.csv', bytes: new Uint8Array(size), path: '/d/doelen.csv' });
    for (const schema of [
      invokeContract.openFile.response,
      invokeContract.openRecent.response,
      eventContract.openFile.payload,
    ]) {
      expect(schema.safeParse(file(MAX_OPENED_FILE_BYTES)).success).toBe(true);
      expect(tooLargeIn(schema.safeParse(file(MAX_OPENED_FILE_BYTES + 1)).error!)?.maxBytes).toBe(
        MAX_OPENED_FILE_BYTES,
      );
    }
  });

  it('files waiting for the page: a bounded number and bounded bytes together', () => {
    const schema = invokeContract.takePendingFiles.response;
    const file = (size: number) => ({ name: 'a.samenhang.json', bytes: new Uint8Array(size) });
    const half = MAX_OPENED_FILE_BYTES / 2;
    expect(schema.safeParse([file(half), file(half)]).success).toBe(true);
    expect(tooLargeIn(schema.safeParse([file(half), file(half + 1)]).error!)).toBeDefined();
    expect(schema.safeParse(Array.from({ length: MAX_PENDING_FILES + 1 }, () => file(1))).success).toBe(false);
  });

  it('the document title, names and paths are bounded too', () => {
    const state = invokeContract.setDocumentState.request;
    expect(state.safeParse({ title: 'x'.repeat(500), dirty: false, locale: 'nl' }).success).toBe(true);
    expect(state.safeParse({ title: 'x'.repeat(501), dirty: false, locale: 'nl' }).success).toBe(false);
    expect(save.safeParse({ ...base, suggestedName: 'x'.repeat(256), data: '' }).success).toBe(false);
    expect(save.safeParse({ ...base, data: '', path: `/${'x'.repeat(4096)}` }).success).toBe(false);
  });

  it('a refusal may carry the parameters of its message, bounded', () => {
    const params = { size: 130.2, limit: 128, name: 'Plan.samenhang.json' };
    expect(IpcErrorSchema.safeParse({ code: 'ipc.requestTooLarge', message: 'x', params }).success).toBe(true);
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, i]));
    expect(IpcErrorSchema.safeParse({ code: 'x', message: 'x', params: many }).success).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://wetten.overheid.nl/BWBR0035362/2024-01-01',
    'https://zoek.officielebekendmakingen.nl/stcrt-2023-1.html',
    'https://www.rijksoverheid.nl/onderwerpen',
    'https://vng.nl/',
    'https://iplo.nl/regelgeving/',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://wetten.overheid.nl/',
    'https://overheid.nl.evil.example/',
    'https://evilvng.nl/',
    'https://user:pw@vng.nl/',
    'https://vng.nl:8443/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

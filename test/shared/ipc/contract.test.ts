import { describe, expect, it } from 'vitest';
import {
  eventContract,
  eventNames,
  invokeContract,
  invokeNames,
  ipcResultSchema,
  isAllowedExternalUrl,
  menuCommandIds,
  MenuCommandIdSchema,
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
        'edit.undo',
        'edit.redo',
        'view.workshop',
      ].sort(),
    );
    expect(MenuCommandIdSchema.safeParse('file.delete').success).toBe(false);
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

import { describe, expect, it } from 'vitest';
import { createTestingPlatform } from '../../../renderer/platform/testing';

describe('testing platform', () => {
  it('opens files from its fake disk as scripted, null when cancelled or unscripted', async () => {
    const p = createTestingPlatform();
    p.addFile('/w/plan.samenhang.json', '{"a":1}');
    p.openAnswers.push('/w/plan.samenhang.json', null);
    const opened = await p.openFile();
    expect(opened?.name).toBe('plan.samenhang.json');
    expect(new TextDecoder().decode(opened?.bytes)).toBe('{"a":1}');
    await expect(p.openFile()).resolves.toBeNull();
    await expect(p.openFile()).resolves.toBeNull();
    expect(await p.recentFiles()).toEqual([{ name: 'plan.samenhang.json', path: '/w/plan.samenhang.json' }]);
  });

  it('saves to a known path without asking, asks for new files and saveAs', async () => {
    const p = createTestingPlatform();
    const first = await p.saveFile({ suggestedName: 'a.samenhang.json', data: 'v1', mime: 'application/json' });
    expect(first).toEqual({ name: 'a.samenhang.json', path: '/testing/a.samenhang.json' });
    p.saveAnswers.push(null);
    await p.saveFile({ suggestedName: 'a.samenhang.json', data: 'v2', mime: 'application/json', path: first?.path });
    expect(p.saveAnswers).toEqual([null]);
    await expect(
      p.saveFile({ suggestedName: 'a.samenhang.json', data: 'v3', mime: 'x', path: first?.path, saveAs: true }),
    ).resolves.toBeNull();
    expect(new TextDecoder().decode(p.files.get('/testing/a.samenhang.json'))).toBe('v2');
    expect(p.saved.map((s) => new TextDecoder().decode(s.data))).toEqual(['v1', 'v2']);
  });

  it('raises shell events and counts listeners for cleanup checks', async () => {
    const p = createTestingPlatform();
    const commands: string[] = [];
    const offMenu = p.onMenuCommand((id) => commands.push(id));
    let flushed = 0;
    const offFlush = p.onFlushRequest(async () => {
      flushed += 1;
    });
    p.emitMenuCommand('file.save');
    await p.requestFlush();
    expect(commands).toEqual(['file.save']);
    expect(flushed).toBe(1);
    expect(p.listenerCounts()).toEqual({ menu: 1, open: 0, flush: 1 });
    offMenu();
    offFlush();
    expect(p.listenerCounts()).toEqual({ menu: 0, open: 0, flush: 0 });
  });

  it('keeps the external allowlist and records what it opened', async () => {
    const p = createTestingPlatform();
    await p.openExternal('https://vng.nl/');
    await expect(p.openExternal('https://evil.example/')).rejects.toMatchObject({ code: 'shell.notAllowed' });
    expect(p.openedExternal).toEqual(['https://vng.nl/']);
  });

  it('openRecent fails for unknown and vanished files like the shell does', async () => {
    const p = createTestingPlatform();
    await expect(p.openRecent('/nope.samenhang.json')).rejects.toMatchObject({ code: 'file.notRecent' });
    await p.saveFile({ suggestedName: 'b.samenhang.json', data: '{}', mime: 'application/json' });
    p.files.delete('/testing/b.samenhang.json');
    await expect(p.openRecent('/testing/b.samenhang.json')).rejects.toMatchObject({ code: 'file.notFound' });
    expect(await p.recentFiles()).toEqual([]);
  });
});

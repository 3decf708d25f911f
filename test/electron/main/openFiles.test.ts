import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { filesFromArgv, OpenFileDelivery, type OpenedFile } from '../../../electron/main/openFiles';
import { invokeContract, MAX_OPENED_FILE_BYTES, MAX_PENDING_FILES } from '../../../shared/ipc/contract';

vi.mock('electron', () => import('../fakeElectron'));

const cwd = path.resolve('/home/ambtenaar/Documenten');

describe('filesFromArgv', () => {
  it('finds project files in a packaged app command line', () => {
    expect(filesFromArgv(['/opt/Samenhang/samenhang', '/data/Plan 2026.samenhang.json'], cwd)).toEqual([
      path.resolve('/data/Plan 2026.samenhang.json'),
    ]);
  });

  it('skips the app path of `electron .`, flags and other files', () => {
    const argv = [
      '/usr/lib/electron',
      '.',
      '--no-sandbox',
      '--inspect=9229',
      'notes.txt',
      'data.json',
      'a.samenhang.json',
    ];
    expect(filesFromArgv(argv, cwd)).toEqual([path.join(cwd, 'a.samenhang.json')]);
  });

  it('resolves relative paths from the caller folder (second instance), ignores case, drops duplicates', () => {
    const argv = ['samenhang', 'sub/B.SAMENHANG.JSON', './sub/B.SAMENHANG.JSON', '../c.samenhang.json'];
    expect(filesFromArgv(argv, cwd)).toEqual([
      path.join(cwd, 'sub', 'B.SAMENHANG.JSON'),
      path.resolve(cwd, '..', 'c.samenhang.json'),
    ]);
  });

  it('finds nothing in an empty command line', () => {
    expect(filesFromArgv([], cwd)).toEqual([]);
    expect(filesFromArgv(['samenhang'], cwd)).toEqual([]);
  });
});

describe('OpenFileDelivery', () => {
  const file = (name: string): OpenedFile => ({ name, bytes: new Uint8Array([1]), path: `/d/${name}` });

  it('holds files until the page takes them, then sends directly', () => {
    const send = vi.fn();
    const delivery = new OpenFileDelivery(send);
    delivery.deliver(file('a'));
    delivery.deliver(file('b'));
    expect(send).not.toHaveBeenCalled();
    expect(delivery.take().map((f) => f.name)).toEqual(['a', 'b']);
    expect(delivery.take()).toEqual([]);
    delivery.deliver(file('c'));
    expect(send).toHaveBeenCalledWith(file('c'));
  });

  it('hands over at most what the contract answer may carry; the rest follow as events', () => {
    const send = vi.fn();
    const delivery = new OpenFileDelivery(send);
    const big = (name: string): OpenedFile => ({ name, bytes: new Uint8Array(MAX_OPENED_FILE_BYTES / 2 - 100) });
    for (const name of ['a', 'b', 'c']) delivery.deliver(big(name));
    for (let i = 0; i < MAX_PENDING_FILES + 1; i += 1) delivery.deliver(file(`small${i}`));
    const taken = delivery.take();
    expect(taken.map((f) => f.name)).toEqual(['a', 'b', ...Array.from({ length: 18 }, (_, i) => `small${i}`)]);
    expect(invokeContract.takePendingFiles.response.safeParse(taken).success).toBe(true);
    expect(send.mock.calls.map(([f]) => (f as OpenedFile).name)).toEqual(['c', 'small18', 'small19', 'small20']);
  });

  it('holds files again after the page reloads', () => {
    const send = vi.fn();
    const delivery = new OpenFileDelivery(send);
    delivery.take();
    delivery.reset();
    delivery.deliver(file('d'));
    expect(send).not.toHaveBeenCalled();
    expect(delivery.take().map((f) => f.name)).toEqual(['d']);
  });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { BrowserWindow as FakeWindow } from '../fakeElectron';
import {
  captureWindowState,
  defaultWindowState,
  loadWindowState,
  MIN_SIZE,
  placeWindow,
  saveWindowState,
  type Rect,
} from '../../../electron/main/windowState';

vi.mock('electron', () => import('../fakeElectron'));

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 860 };
const rightMonitor: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('placeWindow', () => {
  it('keeps saved bounds that fit on a display', () => {
    expect(placeWindow({ x: 100, y: 50, width: 1200, height: 700 }, [laptop], laptop)).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 700,
    });
  });

  it('centres on the primary display when there are no saved coordinates', () => {
    expect(placeWindow({ width: 1280, height: 800 }, [laptop], laptop)).toEqual({
      x: 80,
      y: 30,
      width: 1280,
      height: 800,
    });
  });

  it('moves a window from an unplugged monitor back to the primary display', () => {
    expect(placeWindow({ x: 2000, y: 100, width: 1280, height: 800 }, [laptop], laptop)).toEqual({
      x: 80,
      y: 30,
      width: 1280,
      height: 800,
    });
  });

  it('keeps a window on the second monitor, shifted fully inside its work area', () => {
    expect(placeWindow({ x: 3500, y: -300, width: 1280, height: 800 }, [laptop, rightMonitor], laptop)).toEqual({
      x: 4000 - 1280,
      y: -200,
      width: 1280,
      height: 800,
    });
  });

  it('treats a sliver of visibility as off-screen', () => {
    // Only 50 px of the window would show at the right edge: not enough to grab the title bar.
    expect(placeWindow({ x: 1390, y: 100, width: 1000, height: 700 }, [laptop], laptop)).toEqual({
      x: 220,
      y: 80,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than the display and enforces the minimum size', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    expect(placeWindow({ x: 0, y: 0, width: 3000, height: 2000 }, [small], small)).toEqual(small);
    expect(placeWindow({ x: 10, y: 10, width: 300, height: 200 }, [laptop], laptop)).toMatchObject({
      width: MIN_SIZE.width,
      height: MIN_SIZE.height,
    });
  });

  it('always returns a window fully inside one work area', () => {
    const rect = fc.record({
      x: fc.integer({ min: -4000, max: 4000 }),
      y: fc.integer({ min: -4000, max: 4000 }),
      width: fc.integer({ min: 600, max: 3000 }),
      height: fc.integer({ min: 500, max: 2000 }),
    });
    fc.assert(
      fc.property(
        fc.record({
          x: fc.option(fc.integer({ min: -9000, max: 9000 }), { nil: undefined }),
          y: fc.integer({ min: -9000, max: 9000 }),
          width: fc.integer({ min: 1, max: 6000 }),
          height: fc.integer({ min: 1, max: 6000 }),
        }),
        fc.array(rect, { minLength: 1, maxLength: 3 }),
        (saved, areas) => {
          const placed = placeWindow(saved, areas, areas[0] as Rect);
          const fits = areas.some(
            (a) =>
              placed.x >= a.x &&
              placed.y >= a.y &&
              placed.x + placed.width <= a.x + a.width &&
              placed.y + placed.height <= a.y + a.height,
          );
          expect(fits).toBe(true);
        },
      ),
    );
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'samenhang-ws-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('saves and restores bounds, maximised and full-screen', async () => {
    const file = path.join(dir, 'nested', 'window-state.json');
    const state = { bounds: { x: -1200, y: 40, width: 1100, height: 760 }, maximized: true, fullScreen: false };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
  });

  it('falls back to defaults for a missing, corrupt or nonsensical file', async () => {
    const file = path.join(dir, 'window-state.json');
    expect(await loadWindowState(file)).toEqual(defaultWindowState);
    await writeFile(file, '{"bounds": {"x": 1, "y": 2, "wid');
    expect(await loadWindowState(file)).toEqual(defaultWindowState);
    await writeFile(file, JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 'tall' }, maximized: 1 }));
    expect(await loadWindowState(file)).toEqual(defaultWindowState);
  });

  it('captures the normal bounds and flags of a window', () => {
    const win = new FakeWindow({ x: 5, y: 6, width: 1000, height: 700 });
    win.maximized = true;
    expect(captureWindowState(win as unknown as BrowserWindow)).toEqual({
      bounds: { x: 5, y: 6, width: 1000, height: 700 },
      maximized: true,
      fullScreen: false,
    });
  });
});

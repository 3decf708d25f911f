import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { z } from '../../shared/model/zod';
import { writeFileAtomic } from './atomicWrite';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>;
  maximized: boolean;
  fullScreen: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** At least this much of the window must show on a display, or it is moved back to the primary one. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

const finite = z.number().int().min(-100_000).max(100_000);
const StoredSchema = z.object({
  bounds: z.object({
    x: finite.optional(),
    y: finite.optional(),
    width: finite.min(1),
    height: finite.min(1),
  }),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});

export const defaultWindowState: WindowState = { bounds: { ...DEFAULT_SIZE }, maximized: false, fullScreen: false };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the window should open: the saved bounds if enough of them shows on one of today's displays (monitors get
 * unplugged), shrunk and shifted to fit inside that display's work area; otherwise centred on the primary display.
 */
export function placeWindow(saved: WindowState['bounds'], workAreas: readonly Rect[], primary: Rect): Rect {
  const size = { width: Math.max(saved.width, MIN_SIZE.width), height: Math.max(saved.height, MIN_SIZE.height) };
  if (saved.x === undefined || saved.y === undefined) return centred(size, primary);
  const wanted: Rect = { x: saved.x, y: saved.y, ...size };
  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(wanted, area);
    if (o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height && o.width * o.height > bestArea) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  if (!best) return centred(size, primary);
  const width = Math.min(size.width, best.width);
  const height = Math.min(size.height, best.height);
  return {
    x: clamp(wanted.x, best.x, best.x + best.width - width),
    y: clamp(wanted.y, best.y, best.y + best.height - height),
    width,
    height,
  };
}

export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : defaultWindowState;
  } catch {
    return defaultWindowState;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(state, null, 2));
}

/** The normal (not maximised) bounds, so restoring a maximised window and then un-maximising feels right. */
export function captureWindowState(win: BrowserWindow): WindowState {
  return { bounds: win.getNormalBounds(), maximized: win.isMaximized(), fullScreen: win.isFullScreen() };
}

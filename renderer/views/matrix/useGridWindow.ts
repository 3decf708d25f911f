import { useLayoutEffect, useState, type RefObject } from 'react';
import { WINDOW_CHUNK, gridWindow, sameWindow, type GridGeometry, type GridWindow } from './gridGeometry';

/**
 * The rows and columns of the matrix to draw, following the scroll box: `left` and `top` are where the matrix
 * starts inside it (after the labels and the column headers). Updated at most once a frame, and only when the
 * window moves a whole chunk.
 */
export function useGridWindow(
  scrollRef: RefObject<HTMLDivElement | null>,
  g: GridGeometry,
  n: number,
  left: number,
  top: number,
): GridWindow {
  const [win, setWin] = useState<GridWindow>({ r0: 0, r1: 3 * WINDOW_CHUNK, c0: 0, c1: 3 * WINDOW_CHUNK });
  // Only what the scroll box shows (and a chunk around it) is drawn; scrolling moves the window.
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const x = box.scrollLeft - left;
      const y = box.scrollTop - top;
      const next = gridWindow(g, n, x, x + box.clientWidth, y, y + box.clientHeight);
      setWin((prev) => (sameWindow(prev, next) ? prev : next));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    box.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      box.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [scrollRef, g, n, left, top]);
  return win;
}

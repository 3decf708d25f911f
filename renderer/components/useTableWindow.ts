import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { OVERSCAN, WINDOW_FROM, printPlan, rowSegments, rowStep, windowIndices, type Segment } from './tableWindow';

/** What a row's buttons and fields are, in the order Tab visits them. */
const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), a[href]';

/** Keys a field keeps for itself: a drop-down steps through its options, a text field moves its caret. */
function ownsArrowKeys(el: HTMLElement): boolean {
  if (el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && el.type !== 'checkbox' && el.type !== 'radio';
}

interface Options<T> {
  rows: readonly T[];
  /** A row's stable id; pass a function that keeps its identity between renders (a module-level one). */
  rowKey(row: T): string;
  /** A typical row's height in pixels, before the row is measured. */
  estimate: number;
}

/**
 * The windowing of a table whose page scrolls (the window, not a box of its own): @tanstack/react-virtual says
 * which rows are on screen; the focused row stays drawn wherever the user scrolls; the arrow keys move between
 * rows even into rows not drawn yet; printing draws every row for a moment when that is not too many.
 */
export function useTableWindow<T>({ rows, rowKey, estimate }: Options<T>) {
  const windowed = rows.length > WINDOW_FROM;
  const plan = printPlan(rows.length, windowed);
  const [printing, setPrinting] = useState(false);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [margin, setMargin] = useState(0);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const pendingFocus = useRef<{ index: number; slot: number } | null>(null);

  const focusIndex = useMemo(
    () => (focusKey === null ? -1 : rows.findIndex((r) => rowKey(r) === focusKey)),
    [rows, rowKey, focusKey],
  );
  const getItemKey = useCallback((i: number) => rowKey(rows[i]!), [rows, rowKey]);
  const rangeExtractor = useCallback(
    (r: { startIndex: number; endIndex: number; overscan: number; count: number }) =>
      windowIndices(r.startIndex - r.overscan, r.endIndex + r.overscan, focusIndex >= 0 ? [focusIndex] : [], r.count),
    [focusIndex],
  );
  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count: rows.length,
    estimateSize: () => estimate,
    overscan: OVERSCAN,
    scrollMargin: margin,
    getItemKey,
    rangeExtractor,
    enabled: windowed,
  });

  // Where the rows begin on the page. Measured for a small table too, so a table that grows past WINDOW_FROM
  // builds its row model once, not twice; while windowed, followed as what is above the table (a notice, the
  // example banner) changes height.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const update = () => {
      const top = Math.round(body.getBoundingClientRect().top + window.scrollY);
      setMargin((m) => (m === top ? m : top));
    };
    update();
    if (!windowed) return;
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [windowed]);

  // Paper cannot scroll: draw every row before the browser lays the page out for print, when that is affordable.
  useEffect(() => {
    if (plan !== 'all') return;
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [plan]);

  /** Focuses the row a key moved to when it is drawn; false when it is not drawn yet. */
  const focusPending = () => {
    const pending = pendingFocus.current;
    const tr = pending && bodyRef.current?.querySelector<HTMLTableRowElement>(`tr[data-index="${pending.index}"]`);
    if (!pending || !tr) return false;
    pendingFocus.current = null;
    const targets = tr.querySelectorAll<HTMLElement>(FOCUSABLE);
    targets[Math.min(pending.slot, targets.length - 1)]?.focus({ preventScroll: true });
    // The row's scroll margin keeps it clear of the sticky header.
    tr.scrollIntoView({ block: 'nearest' });
    return true;
  };
  // A move by key into a row that was not drawn: it is now (it became the kept row), so focus it.
  useLayoutEffect(() => {
    focusPending();
  });

  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) => {
    const tr = (e.target as HTMLElement).closest<HTMLTableRowElement>('tr[data-index]');
    if (!tr) return;
    const row = rows[Number(tr.dataset.index)];
    if (row !== undefined) setFocusKey(rowKey(row));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const el = e.target as HTMLElement;
    if (e.altKey || e.shiftKey || ownsArrowKeys(el)) return;
    const tr = el.closest<HTMLTableRowElement>('tr[data-index]');
    if (!tr) return;
    const index = Number(tr.dataset.index);
    const pageRows = Math.floor(window.innerHeight / estimate) - 2;
    const target = rowStep(e.key, e.ctrlKey || e.metaKey, index, rows.length, pageRows);
    if (target === null) return;
    e.preventDefault();
    const slot = Math.max(0, [...tr.querySelectorAll(FOCUSABLE)].indexOf(el));
    pendingFocus.current = { index: target, slot };
    if (!focusPending()) setFocusKey(rowKey(rows[target]!));
  };

  let segments: Segment[];
  if (!windowed || printing) segments = rows.map((_, index) => ({ kind: 'row', index }));
  else segments = rowSegments(virtualizer.getVirtualItems(), margin, virtualizer.getTotalSize());

  return {
    windowed,
    /** 'partial' when the paper holds only the rows drawn: the table says so in print. */
    printNote: plan === 'partial',
    segments,
    drawn: segments.reduce((n, s) => n + (s.kind === 'row' ? 1 : 0), 0),
    measure: windowed && !printing ? virtualizer.measureElement : undefined,
    bodyProps: { ref: bodyRef, onFocus, onKeyDown },
  };
}

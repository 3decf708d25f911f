import { useEffect } from 'react';
import type { TourStep } from './tourSteps';

const ATTR = 'data-tour-ring';
/** How long to look for a step's parts: a view may draw them a few frames after it mounts. */
const LOOK_MS = 3000;
const SCROLL_MARGIN = 12;

/**
 * Marks what a tour step points at (an attribute React does not manage, so a re-render keeps it) and brings the
 * step's part of a long page into view. The marks go when the step changes or the tour ends.
 */
export function useTourRing(step: TourStep): void {
  useEffect(() => {
    const marked: Element[] = [];
    const pending = new Set(step.ring);
    let scrolled = step.scrollTo === undefined;
    if (scrolled) window.scrollTo({ top: 0 });
    const look = () => {
      for (const selector of pending) {
        const el = document.querySelector(selector);
        if (!el) continue;
        el.setAttribute(ATTR, '');
        marked.push(el);
        pending.delete(selector);
      }
      if (!scrolled && step.scrollTo) {
        const target = document.querySelector(step.scrollTo);
        if (target) {
          // A little room above, so what the step points at does not start at the very edge.
          window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY - SCROLL_MARGIN });
          scrolled = true;
        }
      }
      return pending.size === 0 && scrolled;
    };
    const started = Date.now();
    let frame = 0;
    const tick = () => {
      if (!look() && Date.now() - started < LOOK_MS) frame = requestAnimationFrame(tick);
    };
    tick();
    return () => {
      cancelAnimationFrame(frame);
      for (const el of marked) el.removeAttribute(ATTR);
    };
  }, [step]);
}

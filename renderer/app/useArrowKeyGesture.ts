import type { FocusEvent, KeyboardEvent } from 'react';
import type { MessageKey } from '../i18n/translate';
import { useAppStore } from './StoreContext';

const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * A drop-down stepped through with the arrow keys changes its value on every key: each change shows at once, but
 * together they are one undo step, committed when the field loses focus (or Enter); Esc puts back the value it had.
 */
export function useArrowKeyGesture(labelKey: MessageKey) {
  const store = useAppStore();
  return {
    onKeyDown(e: KeyboardEvent<HTMLSelectElement>) {
      const s = store.getState();
      if (STEP_KEYS.has(e.key) && !s.gesture) s.beginGesture(labelKey);
      else if (e.key === 'Enter' && s.gesture) s.commitGesture();
      else if (e.key === 'Escape' && s.gesture) {
        // Esc belongs to the field here, not to the workshop view or a dialog around it.
        e.preventDefault();
        e.stopPropagation();
        s.cancelGesture();
      }
    },
    onBlur(_e: FocusEvent<HTMLSelectElement>) {
      if (store.getState().gesture) store.getState().commitGesture();
    },
  };
}

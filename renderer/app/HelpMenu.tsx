import { useEffect, useId, useRef, useState } from 'react';
import { runAppCommand } from '../store/commands/appCommands';
import type { AppKey } from '../i18n/translate';
import { useAppStore, useT } from './StoreContext';
import './helpMenu.css';

const ITEMS: readonly { id: string; labelKey: AppKey }[] = [
  { id: 'help.shortcuts', labelKey: 'app.cmd.help' },
  { id: 'help.tour', labelKey: 'app.cmd.tour' },
  { id: 'help.restoreExample', labelKey: 'app.cmd.restoreExample' },
];

/**
 * The header's help: the shortcuts, the guided tour and restoring the example (the browser build has no native
 * Help menu). A disclosure of plain buttons: Tab moves through them, Esc or a click elsewhere closes it.
 */
export function HelpMenu() {
  const t = useT();
  const store = useAppStore();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    wrap.current?.querySelector<HTMLElement>('li button')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    // Handled here, it is not also the Esc that skips the tour behind the list.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    const box = wrap.current;
    document.addEventListener('pointerdown', onPointer);
    box?.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      box?.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const choose = (id: string) => {
    setOpen(false);
    // Whatever the item opens (the tour, a dialog) gives focus back here when it closes.
    toggle.current?.focus();
    runAppCommand(store, id);
  };
  return (
    <div
      ref={wrap}
      className="help-menu"
      onBlur={(e) => {
        if (open && !wrap.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="btn btn-ghost"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('app.help.menu')} <span aria-hidden="true">▾</span>
      </button>
      <ul id={listId} className="help-menu-list" hidden={!open}>
        {ITEMS.map((item) => (
          <li key={item.id}>
            <button type="button" onClick={() => choose(item.id)}>
              {t(item.labelKey)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

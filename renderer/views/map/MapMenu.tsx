import { useEffect, useRef } from 'react';
import type { Division } from '../../../shared/model';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { dispatch } from '../../store/commands/dispatch';
import { assignGoal, moveSubjects } from '../../store/commands/divisionCommands';
import { unpinGoals } from '../../store/commands/mapCommands';
import type { MapModel } from './viewModel';

interface MapMenuProps {
  id: string;
  x: number;
  y: number;
  model: MapModel;
  draft: Division | undefined;
  onClose(): void;
  onDrawFrom(id: string): void;
  onEgo(id: string): void;
  onCentre(id: string): void;
}

/**
 * The context menu of a goal (right click, Shift+F10 or the menu key): draw a link from it, give it to another
 * holder, unpin it, show its surroundings. Arrow keys move through the items, Esc closes; the same actions are in
 * the side panel.
 */
export function MapMenu(p: MapMenuProps) {
  const t = useT();
  const store = useAppStore();
  const pinned = useApp((s) => !!s.project?.mapPositions.some((m) => m.id === p.id));
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(p.onClose);
  useEffect(() => {
    close.current = p.onClose;
  });
  const node = p.model.nodes[p.model.index.get(p.id) ?? -1];
  const locked = !!p.draft?.locked.includes(p.id);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) close.current();
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, []);

  if (!node) return null;
  const run = (fn: () => void) => () => {
    fn();
    p.onClose();
  };
  const items: { key: string; label: string; run: () => void }[] = [
    { key: 'draw', label: t('app.map.drawFrom'), run: () => p.onDrawFrom(p.id) },
    { key: 'ego', label: t('app.map.ego1'), run: () => p.onEgo(p.id) },
    { key: 'centre', label: t('app.map.centre'), run: () => p.onCentre(p.id) },
  ];
  if (pinned) items.push({ key: 'unpin', label: t('app.map.unpin'), run: () => dispatch(store, unpinGoals, [p.id]) });
  if (p.draft && !locked) {
    const draft = p.draft;
    // A subject goes to another holder as a whole, its goals with it; a goal on its own.
    const give = (to: string | null) =>
      node.kind === 'subject'
        ? dispatch(store, moveSubjects, { divisionId: draft.id, subjectIds: [p.id], from: node.holderId, to })
        : dispatch(store, assignGoal, { divisionId: draft.id, goalId: p.id, portfolioId: to });
    for (const h of p.model.holders)
      if (h.id !== node.holderId)
        items.push({ key: `give:${h.id}`, label: t('app.map.giveTo', { holder: h.name }), run: () => give(h.id) });
    if (node.holderId !== null) items.push({ key: 'give:none', label: t('app.map.unassign'), run: () => give(null) });
  }
  const onKeyDown = (e: React.KeyboardEvent) => {
    const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      all[(i + (e.key === 'ArrowDown' ? 1 : -1) + all.length) % all.length]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      p.onClose();
    }
  };
  return (
    <div
      ref={ref}
      className="map-menu"
      role="menu"
      aria-label={t('app.map.menu', { title: node.label })}
      style={{
        left: Math.min(p.x, window.innerWidth - 280),
        top: Math.min(p.y, window.innerHeight - 40 * items.length),
      }}
      onKeyDown={onKeyDown}
      tabIndex={-1}
    >
      {items.map((item) => (
        <button key={item.key} type="button" role="menuitem" className="map-menu-item" onClick={run(item.run)}>
          {item.label}
        </button>
      ))}
    </div>
  );
}

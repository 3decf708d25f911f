import {
  KeyboardCode,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';

/**
 * Keyboard moves on the board, as dnd-kit's KeyboardSensor options (the library does the key handling; this only
 * says where a key takes the card): ← and → go to the column before or after the one the card is over, Home and
 * End to the first and last. The card keeps its height on screen, within the target column.
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { active, over, collisionRect, droppableRects, droppableContainers } = context;
  if (!active || !collisionRect) return undefined;
  const steps: Record<string, number> = {
    [KeyboardCode.Right]: 1,
    [KeyboardCode.Left]: -1,
    Home: -Infinity,
    End: Infinity,
  };
  const step = steps[event.code];
  if (step === undefined) return undefined;
  const columns = droppableContainers
    .getEnabled()
    .map((c) => ({ id: c.id, rect: droppableRects.get(c.id) }))
    .filter((c) => c.rect !== undefined)
    .sort((a, b) => a.rect!.left - b.rect!.left);
  if (!columns.length) return undefined;
  const currentId = over?.id ?? (active.data.current as { columnId?: string } | undefined)?.columnId;
  const at = columns.findIndex((c) => c.id === currentId);
  const next = Number.isFinite(step)
    ? Math.min(columns.length - 1, Math.max(0, (at < 0 ? 0 : at) + step))
    : step < 0
      ? 0
      : columns.length - 1;
  if (next === at) return undefined;
  event.preventDefault();
  const rect = columns[next]!.rect!;
  const maxY = rect.top + Math.max(0, rect.height - collisionRect.height);
  return {
    x: rect.left + (rect.width - collisionRect.width) / 2,
    y: Math.min(maxY, Math.max(rect.top, currentCoordinates.y)),
  };
};

/**
 * A mouse drops on the column under the pointer (nowhere, so no move, outside the columns); a keyboard move, which
 * has no pointer, on the column the card overlaps most.
 */
export const boardCollisions: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);

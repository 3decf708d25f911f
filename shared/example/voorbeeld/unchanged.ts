import type { Project } from '../../model';
import { voorbeeldProject } from './index';

/** Plain data with its keys in one order and absent optional fields left out, so two readings compare as text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => [k, canonical(record[k])]),
  );
}

/**
 * Whether a project is Gemeente Voorbeeld exactly as it is built: same id and the same content. The save time does
 * not count (an edit undone leaves the example as it was), and neither does the order in which fields were read.
 */
export function isUnchangedExample(project: Project): boolean {
  const { updatedAt: _mine, ...mine } = project;
  const { updatedAt: _fresh, ...fresh } = voorbeeldProject();
  return JSON.stringify(canonical(mine)) === JSON.stringify(canonical(fresh));
}

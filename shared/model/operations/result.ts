import type { Project } from '../project';
import type { Problem } from '../problem';
import type { z } from '../zod';
import { RESERVED_ID } from '../ids';

/** Refinements whose message is a problem code of its own, with its own sentence. */
const CUSTOM_CODES = new Set([RESERVED_ID, 'arrangementScope', 'deliberateSameNode']);

export type OpResult = { ok: true; project: Project } | { ok: false; problems: Problem[] };

export const ok = (project: Project): OpResult => ({ ok: true, project });
export const fail = (...problems: Problem[]): OpResult => ({ ok: false, problems });
/** For a list of any length: spreading a long list into `fail(...)` overflows the call stack. */
export const failAll = (problems: readonly Problem[]): OpResult => ({ ok: false, problems: [...problems] });

/** zod issues become located problems; the code is the issue code so the UI can translate it. */
export function zodProblems(error: z.ZodError, base: (string | number)[] = []): Problem[] {
  return error.issues.map((i) => {
    const params: Record<string, string | number> = { message: i.message };
    if ('minimum' in i && i.minimum !== undefined) params.minimum = Number(i.minimum);
    if ('maximum' in i && i.maximum !== undefined) params.maximum = Number(i.maximum);
    if ('expected' in i && typeof i.expected === 'string') params.expected = i.expected;
    if ('values' in i && Array.isArray(i.values)) params.values = i.values.join(', ');
    return {
      code: i.code === 'custom' && CUSTOM_CODES.has(i.message) ? i.message : `zod.${i.code}`,
      params,
      path: [...base, ...i.path.map((s) => (typeof s === 'symbol' ? String(s) : s))],
    };
  });
}

export function replaceById<T extends { id: string }>(items: readonly T[], next: T): T[] {
  return items.map((it) => (it.id === next.id ? next : it));
}

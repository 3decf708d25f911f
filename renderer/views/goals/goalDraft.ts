import type { Goal, GoalInput, Law, OwAspect, OwInstrument } from '../../../shared/model';
import { parseNumber, type DecimalMark } from '../../../shared/io/parseNumber';

/** The form's editable shape: text fields as typed, converted once on save so the model op validates them. */
export interface GoalDraft {
  title: string;
  description: string;
  domainId: string;
  /** Themes as picked or typed, in order. */
  themes: string[];
  /** Iv3 codes as picked, in order. */
  taakvelden: string[];
  laws: Law[];
  instrument: OwInstrument | '';
  aspects: OwAspect[];
  budget: string;
  source: string;
  /** The subject the goal hangs under; '' for none. */
  subjectId: string;
}

export function draftOf(goal: Goal | undefined, defaultDomainId: string): GoalDraft {
  return {
    title: goal?.title ?? '',
    description: goal?.description ?? '',
    domainId: goal?.domainId ?? defaultDomainId,
    themes: [...(goal?.themes ?? [])],
    taakvelden: [...(goal?.taakvelden ?? [])],
    laws: goal?.laws ?? [],
    instrument: goal?.omgevingswet?.instrument ?? '',
    aspects: goal?.omgevingswet?.aspects ?? [],
    budget: goal?.budget !== undefined ? String(goal.budget) : '',
    source: goal?.source ?? '',
    subjectId: goal?.subjectId ?? '',
  };
}

/** The themes the project's goals use, each once (the first spelling wins), in alphabetical order. */
export function projectThemes(goals: readonly Pick<Goal, 'themes'>[], locale: 'nl' | 'en'): string[] {
  const seen = new Map<string, string>();
  for (const g of goals)
    for (const theme of g.themes) {
      const key = theme.trim().toLocaleLowerCase(locale);
      if (key && !seen.has(key)) seen.set(key, theme.trim());
    }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, locale));
}

/** Budgets as people type them: "1.250.000", "1250000,50", "€ 1,2 mln" (Dutch) or "1,250,000.50" (English). */
export function inputOf(d: GoalDraft, decimal: DecimalMark): Omit<GoalInput, 'id'> | { budgetError: true } {
  const budget = d.budget.trim() ? parseNumber(d.budget, decimal) : undefined;
  if (d.budget.trim() && budget === undefined) return { budgetError: true };
  // Keys stay present even when empty, so an update clears a budget or instrument the user removed.
  const omgevingswet =
    d.instrument || d.aspects.length
      ? { ...(d.instrument ? { instrument: d.instrument } : {}), aspects: d.aspects }
      : undefined;
  return {
    title: d.title,
    description: d.description,
    domainId: d.domainId,
    themes: d.themes.map((x) => x.trim()).filter(Boolean),
    taakvelden: [...d.taakvelden],
    laws: d.laws,
    omgevingswet,
    budget,
    source: d.source,
    subjectId: d.subjectId || undefined,
  };
}

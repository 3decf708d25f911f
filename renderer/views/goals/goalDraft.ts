import type { Goal, GoalInput, Law, OwAspect, OwInstrument } from '../../../shared/model';

/** The form's editable shape: text fields as typed, converted once on save so the model op validates them. */
export interface GoalDraft {
  title: string;
  description: string;
  domainId: string;
  themes: string;
  taakvelden: string;
  laws: Law[];
  instrument: OwInstrument | '';
  aspects: OwAspect[];
  budget: string;
  source: string;
}

export function draftOf(goal: Goal | undefined, defaultDomainId: string): GoalDraft {
  return {
    title: goal?.title ?? '',
    description: goal?.description ?? '',
    domainId: goal?.domainId ?? defaultDomainId,
    themes: goal?.themes.join(', ') ?? '',
    taakvelden: goal?.taakvelden.join(', ') ?? '',
    laws: goal?.laws ?? [],
    instrument: goal?.omgevingswet?.instrument ?? '',
    aspects: goal?.omgevingswet?.aspects ?? [],
    budget: goal?.budget !== undefined ? String(goal.budget) : '',
    source: goal?.source ?? '',
  };
}

const split = (s: string) =>
  s
    .split(/[,;|]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Dutch users type 1.250.000 or 1250000,50; both mean euros. Returns NaN for text that is no amount. */
export function parseEuros(text: string): number {
  const cleaned = text.replace(/[€\s]/g, '');
  if (!cleaned) return NaN;
  const normalised = /,\d{1,2}$/.test(cleaned)
    ? cleaned.replace(/\./g, '').replace(',', '.')
    : cleaned.replace(/[.,](?=\d{3}(\D|$))/g, '');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : NaN;
}

export function inputOf(d: GoalDraft): Omit<GoalInput, 'id'> | { budgetError: true } {
  const budget = d.budget.trim() ? parseEuros(d.budget) : undefined;
  if (budget !== undefined && Number.isNaN(budget)) return { budgetError: true };
  // Keys stay present even when empty, so an update clears a budget or instrument the user removed.
  const omgevingswet =
    d.instrument || d.aspects.length
      ? { ...(d.instrument ? { instrument: d.instrument } : {}), aspects: d.aspects }
      : undefined;
  return {
    title: d.title,
    description: d.description,
    domainId: d.domainId,
    themes: split(d.themes),
    taakvelden: split(d.taakvelden.replace(/\s+/g, ',')),
    laws: d.laws,
    omgevingswet,
    budget,
    source: d.source,
  };
}

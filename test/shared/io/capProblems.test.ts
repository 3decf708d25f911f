import { describe, expect, it } from 'vitest';
import { capProblems, hasErrors, warning } from '../../../shared/io/capProblems';
import { problem } from '../../../shared/model';

describe('capProblems', () => {
  it('leaves short lists alone', () => {
    const ps = [problem('a'), warning('b')];
    expect(capProblems(ps, 3)).toEqual(ps);
  });

  it('keeps errors before warnings and counts what it left out', () => {
    const ps = [warning('w1'), warning('w2'), problem('e1'), warning('w3'), problem('e2')];
    expect(capProblems(ps, 3).map((p) => p.code)).toEqual(['e1', 'e2', 'w1', 'moreProblems']);
    expect(capProblems(ps, 3).at(-1)?.params).toEqual({ count: 2 });
  });

  // Found by the fuzz suite (issue 17): 2,000 rows with a warning each were accepted, yet the list ended in an error.
  it('counts left-out warnings as a warning, and left-out errors as an error', () => {
    const warnings = Array.from({ length: 5 }, (_, i) => warning(`w${i}`));
    const onlyWarnings = capProblems(warnings, 3);
    expect(onlyWarnings.at(-1)).toEqual({ code: 'moreProblems', params: { count: 2 }, severity: 'warning' });
    expect(hasErrors(onlyWarnings)).toBe(false);
    const withErrors = capProblems([...warnings, problem('e1'), problem('e2'), problem('e3')], 2);
    expect(withErrors.at(-1)).toEqual({ code: 'moreProblems', params: { count: 6 } });
  });

  it('treats only warnings as non-blocking', () => {
    expect(hasErrors([warning('w')])).toBe(false);
    expect(hasErrors([warning('w'), problem('e')])).toBe(true);
    expect(hasErrors([{ code: 'e', severity: 'error' }])).toBe(true);
  });
});

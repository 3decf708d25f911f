import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locateJsonError, positionAt } from '../../../shared/io/locateJsonError';

const parses = (t: string) => {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
};

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1,}', 1, 9],
    ['{"a": 1 "b": 2}', 1, 9],
    ['[1, 2\n, 3, ]', 2, 6],
    ["{'a': 1}", 1, 2],
    ['{"a": tru}', 1, 10],
    ['{"a": "x\ny"}', 1, 9],
    ['{"a": 01}', 1, 8],
    ['', 1, 1],
    ['{} {}', 1, 4],
  ])('%j fails at line %i, column %i', (text, line, column) => {
    expect(locateJsonError(text)).toMatchObject({ line, column });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', '"', ':', ' ', '[', '0', '\n'))
      .map(([j, at, ch]) => {
        const i = at % (j.length + 1);
        return j.slice(0, i) + ch + j.slice(i + (at % 2));
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        expect(locateJsonError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles long numbers and deep nesting', () => {
    expect(locateJsonError(`[${'9'.repeat(1000)}]`)).toBeUndefined();
    expect(locateJsonError(`[${'9'.repeat(1000)}x]`)).toMatchObject({ line: 1, column: 1002 });
    expect(locateJsonError('['.repeat(200000))).toMatchObject({ line: 1, column: 200001 });
    expect(locateJsonError(`${'['.repeat(200000)}${']'.repeat(200000)}`)).toBeUndefined();
  });

  it('places an error 20,000 levels deep (issue 17: it used to give up past the call stack)', () => {
    const deep = `{"a":\n${'['.repeat(20000)}1,,${']'.repeat(20000)}}`;
    expect(() => JSON.parse(deep)).toThrow(SyntaxError);
    expect(locateJsonError(deep)).toMatchObject({ line: 2, column: 20003 });
    const objects = `${'{"k":'.repeat(20000)}1${'}'.repeat(19999)}`;
    expect(locateJsonError(objects)).toMatchObject({ line: 1, column: objects.length + 1 });
  });

  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2, offset: 4 });
  });
});

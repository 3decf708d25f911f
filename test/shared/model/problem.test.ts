import { describe, expect, it } from 'vitest';
import { problem } from '../../../shared/model';

describe('problem', () => {
  it('leaves out absent params and path', () => {
    expect(problem('x')).toStrictEqual({ code: 'x' });
    expect(problem('x', { id: 'a', n: 2 })).toStrictEqual({ code: 'x', params: { id: 'a', n: 2 } });
    expect(problem('x', undefined, ['goals', 0])).toStrictEqual({ code: 'x', path: ['goals', 0] });
  });
});

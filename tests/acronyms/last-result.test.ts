import { describe, expect, it } from 'vitest';
import { lastResult } from '../../lib/acronyms/last-result';

describe('lastResult', () => {
  it('computes once for the same key, again for another', () => {
    const remember = lastResult<number>();
    let calls = 0;
    const compute = () => ++calls;
    expect(remember('a', compute)).toBe(1);
    expect(remember('a', compute)).toBe(1);
    expect(remember('b', compute)).toBe(2);
    // Only the last is kept.
    expect(remember('a', compute)).toBe(3);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nextTarget, type Target } from '../../lib/decorate/hit-test';

/** A paragraph and a target at each of its acronyms, given out of reading order. */
function setUp(): { text: Text; targets: Target<string>[] } {
  document.body.innerHTML = '<p>UBND tỉnh và KCN, rồi ĐMST cùng KCN</p>';
  const text = document.querySelector('p')!.firstChild as Text;
  const targets = ([[0, 'UBND'], [13, 'KCN'], [22, 'ĐMST'], [32, 'KCN']] as const).map(([at, word]) => {
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + word.length);
    return { range, payload: `${word}@${at}` };
  });
  return { text, targets: targets.reverse() };
}

describe('nextTarget', () => {
  const { text, targets } = setUp();
  const all = () => true;

  const step = (after: { node: Node; offset: number } | null, inView: (t: Target<string>) => boolean = all) => {
    const next = nextTarget(targets, after, inView);
    return next && `${next.target.payload}${next.wrapped ? ' (wrapped)' : ''}`;
  };

  it('goes in reading order from the caret, past the word the caret stands in', () => {
    expect(step({ node: text, offset: 0 })).toBe('KCN@13');
    expect(step({ node: text, offset: 13 })).toBe('ĐMST@22');
    expect(step({ node: text, offset: 24 })).toBe('KCN@32');
  });

  it('comes round to the first after the last, saying so, and starts from the first in view without a caret', () => {
    expect(step({ node: text, offset: 32 })).toBe('UBND@0 (wrapped)');
    expect(step(null, (t) => t.payload !== 'UBND@0')).toBe('KCN@13');
    // The window scrolled past the last: round to the first.
    expect(step(null, () => false)).toBe('UBND@0 (wrapped)');
    expect(nextTarget([], null, all)).toBeNull();
  });
});

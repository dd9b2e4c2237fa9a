import { describe, expect, it } from 'vitest';
import { filterGlossary, shownNames } from '../../lib/acronyms';

describe('shownNames', () => {
  it('puts the Vietnamese name first for a reader of the Vietnamese interface, the original under it', () => {
    expect(shownNames('Artificial Intelligence', 'trí tuệ nhân tạo', true)).toEqual({ main: 'trí tuệ nhân tạo', other: { is: 'original', name: 'Artificial Intelligence' } });
  });

  it('keeps the original first in the English interface, the Vietnamese name under it', () => {
    expect(shownNames('Artificial Intelligence', 'trí tuệ nhân tạo', false)).toEqual({ main: 'Artificial Intelligence', other: { is: 'vietnamese', name: 'trí tuệ nhân tạo' } });
  });

  it('shows an expansion with no other name as it is', () => {
    expect(shownNames('Ủy ban nhân dân', undefined, true)).toEqual({ main: 'Ủy ban nhân dân' });
  });
});

describe('the acronym list’s filter', () => {
  it('finds an English expansion by the Vietnamese name the popup shows, marks optional', () => {
    const rows = [
      { short: 'AI', long: 'Artificial Intelligence', vietnameseLong: 'trí tuệ nhân tạo' },
      { short: 'UBND', long: 'Ủy ban nhân dân' },
    ];
    expect(filterGlossary(rows, 'tri tue').map((r) => r.short)).toEqual(['AI']);
    expect(filterGlossary(rows, 'intelligence').map((r) => r.short)).toEqual(['AI']);
  });
});
